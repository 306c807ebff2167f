CREATE TABLE "loan_credit_reporting" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"compliance_condition_code" text,
	"removal_pending" text,
	"removal_reported_month" text,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_credit_reporting_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
CREATE TABLE "metro2_files" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"month" text NOT NULL,
	"activity_date" date NOT NULL,
	"business_date" date NOT NULL,
	"account_count" integer NOT NULL,
	"status_counts" jsonb NOT NULL,
	"totals" jsonb NOT NULL,
	"skipped" jsonb NOT NULL,
	"record_count" integer NOT NULL,
	"byte_length" integer NOT NULL,
	"content_ciphertext" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "metro2_files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tenant_settings" ADD COLUMN "credit_reporting" jsonb;--> statement-breakpoint
ALTER TABLE "loan_credit_reporting" ADD CONSTRAINT "loan_credit_reporting_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metro2_files_tenant_id_month_id_index" ON "metro2_files" USING btree ("tenant_id","month","id");
--> statement-breakpoint
ALTER TABLE "loan_credit_reporting" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "loan_credit_reporting" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "metro2_files" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "metro2_files" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
