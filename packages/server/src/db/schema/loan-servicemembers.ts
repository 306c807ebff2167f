import { boolean, date, foreignKey, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { loans } from "./loans.js";

/**
 * A borrower's active-duty military service on a loan (SCRA, 50 U.S.C. § 3937): one row per loan, the
 * current or latest period of service. The loan events it caused are in `loan_events` (an
 * `scra-protection` start and end, and the rate changes capping and restoring the rate); their ids are
 * kept here, so the record and the loan's history point at each other.
 *
 * @example
 * await db.select().from(loanServicemembers).where(and(eq(loanServicemembers.tenantId, t), eq(loanServicemembers.loanId, id)));
 */
export const loanServicemembers = pgTable(
  "loan_servicemembers",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    activeDutyStartDate: date({ mode: "string" }).notNull(),
    /** The last day of service; null while open. */
    activeDutyEndDate: date({ mode: "string" }),
    /** The last protected day (the end date, a year later for a mortgage); null while open. */
    protectedThrough: date({ mode: "string" }),
    /** The product is a mortgage: protected one year after service. */
    isMortgage: boolean().notNull(),
    /** `orders`, `dmdc_certificate`, `commanding_officer_letter` or `other`. */
    evidenceType: text().notNull(),
    /** The document's reference (a DMDC certificate number, an orders number, a document id). */
    evidenceReference: text().notNull(),
    /** The rate in force at the start (restored at the end), and the capped rate; null when not above 6 %. */
    originalRatePercent: text(),
    cappedRatePercent: text(),
    /** The loan events recorded at the start, and at the end once it is known. */
    startEventIds: jsonb().$type<string[]>().notNull(),
    endEventIds: jsonb().$type<string[]>().notNull(),
    recordedBy: text().notNull(),
    endedBy: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId] }),
    foreignKey({ columns: [table.tenantId, table.loanId], foreignColumns: [loans.tenantId, loans.id] }),
  ],
);

/** @example const row: LoanServicememberRow = rows[0]!; */
export type LoanServicememberRow = typeof loanServicemembers.$inferSelect;
