import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** The borrower's authorization of recurring debits, as the lender captured it (Regulation E, NACHA). */
export interface StoredAuthorization {
  /** Which text of the authorization the borrower agreed to. */
  readonly textVersion: string;
  /** When they agreed, ISO 8601 UTC. */
  readonly authorizedAt: string;
  /** The borrower's IP address when they agreed. */
  readonly ipAddress: string;
}

/**
 * A loan's autopay enrollment: which instrument is debited, how much (the installment due, a fixed amount or the
 * full balance) and how many days before each due date, under which authorization. At most one `active` or
 * `suspended` enrollment per loan; cancelled ones are kept.
 *
 * @example
 * await db.select().from(autopayEnrollments).where(and(eq(autopayEnrollments.tenantId, t), eq(autopayEnrollments.loanId, l)));
 */
export const autopayEnrollments = pgTable(
  // The table keeps its first, British, spelling: a table is not renamed for spelling alone.
  "autopay_enrolments",
  {
    tenantId: text().notNull(),
    /** `apy_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    instrumentId: text().notNull(),
    /** `installment_due`, `fixed` or `full_balance`. */
    amountKind: text().notNull(),
    /** For `fixed`: the amount, minor units of `currency`. */
    fixedAmountMinor: bigint({ mode: "bigint" }),
    currency: char({ length: 3 }).notNull(),
    daysBeforeDue: integer().notNull(),
    /** `active`, `suspended` (attempts stopped, e.g. 12 CFR 1041.8) or `cancelled`. */
    status: text().notNull(),
    authorization: jsonb().$type<StoredAuthorization>().notNull(),
    /** Why it stopped (`requested`, `ach_return_R02`, `payment_transfers_blocked_after_two_failures` …). */
    statusReason: text(),
    cancelledAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex("autopay_enrolments_one_open_per_loan")
      .on(table.tenantId, table.loanId)
      .where(sql`${table.status} <> 'cancelled'`),
    index().on(table.tenantId, table.loanId, table.id),
    index().on(table.tenantId, table.instrumentId),
  ],
);

/** @example const row: AutopayEnrollmentRow = rows[0]!; */
export type AutopayEnrollmentRow = typeof autopayEnrollments.$inferSelect;
