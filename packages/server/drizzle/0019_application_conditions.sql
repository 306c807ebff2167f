CREATE TABLE "application_conditions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"application_id" text NOT NULL,
	"workflow_id" text,
	"template_id" text,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"raised_by" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"waiver_reason" text,
	CONSTRAINT "application_conditions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "application_conditions_tenant_id_application_id_id_index" ON "application_conditions" USING btree ("tenant_id","application_id","id");
--> statement-breakpoint
ALTER TABLE "application_conditions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "application_conditions" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
