ALTER TABLE "applications" ADD COLUMN "declined_on" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decline_reason_codes" jsonb;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "adverse_action_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "adverse_action_delivery" text;--> statement-breakpoint
CREATE INDEX "applications_tenant_id_declined_on_index" ON "applications" USING btree ("tenant_id","declined_on") WHERE "applications"."declined_on" is not null and "applications"."adverse_action_sent_at" is null;