import { date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * A loan's events, append-only: never updated or deleted (a correction is a reversal event). `sequence`
 * numbers them per loan from 1 in arrival order and is core's `postedAt` tie-breaker within a day.
 * `payload` holds the event's own fields (minor units and rates as strings).
 *
 * @example
 * await db.select().from(loanEvents).where(and(eq(loanEvents.tenantId, t), eq(loanEvents.loanId, id))).orderBy(loanEvents.sequence);
 */
export const loanEvents = pgTable(
  "loan_events",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    sequence: integer().notNull(),
    /** The event's id (`dsb_…`, `pmt_…`, `rev_…`, `fee_…` …), unique per loan. */
    eventId: text().notNull(),
    /** Core's `LoanEventType`, e.g. `payment`, `payment-reversal`. */
    type: text().notNull(),
    /** Business date the event takes effect (may be back-dated). */
    effectiveDate: date({ mode: "string" }).notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** For a reversal: the event it reverses. */
    reversesEventId: text(),
    recordedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    /** Subject of the token that posted it. */
    recordedBy: text().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId, table.sequence] }),
    unique().on(table.tenantId, table.loanId, table.eventId),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
  ],
);

/** A loan event row. @example const row: LoanEventRow = rows[0]!; */
export type LoanEventRow = typeof loanEvents.$inferSelect;
