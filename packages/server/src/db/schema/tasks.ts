import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A unit of work on an application, created from a workflow's task template when the application enters
 * a stage: routed to a queue and a role, due by its SLA. `open` until someone claims it (`claimed`, with
 * the `assignee`), then `completed` by the assignee with an outcome. Changes lock the row.
 *
 * @example
 * await db.select().from(tasks).where(and(eq(tasks.tenantId, t), eq(tasks.applicationId, "app_…")));
 */
export const tasks = pgTable(
  "tasks",
  {
    tenantId: text().notNull(),
    /** `tsk_…` */
    id: text().notNull(),
    /** The application a workflow stage made it for; null for a party's task (a sanctions hit review). */
    applicationId: text(),
    workflowId: text(),
    workflowVersion: integer(),
    stageId: text(),
    templateId: text(),
    /** The party a party's task is about (a sanctions hit review), else null. */
    partyId: text(),
    /** What the task is about, for its worker (a sanctions hit: the entry, the matched name, the score). */
    details: jsonb().$type<Record<string, unknown>>(),
    name: text().notNull(),
    queue: text().notNull(),
    role: text().notNull(),
    /** `open`, `claimed` or `completed`. */
    status: text().notNull(),
    /** The token subject working it; null while open. */
    assignee: text(),
    dueAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    claimedAt: timestamp({ withTimezone: true, mode: "date" }),
    completedAt: timestamp({ withTimezone: true, mode: "date" }),
    completedBy: text(),
    outcome: text(),
    note: text(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.status, table.id),
    index().on(table.tenantId, table.applicationId, table.id),
    index().on(table.tenantId, table.assignee, table.id),
  ],
);

/** @example const row: TaskRow = rows[0]!; */
export type TaskRow = typeof tasks.$inferSelect;
