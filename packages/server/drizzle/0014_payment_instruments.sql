CREATE TABLE "payment_instruments" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"party_id" text NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"verification_status" text NOT NULL,
	"holder_name" text,
	"routing_number" text,
	"account_number_ciphertext" text,
	"account_last_four" text,
	"account_type" text,
	"processor_token" text,
	"card_brand" text,
	"card_last_four" text,
	"processor_reference" text NOT NULL,
	"disabled_reason" text,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payment_instruments_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "payment_instruments_tenant_id_party_id_id_index" ON "payment_instruments" USING btree ("tenant_id","party_id","id");--> statement-breakpoint
ALTER TABLE "payment_instruments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "payment_instruments" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
