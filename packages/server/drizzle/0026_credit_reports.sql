CREATE TABLE "credit_reports" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"party_id" text NOT NULL,
	"application_id" text,
	"kind" text NOT NULL,
	"permissible_purpose" text NOT NULL,
	"consent" jsonb NOT NULL,
	"provider" text NOT NULL,
	"provider_reference" text NOT NULL,
	"status" text NOT NULL,
	"reported_on" date NOT NULL,
	"report_ciphertext" text,
	"raw_ciphertext" text NOT NULL,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "credit_reports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "credit_reports_tenant_id_party_id_id_index" ON "credit_reports" USING btree ("tenant_id","party_id","id");--> statement-breakpoint
ALTER TABLE "credit_reports" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "credit_reports" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
