CREATE TABLE "decisions" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"rule_set_version" integer NOT NULL,
	"rule_set_hash" text NOT NULL,
	"decision" text NOT NULL,
	"facts" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"request_id" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "decisions_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "rule_set_versions" (
	"tenant_id" text NOT NULL,
	"rule_set_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"document" jsonb NOT NULL,
	"reason_statements" jsonb,
	"hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" text,
	CONSTRAINT "rule_set_versions_tenant_id_rule_set_id_version_pk" PRIMARY KEY("tenant_id","rule_set_id","version")
);
--> statement-breakpoint
CREATE TABLE "rule_sets" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"key" text NOT NULL,
	"name" text,
	"latest_version" integer NOT NULL,
	"published_version" integer,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rule_sets_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "rule_set_versions" ADD CONSTRAINT "rule_set_versions_tenant_id_rule_set_id_rule_sets_tenant_id_id_fk" FOREIGN KEY ("tenant_id","rule_set_id") REFERENCES "public"."rule_sets"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_tenant_id_rule_set_id_id_index" ON "decisions" USING btree ("tenant_id","rule_set_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_tenant_id_key_index" ON "rule_sets" USING btree ("tenant_id","key");