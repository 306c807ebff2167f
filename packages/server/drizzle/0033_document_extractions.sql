CREATE TABLE "document_extractions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"document_id" text NOT NULL,
	"document_type" text NOT NULL,
	"owner_type" text NOT NULL,
	"owner_id" text NOT NULL,
	"provider" text NOT NULL,
	"model" text NOT NULL,
	"fields" jsonb NOT NULL,
	"page_count" integer NOT NULL,
	"extracted_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_extractions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "document_extractions_tenant_id_document_id_id_index" ON "document_extractions" USING btree ("tenant_id","document_id","id");--> statement-breakpoint
CREATE INDEX "document_extractions_tenant_id_owner_id_id_index" ON "document_extractions" USING btree ("tenant_id","owner_id","id");--> statement-breakpoint
ALTER TABLE "document_extractions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "document_extractions" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
