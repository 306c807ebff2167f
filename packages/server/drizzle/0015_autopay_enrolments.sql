CREATE TABLE "autopay_enrolments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"instrument_id" text NOT NULL,
	"amount_kind" text NOT NULL,
	"fixed_amount_minor" bigint,
	"currency" char(3) NOT NULL,
	"days_before_due" integer NOT NULL,
	"status" text NOT NULL,
	"authorization" jsonb NOT NULL,
	"status_reason" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "autopay_enrolments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "autopay_enrolments_one_open_per_loan" ON "autopay_enrolments" USING btree ("tenant_id","loan_id") WHERE "autopay_enrolments"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "autopay_enrolments_tenant_id_loan_id_id_index" ON "autopay_enrolments" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "autopay_enrolments_tenant_id_instrument_id_index" ON "autopay_enrolments" USING btree ("tenant_id","instrument_id");--> statement-breakpoint
ALTER TABLE "autopay_enrolments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "autopay_enrolments" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
