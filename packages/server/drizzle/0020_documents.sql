CREATE TABLE "documents" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"type" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"version" integer NOT NULL,
	"lineage_id" text NOT NULL,
	"supersedes_id" text,
	"status" text NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "documents_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "documents_tenant_id_owner_id_id_index" ON "documents" USING btree ("tenant_id","owner_id","id");--> statement-breakpoint
CREATE INDEX "documents_tenant_id_lineage_id_version_index" ON "documents" USING btree ("tenant_id","lineage_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_tenant_id_supersedes_id_index" ON "documents" USING btree ("tenant_id","supersedes_id");--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "documents" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
