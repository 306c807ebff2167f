CREATE TABLE "tasks" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"application_id" text NOT NULL,
	"workflow_id" text NOT NULL,
	"workflow_version" integer NOT NULL,
	"stage_id" text NOT NULL,
	"template_id" text NOT NULL,
	"name" text NOT NULL,
	"queue" text NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"assignee" text,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"claimed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"completed_by" text,
	"outcome" text,
	"note" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tasks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "workflows" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"product_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"definition" jsonb NOT NULL,
	"working_hours" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "workflows_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "tasks_tenant_id_status_id_index" ON "tasks" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE INDEX "tasks_tenant_id_application_id_id_index" ON "tasks" USING btree ("tenant_id","application_id","id");--> statement-breakpoint
CREATE INDEX "tasks_tenant_id_assignee_id_index" ON "tasks" USING btree ("tenant_id","assignee","id");--> statement-breakpoint
CREATE UNIQUE INDEX "workflows_tenant_id_product_id_version_index" ON "workflows" USING btree ("tenant_id","product_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "workflows_one_published_per_product" ON "workflows" USING btree ("tenant_id","product_id") WHERE "workflows"."status" = 'published';
--> statement-breakpoint
ALTER TABLE "tasks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tasks" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "workflows" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "workflows" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
