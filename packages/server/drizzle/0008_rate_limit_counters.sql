CREATE TABLE "rate_limit_counters" (
	"tenant_id" text NOT NULL,
	"subject" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_limit_counters_tenant_id_subject_window_start_pk" PRIMARY KEY("tenant_id","subject","window_start")
);
--> statement-breakpoint
-- Like every tenant-owned table (migration 0007): visible to the tenant role only for its own tenant. The
-- rate limiter itself runs before the request's tenant-scoped transaction, as the owning role.
ALTER TABLE "rate_limit_counters" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "rate_limit_counters" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
