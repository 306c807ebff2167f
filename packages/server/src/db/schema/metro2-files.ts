import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/** A loan left out of a Metro 2 file, and why. */
export interface StoredMetro2Skip {
  readonly loanId: string;
  readonly reason: string;
}

/**
 * Metro 2 furnishing files, one row per generation (regenerating a month adds a row; history is kept).
 * The text holds SSNs and dates of birth in the clear, as the format requires, so it is stored sealed
 * (AES-256-GCM under the tenant's data key, bound to the row) and opened only for a download.
 *
 * @example
 * await db.select().from(metro2Files).where(and(eq(metro2Files.tenantId, t), eq(metro2Files.month, "2026-11")));
 */
export const metro2Files = pgTable(
  "metro2_files",
  {
    tenantId: text().notNull(),
    /** `m2f_…`. */
    id: text().notNull(),
    /** The reporting month, `YYYY-MM`. */
    month: text().notNull(),
    /** The month's last day: every account's date of account information. */
    activityDate: date({ mode: "string" }).notNull(),
    /** The tenant's business date when it was generated. */
    businessDate: date({ mode: "string" }).notNull(),
    accountCount: integer().notNull(),
    /** Accounts by status code (`"11"`, `"71"` …). */
    statusCounts: jsonb().$type<Record<string, number>>().notNull(),
    /** The trailer's figures by field name. */
    totals: jsonb().$type<Record<string, number>>().notNull(),
    skipped: jsonb().$type<StoredMetro2Skip[]>().notNull(),
    recordCount: integer().notNull(),
    byteLength: integer().notNull(),
    /** The file's text, sealed. */
    contentCiphertext: text().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.month, table.id)],
);

/** @example const row: Metro2FileRow = rows[0]!; */
export type Metro2FileRow = typeof metro2Files.$inferSelect;

/**
 * A loan's credit-reporting state: the compliance condition code a dispute set (reported in every file
 * until cleared), and once cleared, the XR that removes it at the bureaus: `removalPending` holds the
 * cleared code while its XR is due, and `removalReportedMonth` the month of the first file that reported
 * the XR, so a regenerated file of that month reports it again and later months do not.
 *
 * @example
 * await db.select().from(loanCreditReporting).where(eq(loanCreditReporting.tenantId, t));
 */
export const loanCreditReporting = pgTable(
  "loan_credit_reporting",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    complianceConditionCode: text(),
    /** The code cleared whose XR is due, or null. */
    removalPending: text(),
    removalReportedMonth: text(),
    updatedBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
  ],
);

/** @example const row: LoanCreditReportingRow = rows[0]!; */
export type LoanCreditReportingRow = typeof loanCreditReporting.$inferSelect;
