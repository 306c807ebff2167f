CREATE TABLE "loan_state_checkpoints" (
	"tenant_id" text NOT NULL,
	"loan_id" text NOT NULL,
	"as_of_date" date NOT NULL,
	"events_version" integer NOT NULL,
	"format" integer NOT NULL,
	"state" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_state_checkpoints_tenant_id_loan_id_pk" PRIMARY KEY("tenant_id","loan_id")
);
--> statement-breakpoint
ALTER TABLE "loan_state_checkpoints" ADD CONSTRAINT "loan_state_checkpoints_tenant_id_loan_id_loans_tenant_id_id_fk" FOREIGN KEY ("tenant_id","loan_id") REFERENCES "public"."loans"("tenant_id","id") ON DELETE no action ON UPDATE no action;