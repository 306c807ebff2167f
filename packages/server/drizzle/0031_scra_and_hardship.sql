CREATE TABLE "hardship_plans" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"type" text NOT NULL,
	"event_id" text NOT NULL,
	"reason" text NOT NULL,
	"approved_by" text NOT NULL,
	"terms" jsonb NOT NULL,
	"task_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "hardship_plans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "loan_servicemembers" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"active_duty_start_date" date NOT NULL,
	"active_duty_end_date" date,
	"protected_through" date,
	"is_mortgage" boolean NOT NULL,
	"evidence_type" text NOT NULL,
	"evidence_reference" text NOT NULL,
	"original_rate_percent" text,
	"capped_rate_percent" text,
	"start_event_ids" jsonb NOT NULL,
	"end_event_ids" jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"ended_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_servicemembers_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
ALTER TABLE "collection_accounts" ADD COLUMN "hardship_plan_id" text;--> statement-breakpoint
ALTER TABLE "hardship_plans" ADD CONSTRAINT "hardship_plans_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_servicemembers" ADD CONSTRAINT "loan_servicemembers_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hardship_plans_tenant_id_loan_id_id_index" ON "hardship_plans" USING btree ("tenant_id","loan_id","id");
--> statement-breakpoint
ALTER TABLE "hardship_plans" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "hardship_plans" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "loan_servicemembers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "loan_servicemembers" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
