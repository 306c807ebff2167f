DROP INDEX "close_runs_tenant_id_business_date_index";--> statement-breakpoint
ALTER TABLE "close_runs" ADD COLUMN "loans_pending" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "close_runs" ADD COLUMN "workers_active" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Workers used to record a run each for the same date; fold them into the earliest one.
UPDATE "close_runs" AS kept SET
  "loans_closed" = totals.closed,
  "loans_failed" = totals.failed,
  "finished_at" = totals.finished
FROM (
  SELECT "tenant_id", "business_date", min("id") AS first_id, sum("loans_closed")::integer AS closed,
    sum("loans_failed")::integer AS failed, max("finished_at") AS finished
  FROM "close_runs" GROUP BY "tenant_id", "business_date" HAVING count(*) > 1
) AS totals
WHERE kept."tenant_id" = totals."tenant_id" AND kept."id" = totals.first_id;--> statement-breakpoint
DELETE FROM "close_runs" AS extra USING "close_runs" AS kept
WHERE extra."tenant_id" = kept."tenant_id" AND extra."business_date" = kept."business_date" AND extra."id" > kept."id";--> statement-breakpoint
CREATE UNIQUE INDEX "close_runs_one_per_date" ON "close_runs" USING btree ("tenant_id","business_date");