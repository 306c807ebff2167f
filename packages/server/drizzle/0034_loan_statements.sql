CREATE TABLE "loan_statements" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"loan_id" text NOT NULL,
	"statement_date" date NOT NULL,
	"period_start" date NOT NULL,
	"currency" char(3) NOT NULL,
	"format" text NOT NULL,
	"events_version" integer NOT NULL,
	"closing_principal_minor" bigint NOT NULL,
	"closing_interest_minor" bigint NOT NULL,
	"closing_fees_minor" bigint NOT NULL,
	"closing_unapplied_minor" bigint NOT NULL,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_statements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "loan_statements" ADD CONSTRAINT "loan_statements_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "loan_statements_tenant_id_loan_id_statement_date_unique" ON "loan_statements" USING btree ("tenant_id","loan_id","statement_date");--> statement-breakpoint
ALTER TABLE "loan_statements" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "loan_statements" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
