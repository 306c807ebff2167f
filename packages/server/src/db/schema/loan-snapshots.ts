import {
  bigint,
  boolean,
  char,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * A loan's figures at the end of a business date, written by the daily close (`lendstack close-day`):
 * one row per loan and date, recomputed (upserted) when the loan's events changed since
 * (`eventsVersion` is the loan's `version` it was computed from). Portfolio reports read these rows.
 * Money in minor units of `currency`.
 *
 * @example
 * await db.select().from(loanSnapshots).where(and(eq(loanSnapshots.tenantId, t), eq(loanSnapshots.asOfDate, "2026-03-31")));
 */
export const loanSnapshots = pgTable(
  "loan_snapshots",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    /** The business date the figures are as of (end of that day's close). */
    asOfDate: date({ mode: "string" }).notNull(),
    /** The loan's `version` (count of its events) the figures were replayed from. */
    eventsVersion: integer().notNull(),
    /** Core's `LifecycleStatus` as of `asOfDate`. */
    status: text().notNull(),
    daysPastDue: integer().notNull(),
    /** The loan's own delinquency bucket (its product's buckets). */
    delinquencyBucket: text().notNull(),
    isNonPerforming: boolean().notNull(),
    currency: char({ length: 3 }).notNull(),
    principalMinor: bigint({ mode: "bigint" }).notNull(),
    /** Interest due and unpaid. */
    interestMinor: bigint({ mode: "bigint" }).notNull(),
    feesMinor: bigint({ mode: "bigint" }).notNull(),
    penaltiesMinor: bigint({ mode: "bigint" }).notNull(),
    /** Interest accrued, not yet due. */
    accruedInterestMinor: bigint({ mode: "bigint" }).notNull(),
    computedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId, table.asOfDate] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
    index().on(table.tenantId, table.asOfDate, table.loanId),
  ],
);

/** A loan snapshot row. @example const row: LoanSnapshotRow = rows[0]!; */
export type LoanSnapshotRow = typeof loanSnapshots.$inferSelect;
