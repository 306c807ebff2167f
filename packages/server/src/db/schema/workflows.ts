import { sql } from "drizzle-orm";
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Business hours SLA clocks run in, as stored on a workflow version. */
export interface StoredWorkingHours {
  readonly calendar: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly utcOffsetMinutes: number;
}

/**
 * One version of a product's workflow: its stages, task templates and standard underwriting conditions
 * (core's `WorkflowDefinition`, without the product id and version, which are columns). A `draft` is
 * checked by core's `validateWorkflow` when created and never changes; publishing makes it the product's
 * workflow in force (at most one `published` row per product, the partial unique index says so) and
 * marks the version it replaces `superseded`.
 *
 * @example
 * await db.select().from(workflows).where(and(eq(workflows.tenantId, t), eq(workflows.productId, p), eq(workflows.status, "published")));
 */
export const workflows = pgTable(
  "workflows",
  {
    tenantId: text().notNull(),
    /** `wf_…` */
    id: text().notNull(),
    productId: text().notNull(),
    /** 1, 2, 3… per product. */
    version: integer().notNull(),
    /** `draft`, `published` or `superseded`. */
    status: text().notNull(),
    /** `{ facts, stages, conditions }` as the API takes them. */
    definition: jsonb().$type<Record<string, unknown>>().notNull(),
    workingHours: jsonb().$type<StoredWorkingHours>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    createdBy: text().notNull(),
    publishedAt: timestamp({ withTimezone: true, mode: "date" }),
    publishedBy: text(),
    supersededAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex().on(table.tenantId, table.productId, table.version),
    uniqueIndex("workflows_one_published_per_product")
      .on(table.tenantId, table.productId)
      .where(sql`${table.status} = 'published'`),
  ],
);

/** @example const row: WorkflowRow = rows[0]!; */
export type WorkflowRow = typeof workflows.$inferSelect;
