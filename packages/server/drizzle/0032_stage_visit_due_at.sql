ALTER TABLE "application_stage_visits" ADD COLUMN "due_at" timestamp with time zone;--> statement-breakpoint
-- Backfill: each stay's deadline from the SLA hours its application's product gives the state now (what
-- the pipeline report applied to every stay until this migration).
UPDATE "application_stage_visits" s
SET "due_at" = s."entered_at"
  + (floor((pv."definition" -> 'origination' -> 'stageSlaHours' ->> s."state")::float8 * 3600000)::bigint
    * interval '1 millisecond')
FROM "applications" a
JOIN "products" p ON p."tenant_id" = a."tenant_id" AND p."id" = a."product_id"
JOIN "product_versions" pv
  ON pv."tenant_id" = p."tenant_id" AND pv."product_id" = p."id" AND pv."version" = p."current_version"
WHERE a."tenant_id" = s."tenant_id" AND a."id" = s."application_id"
  AND (pv."definition" -> 'origination' -> 'stageSlaHours') ? s."state";
