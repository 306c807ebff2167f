import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * A loan's replayed state saved by the daily close, so the next close (and a loan read) can continue
 * from it with core's `closeDay` instead of replaying the loan's whole history. One row per loan: the
 * latest date closed from the loan's current events. It is a cache, never the source of truth: it is used
 * only when `eventsVersion` is still the loan's `version` (no event appended since) and no stored event
 * is dated after `asOfDate` up to the date wanted; otherwise the loan is replayed from its events.
 * `state` is core's `LoanState` without its `loan` (see services/loan-state-codec.ts, format `format`).
 *
 * @example
 * await db.select().from(loanStateCheckpoints).where(and(eq(loanStateCheckpoints.tenantId, t), eq(loanStateCheckpoints.loanId, id)));
 */
export const loanStateCheckpoints = pgTable(
  "loan_state_checkpoints",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    /** The state is as of the end of this business date. */
    asOfDate: date({ mode: "string" }).notNull(),
    /** The loan's `version` (count of its events) the state was computed from. */
    eventsVersion: integer().notNull(),
    /** The codec's format (`loanStateFormat`); a row in another format is ignored. */
    format: integer().notNull(),
    state: jsonb().$type<Record<string, unknown>>().notNull(),
    computedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
  ],
);

/** A loan state checkpoint row. @example const row: LoanStateCheckpointRow = rows[0]!; */
export type LoanStateCheckpointRow = typeof loanStateCheckpoints.$inferSelect;
