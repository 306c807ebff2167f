import { date, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * The daily close of one tenant for one business date (one row, shared by every worker that closes that
 * date): who started it, how far it got, what failed.
 *
 * @example
 * await db.select().from(closeRuns).where(eq(closeRuns.tenantId, tenantId));
 */
export const closeRuns = pgTable(
  "close_runs",
  {
    tenantId: text().notNull(),
    /** `cr_…`. */
    id: text().notNull(),
    businessDate: date({ mode: "string" }).notNull(),
    /** `schedule` (the worker at the cutoff), `test_clock` or `cli`. */
    trigger: text().notNull(),
    /** `running`, `succeeded` (every loan closed) or `completed_with_failures`. */
    status: text().notNull(),
    loansClosed: integer().notNull().default(0),
    loansFailed: integer().notNull().default(0),
    /** Loans left without a snapshot when the run finished (a payment held them through every pass). */
    loansPending: integer().notNull().default(0),
    /** Workers in the run now; a worker killed midway is never subtracted, so this can overcount. */
    workersActive: integer().notNull().default(0),
    failures: jsonb().$type<Array<{ loanId: string; code: string; message: string }>>().notNull().default([]),
    startedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    finishedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("close_runs_one_per_date").on(table.tenantId, table.businessDate),
  ],
);

/** @example const row: CloseRunRow = rows[0]!; */
export type CloseRunRow = typeof closeRuns.$inferSelect;
