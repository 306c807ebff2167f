import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The instruction to pay out a funded loan's proceeds: to whom, how much, how (`ach`, `wire`, `check`,
 * `merchant_settlement`) and where it is (`pending` → `sent` → `settled` | `failed`). Created in the
 * funding transaction, one per funded application.
 *
 * @example
 * await db.select().from(disbursements).where(and(eq(disbursements.tenantId, t), eq(disbursements.loanId, "loan_…")));
 */
export const disbursements = pgTable(
  "disbursements",
  {
    tenantId: text().notNull(),
    /** `dsi_…` */
    id: text().notNull(),
    applicationId: text().notNull(),
    loanId: text().notNull(),
    /** Minor units, as a decimal string. */
    amount: text().notNull(),
    currency: text().notNull(),
    method: text().notNull(),
    payeeName: text().notNull(),
    /** The payee's account reference at the processor (never a raw account number). */
    payeeReference: text(),
    status: text().notNull(),
    failureReason: text(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.applicationId),
    index().on(table.tenantId, table.status, table.id),
  ],
);

/** @example const row: DisbursementRow = rows[0]!; */
export type DisbursementRow = typeof disbursements.$inferSelect;
