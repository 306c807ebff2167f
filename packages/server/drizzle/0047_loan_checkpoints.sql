CREATE TABLE "loan_checkpoints" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"events_version" integer NOT NULL,
	"format" text NOT NULL,
	"state" text NOT NULL,
	CONSTRAINT "loan_checkpoints_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
ALTER TABLE "loan_checkpoints" ADD CONSTRAINT "loan_checkpoints_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_checkpoints" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "loan_checkpoints" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
