import {
  bigint,
  char,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/**
 * NACHA files the daily close originated: one per tenant and business date that had debits, its text
 * exactly as built by core's `buildAchFile` (94-character records blocked to a multiple of ten).
 *
 * @example
 * await db.select().from(achFiles).where(eq(achFiles.tenantId, tenantId));
 */
export const achFiles = pgTable(
  "ach_files",
  {
    tenantId: text().notNull(),
    /** `achf_…`. */
    id: text().notNull(),
    /** The business date whose close built it. */
    businessDate: date({ mode: "string" }).notNull(),
    /** When the debits settle: the next business day. */
    effectiveEntryDate: date({ mode: "string" }).notNull(),
    secCode: text().notNull(),
    entryCount: integer().notNull(),
    totalDebitMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    content: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.businessDate)],
);

/** @example const row: AchFileRow = rows[0]!; */
export type AchFileRow = typeof achFiles.$inferSelect;

/**
 * One ACH debit attempt for a loan: `scheduled` by the close (autopay due, or a re-presentment after an R01/R09),
 * `initiated` once in a file with its trace number and the loan's payment event, then `returned` (R code) —
 * or `blocked` when 12 CFR 1041.8 forbade sending it.
 *
 * @example
 * await db.select().from(achEntries).where(and(eq(achEntries.tenantId, t), eq(achEntries.loanId, l)));
 */
export const achEntries = pgTable(
  "ach_entries",
  {
    tenantId: text().notNull(),
    /** `ache_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    /** Stored under its first, British, spelling: a column is not renamed for spelling alone. */
    enrollmentId: text("enrolment_id").notNull(),
    instrumentId: text().notNull(),
    /** The installment due date the debit pays. */
    dueDate: date({ mode: "string" }).notNull(),
    /** 1 for the first presentment, 2 and 3 for re-presentments. */
    attemptNumber: integer().notNull(),
    /** The entry this one re-presents. */
    representmentOf: text(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** `scheduled`, `initiated`, `returned` or `blocked`. */
    status: text().notNull(),
    /** Why it was `blocked` (`payment_transfers_blocked_after_two_failures`, `instrument_disabled` …). */
    statusReason: text(),
    fileId: text(),
    traceNumber: text(),
    /** The loan's payment event (`pmt_…`) posted when the debit was initiated. */
    paymentId: text(),
    initiatedOn: date({ mode: "string" }),
    returnCode: text(),
    returnedOn: date({ mode: "string" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("ach_entries_one_attempt_per_due_date").on(
      table.tenantId,
      table.enrollmentId,
      table.dueDate,
      table.attemptNumber,
    ),
    index().on(table.tenantId, table.status, table.id),
    index().on(table.tenantId, table.loanId, table.id),
    index().on(table.tenantId, table.fileId),
    index().on(table.tenantId, table.traceNumber),
  ],
);

/** @example const row: AchEntryRow = rows[0]!; */
export type AchEntryRow = typeof achEntries.$inferSelect;
