ALTER TABLE "application_conditions" ADD COLUMN "document_type" text;--> statement-breakpoint
ALTER TABLE "application_conditions" ADD COLUMN "cleared_by_document_id" text;