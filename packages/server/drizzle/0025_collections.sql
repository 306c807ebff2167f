CREATE TABLE "collection_accounts" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"queue" text NOT NULL,
	"entered_on" date NOT NULL,
	"days_past_due" integer NOT NULL,
	"as_of" date NOT NULL,
	"task_id" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "collection_accounts_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
CREATE TABLE "collection_contacts" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"party_id" text,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"outcome" text NOT NULL,
	"right_party_contact" boolean NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"notes" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "collection_contacts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "contact_preferences" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"time_zone" text,
	"cease_communication" boolean NOT NULL,
	"channels" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contact_preferences_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
CREATE TABLE "promises_to_pay" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"due_date" date NOT NULL,
	"promised_on" date NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"paid_minor" bigint,
	"kept_on" date,
	"resolved_on" date,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "promises_to_pay_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "collection_accounts_tenant_id_queue_loan_id_index" ON "collection_accounts" USING btree ("tenant_id","queue","loan_id");--> statement-breakpoint
CREATE INDEX "collection_contacts_tenant_id_loan_id_id_index" ON "collection_contacts" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "collection_contacts_tenant_id_loan_id_channel_occurred_at_index" ON "collection_contacts" USING btree ("tenant_id","loan_id","channel","occurred_at");--> statement-breakpoint
CREATE INDEX "promises_to_pay_tenant_id_loan_id_id_index" ON "promises_to_pay" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "promises_to_pay_tenant_id_status_loan_id_index" ON "promises_to_pay" USING btree ("tenant_id","status","loan_id");--> statement-breakpoint
ALTER TABLE "collection_accounts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "collection_accounts" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "collection_contacts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "collection_contacts" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "contact_preferences" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contact_preferences" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "promises_to_pay" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "promises_to_pay" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
