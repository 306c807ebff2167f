CREATE TABLE "audit_heads" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"sequence" bigint NOT NULL,
	"hash" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- Every existing chain gets its head: the sequence and hash of its newest record.
INSERT INTO "audit_heads" ("tenant_id", "sequence", "hash", "updated_at")
SELECT DISTINCT ON ("tenant_id") "tenant_id", "sequence", "hash", now()
FROM "audit_records"
WHERE "sequence" IS NOT NULL AND "hash" IS NOT NULL
ORDER BY "tenant_id", "sequence" DESC;
--> statement-breakpoint
ALTER TABLE "audit_heads" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "audit_heads" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
