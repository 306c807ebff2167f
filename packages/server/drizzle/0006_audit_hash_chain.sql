ALTER TABLE "audit_records" ADD COLUMN "sequence" bigint;--> statement-breakpoint
ALTER TABLE "audit_records" ADD COLUMN "previous_hash" text;--> statement-breakpoint
ALTER TABLE "audit_records" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_records_tenant_id_sequence_index" ON "audit_records" USING btree ("tenant_id","sequence");