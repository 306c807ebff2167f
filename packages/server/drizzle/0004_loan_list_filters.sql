ALTER TABLE "loans" ADD COLUMN "disbursement_date" date;--> statement-breakpoint
UPDATE "loans" SET "disbursement_date" = ("terms"->>'disbursementDate')::date;--> statement-breakpoint
ALTER TABLE "loans" ALTER COLUMN "disbursement_date" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "loans_tenant_id_product_id_id_index" ON "loans" USING btree ("tenant_id","product_id","id");--> statement-breakpoint
CREATE INDEX "loans_tenant_id_borrower_reference_id_index" ON "loans" USING btree ("tenant_id","borrower_reference","id");--> statement-breakpoint
CREATE INDEX "loans_tenant_id_created_at_id_index" ON "loans" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "loans_tenant_id_disbursement_date_id_index" ON "loans" USING btree ("tenant_id","disbursement_date","id");