ALTER TABLE "envelopes" ADD COLUMN "provider" text DEFAULT 'builtin' NOT NULL;--> statement-breakpoint
ALTER TABLE "envelopes" ADD COLUMN "provider_reference" text;--> statement-breakpoint
CREATE UNIQUE INDEX "envelopes_provider_reference_index" ON "envelopes" USING btree ("provider","provider_reference");