CREATE TABLE "loan_events" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"effective_date" date NOT NULL,
	"payload" jsonb NOT NULL,
	"reverses_event_id" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "loan_events_tenant_id_loan_id_sequence_pk" PRIMARY KEY("tenant_id","loan_id","sequence"),
	CONSTRAINT "loan_events_tenantId_loanId_eventId_unique" UNIQUE("tenant_id","loan_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"product_id" text NOT NULL,
	"product_version" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"principal_minor" bigint NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"terms" jsonb NOT NULL,
	"policy" jsonb NOT NULL,
	"boarding" jsonb NOT NULL,
	"external_reference" text,
	"borrower_reference" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loans_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "loan_events" ADD CONSTRAINT "loan_events_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_tenant_id_product_id_product_version_product_versions_tenant_id_product_id_version_fk" FOREIGN KEY ("tenant_id","product_id","product_version") REFERENCES "public"."product_versions"("tenant_id","product_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loans_tenant_id_status_id_index" ON "loans" USING btree ("tenant_id","status","id");