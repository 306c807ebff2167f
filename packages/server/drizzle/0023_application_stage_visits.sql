CREATE TABLE "application_stage_visits" (
	"tenant_id" text NOT NULL,
	"application_id" text NOT NULL,
	"seq" integer NOT NULL,
	"state" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"exited_at" timestamp with time zone,
	CONSTRAINT "application_stage_visits_tenant_id_application_id_seq_pk" PRIMARY KEY("tenant_id","application_id","seq")
);
--> statement-breakpoint
CREATE INDEX "application_stage_visits_tenant_id_state_index" ON "application_stage_visits" USING btree ("tenant_id","state");--> statement-breakpoint
ALTER TABLE "application_stage_visits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "application_stage_visits" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
INSERT INTO "application_stage_visits" ("tenant_id", "application_id", "seq", "state", "entered_at", "exited_at")
SELECT a."tenant_id", a."id", (h.ord - 1)::integer, h.visit->>'state', (h.visit->>'enteredAt')::timestamptz,
  (lead(h.visit->>'enteredAt') OVER (PARTITION BY a."tenant_id", a."id" ORDER BY h.ord))::timestamptz
FROM "applications" a, jsonb_array_elements(a."state_history") WITH ORDINALITY AS h(visit, ord);
