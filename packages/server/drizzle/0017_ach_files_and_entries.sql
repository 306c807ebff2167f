CREATE TABLE "ach_entries" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"enrolment_id" text NOT NULL,
	"instrument_id" text NOT NULL,
	"due_date" date NOT NULL,
	"attempt_number" integer NOT NULL,
	"representment_of" text,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"status" text NOT NULL,
	"status_reason" text,
	"file_id" text,
	"trace_number" text,
	"payment_id" text,
	"initiated_on" date,
	"return_code" text,
	"returned_on" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ach_entries_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "ach_files" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"business_date" date NOT NULL,
	"effective_entry_date" date NOT NULL,
	"sec_code" text NOT NULL,
	"entry_count" integer NOT NULL,
	"total_debit_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ach_files_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "ach_entries_one_attempt_per_due_date" ON "ach_entries" USING btree ("tenant_id","enrolment_id","due_date","attempt_number");--> statement-breakpoint
CREATE INDEX "ach_entries_tenant_id_status_id_index" ON "ach_entries" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE INDEX "ach_entries_tenant_id_loan_id_id_index" ON "ach_entries" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
CREATE INDEX "ach_entries_tenant_id_file_id_index" ON "ach_entries" USING btree ("tenant_id","file_id");--> statement-breakpoint
CREATE INDEX "ach_entries_tenant_id_trace_number_index" ON "ach_entries" USING btree ("tenant_id","trace_number");--> statement-breakpoint
CREATE INDEX "ach_files_tenant_id_business_date_index" ON "ach_files" USING btree ("tenant_id","business_date");--> statement-breakpoint
ALTER TABLE "ach_files" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ach_files" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "ach_entries" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "ach_entries" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
