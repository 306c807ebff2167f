CREATE TABLE "identity_checks" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"party_id" text NOT NULL,
	"provider" text NOT NULL,
	"outcome" text NOT NULL,
	"reason_codes" jsonb NOT NULL,
	"provider_reference" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "identity_checks_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "sanctions_lists" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"entry_count" integer NOT NULL,
	"alias_count" integer NOT NULL,
	"files_sha256" text NOT NULL,
	"entries" jsonb NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "screening_hits" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"screening_id" text NOT NULL,
	"party_id" text NOT NULL,
	"list_id" text NOT NULL,
	"entry_id" text NOT NULL,
	"entry_name" text NOT NULL,
	"entry_type" text NOT NULL,
	"programs" jsonb NOT NULL,
	"matched_name" text NOT NULL,
	"alias_id" text,
	"screened_name" text NOT NULL,
	"score" text NOT NULL,
	"status" text NOT NULL,
	"task_id" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screening_hits_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"party_id" text NOT NULL,
	"list_id" text NOT NULL,
	"threshold" text NOT NULL,
	"names_screened" integer NOT NULL,
	"hit_count" integer NOT NULL,
	"outcome" text NOT NULL,
	"trigger" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "screenings_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "application_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "workflow_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "workflow_version" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "stage_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ALTER COLUMN "template_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "hold_reason" text;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "held_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "party_id" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "details" jsonb;--> statement-breakpoint
CREATE INDEX "identity_checks_tenant_id_party_id_id_index" ON "identity_checks" USING btree ("tenant_id","party_id","id");--> statement-breakpoint
CREATE INDEX "sanctions_lists_source_loaded_at_index" ON "sanctions_lists" USING btree ("source","loaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "screening_hits_tenant_id_party_id_entry_id_index" ON "screening_hits" USING btree ("tenant_id","party_id","entry_id");--> statement-breakpoint
CREATE INDEX "screening_hits_tenant_id_status_id_index" ON "screening_hits" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE INDEX "screenings_tenant_id_party_id_id_index" ON "screenings" USING btree ("tenant_id","party_id","id");--> statement-breakpoint
ALTER TABLE "identity_checks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "identity_checks" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "screenings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "screenings" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "screening_hits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "screening_hits" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
-- Sanctions lists are public data shared by every tenant (no tenant column, no policy): requests may read
-- them, only the CLI (the tables' owner) loads them.
REVOKE INSERT, UPDATE, DELETE ON "sanctions_lists" FROM lendstack_tenant;
