CREATE TABLE "envelope_events" (
	"tenant_id" text NOT NULL,
	"envelope_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"type" text NOT NULL,
	"signer_id" text,
	"actor" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"details" jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "envelope_events_tenant_id_envelope_id_sequence_pk" PRIMARY KEY("tenant_id","envelope_id","sequence")
);
--> statement-breakpoint
CREATE TABLE "envelope_signers" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"envelope_id" text NOT NULL,
	"routing_order" integer NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"status" text NOT NULL,
	"link_hash" text,
	"link_expires_at" timestamp with time zone,
	"link_used_at" timestamp with time zone,
	"consented_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"signature" jsonb,
	"decline_reason" text,
	"ip_address" text,
	"user_agent" text,
	CONSTRAINT "envelope_signers_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "envelopes" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"application_id" text,
	"loan_id" text,
	"status" text NOT NULL,
	"subject" text NOT NULL,
	"message" text NOT NULL,
	"documents" jsonb NOT NULL,
	"outputs" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"void_reason" text,
	"voided_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"event_count" integer NOT NULL,
	"head_hash" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "envelopes_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "envelope_signers_tenant_id_envelope_id_routing_order_index" ON "envelope_signers" USING btree ("tenant_id","envelope_id","routing_order");--> statement-breakpoint
CREATE UNIQUE INDEX "envelope_signers_link_hash_index" ON "envelope_signers" USING btree ("link_hash");--> statement-breakpoint
CREATE INDEX "envelopes_tenant_id_application_id_id_index" ON "envelopes" USING btree ("tenant_id","application_id","id");--> statement-breakpoint
CREATE INDEX "envelopes_tenant_id_loan_id_id_index" ON "envelopes" USING btree ("tenant_id","loan_id","id");--> statement-breakpoint
ALTER TABLE "envelopes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "envelopes" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "envelope_signers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "envelope_signers" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "envelope_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "envelope_events" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
