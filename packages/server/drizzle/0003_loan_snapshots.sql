CREATE TABLE "loan_snapshots" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"as_of_date" date NOT NULL,
	"events_version" integer NOT NULL,
	"status" text NOT NULL,
	"days_past_due" integer NOT NULL,
	"delinquency_bucket" text NOT NULL,
	"is_non_performing" boolean NOT NULL,
	"currency" char(3) NOT NULL,
	"principal_minor" bigint NOT NULL,
	"interest_minor" bigint NOT NULL,
	"fees_minor" bigint NOT NULL,
	"penalties_minor" bigint NOT NULL,
	"accrued_interest_minor" bigint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_snapshots_tenant_id_loan_id_as_of_date_pk" PRIMARY KEY("tenant_id","loan_id","as_of_date")
);
--> statement-breakpoint
ALTER TABLE "loan_snapshots" ADD CONSTRAINT "loan_snapshots_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loan_snapshots_tenant_id_as_of_date_loan_id_index" ON "loan_snapshots" USING btree ("tenant_id","as_of_date","loan_id");