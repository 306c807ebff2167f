CREATE TABLE "applications" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"product_id" text,
	"state" text NOT NULL,
	"form" jsonb NOT NULL,
	"amount" bigint,
	"currency" text,
	"assignee" text,
	"decision_id" text,
	"referred_by" text,
	"approvals" jsonb NOT NULL,
	"offers" jsonb NOT NULL,
	"accepted_offer_id" text,
	"funding_date" text,
	"loan_id" text,
	"state_history" jsonb NOT NULL,
	"version" integer NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "applications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "disbursements" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"application_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"amount" text NOT NULL,
	"currency" text NOT NULL,
	"method" text NOT NULL,
	"payee_name" text NOT NULL,
	"payee_reference" text,
	"status" text NOT NULL,
	"failure_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "disbursements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "application_id" text;--> statement-breakpoint
ALTER TABLE "loans" ADD COLUMN "offer_id" text;--> statement-breakpoint
CREATE INDEX "applications_tenant_id_state_id_index" ON "applications" USING btree ("tenant_id","state","id");--> statement-breakpoint
CREATE INDEX "applications_tenant_id_product_id_id_index" ON "applications" USING btree ("tenant_id","product_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_tenant_id_loan_id_index" ON "applications" USING btree ("tenant_id","loan_id");--> statement-breakpoint
CREATE INDEX "disbursements_tenant_id_application_id_index" ON "disbursements" USING btree ("tenant_id","application_id");--> statement-breakpoint
CREATE INDEX "disbursements_tenant_id_status_id_index" ON "disbursements" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "loans_tenant_id_application_id_unique" ON "loans" USING btree ("tenant_id","application_id") WHERE "loans"."application_id" is not null;--> statement-breakpoint
ALTER TABLE "applications" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "applications" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "disbursements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "disbursements" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
