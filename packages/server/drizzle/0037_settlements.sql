CREATE TABLE "settlements" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"balance_minor" bigint NOT NULL,
	"forgiven_minor" bigint NOT NULL,
	"loan_status" text NOT NULL,
	"plan_type" text NOT NULL,
	"schedule" jsonb NOT NULL,
	"grace_days" integer NOT NULL,
	"expires_on" date NOT NULL,
	"created_on" date NOT NULL,
	"loan_sequence" integer NOT NULL,
	"reason" text NOT NULL,
	"approved_by" text NOT NULL,
	"paid_minor" bigint NOT NULL,
	"completed_on" date,
	"forgiveness_event_id" text,
	"broken_on" date,
	"missed_installment" integer,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "settlements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "settlements_tenant_id_loan_id_id_index" ON "settlements" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "settlements_tenant_id_status_loan_id_index" ON "settlements" USING btree ("tenant_id","status","loan_id");--> statement-breakpoint
ALTER TABLE "settlements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "settlements" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
