CREATE TABLE "parties" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"type" text NOT NULL,
	"tax_id_type" text NOT NULL,
	"tax_id_ciphertext" text NOT NULL,
	"tax_id_hash" text NOT NULL,
	"tax_id_last_four" text NOT NULL,
	"date_of_birth_ciphertext" text,
	"name_birth_hash" text,
	"display_name" text NOT NULL,
	"profile" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "parties_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "tenant_keys" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"master_key_id" text NOT NULL,
	"wrapped_keys" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "parties_tenant_id_tax_id_hash_index" ON "parties" USING btree ("tenant_id","tax_id_hash");--> statement-breakpoint
CREATE INDEX "parties_tenant_id_name_birth_hash_index" ON "parties" USING btree ("tenant_id","name_birth_hash");--> statement-breakpoint
CREATE INDEX "parties_tenant_id_type_id_index" ON "parties" USING btree ("tenant_id","type","id");--> statement-breakpoint
ALTER TABLE "parties" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "parties" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "tenant_keys" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tenant_keys" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
