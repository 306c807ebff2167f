DROP INDEX "collection_accounts_tenant_id_queue_loan_id_index";--> statement-breakpoint
ALTER TABLE "collection_accounts" ADD COLUMN "priority" text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "collection_accounts" ADD COLUMN "follow_up_since" date;--> statement-breakpoint
CREATE INDEX "collection_accounts_tenant_id_queue_priority_loan_id_index" ON "collection_accounts" USING btree ("tenant_id","queue","priority","loan_id");