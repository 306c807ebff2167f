CREATE TABLE "import_results" (
	"tenant_id" text NOT NULL,
	"import_id" text NOT NULL,
	"row" integer NOT NULL,
	"source_id" text,
	"status" text NOT NULL,
	"difference" jsonb,
	"errors" jsonb NOT NULL,
	"outcome" text,
	"loan_id" text,
	CONSTRAINT "import_results_tenant_id_import_id_row_pk" PRIMARY KEY("tenant_id","import_id","row")
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"format" text NOT NULL,
	"mode" text NOT NULL,
	"board_mismatches" boolean NOT NULL,
	"product_id" text,
	"status" text NOT NULL,
	"data" text NOT NULL,
	"total" integer NOT NULL,
	"matched" integer NOT NULL,
	"mismatched" integer NOT NULL,
	"unchecked" integer NOT NULL,
	"failed" integer NOT NULL,
	"refused" integer NOT NULL,
	"to_board" integer NOT NULL,
	"processed" integer NOT NULL,
	"boarded" integer NOT NULL,
	"already_boarded" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "imports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE INDEX "import_results_tenant_id_import_id_outcome_row_index" ON "import_results" USING btree ("tenant_id","import_id","outcome","row");--> statement-breakpoint
CREATE INDEX "imports_tenant_id_created_at_index" ON "imports" USING btree ("tenant_id","created_at");--> statement-breakpoint
ALTER TABLE "imports" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "imports" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
--> statement-breakpoint
ALTER TABLE "import_results" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "import_results" TO lendstack_tenant
  USING ("tenant_id" = current_setting('app.tenant_id', true))
  WITH CHECK ("tenant_id" = current_setting('app.tenant_id', true));
