CREATE TABLE "card_payments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"instrument_id" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text NOT NULL,
	"processor_charge_id" text NOT NULL,
	"payment_id" text NOT NULL,
	"business_date" date NOT NULL,
	"processor_refund_id" text,
	"reversal_id" text,
	"refunded_at" timestamp with time zone,
	"request_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "card_payments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "payment_instrument_verifications" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"instrument_id" text NOT NULL,
	"amounts" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"attempts_remaining" integer NOT NULL,
	"business_date" date NOT NULL,
	"request_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_instrument_verifications_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "payment_instruments" ADD COLUMN "micro_deposits_sent_on" date;--> statement-breakpoint
ALTER TABLE "payment_instruments" ADD COLUMN "micro_deposits_expire_on" date;--> statement-breakpoint
ALTER TABLE "payment_instruments" ADD COLUMN "failed_verification_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "payment_instruments" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "card_payments_tenant_id_loan_id_id_index" ON "card_payments" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "payment_instrument_verifications_tenant_id_instrument_id_id_index" ON "payment_instrument_verifications" USING btree ("tenant_id","instrument_id","id");--> statement-breakpoint
ALTER TABLE "payment_instrument_verifications" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payment_instrument_verifications" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "card_payments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "card_payments" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
UPDATE "payment_instruments"
  SET "micro_deposits_sent_on" = ("created_at" AT TIME ZONE 'UTC')::date,
      "micro_deposits_expire_on" = ("created_at" AT TIME ZONE 'UTC')::date + 10
  WHERE "verification_status" = 'micro_deposits_pending';
