ALTER TABLE "loans" ADD COLUMN "decision_id" text;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_tenant_id_decision_id_decisions_tenant_id_id_fk" FOREIGN KEY ("tenant_id","decision_id") REFERENCES "public"."decisions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_tenant_id_decision_id_index" ON "decisions" USING btree ("tenant_id","decision","id");--> statement-breakpoint
CREATE INDEX "decisions_tenant_id_created_at_id_index" ON "decisions" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_tenant_id_external_reference_unique" ON "loans" USING btree ("tenant_id","external_reference") WHERE "loans"."external_reference" is not null;--> statement-breakpoint
CREATE INDEX "loans_tenant_id_decision_id_index" ON "loans" USING btree ("tenant_id","decision_id");