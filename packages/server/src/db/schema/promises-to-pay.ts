import { bigint, char, date, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Promises to pay recorded on a loan. The daily close marks a `pending` one `kept` or `broken` (core's
 * `evaluatePromises` against the loan's payments) and records `promise.kept` / `promise.broken`.
 *
 * @example
 * await db.select().from(promisesToPay).where(and(eq(promisesToPay.tenantId, t), eq(promisesToPay.status, "pending")));
 */
export const promisesToPay = pgTable(
  "promises_to_pay",
  {
    tenantId: text().notNull(),
    /** `ptp_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    /** Minor units of `currency`. */
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** The business date the borrower promised to pay by. */
    dueDate: date({ mode: "string" }).notNull(),
    /** The business date the promise was made. */
    promisedOn: date({ mode: "string" }).notNull(),
    channel: text().notNull(),
    /** `pending`, `kept` or `broken`. */
    status: text().notNull(),
    /** Minor units the close applied to it when it resolved. */
    paidMinor: bigint({ mode: "bigint" }),
    keptOn: date({ mode: "string" }),
    /** The business date the close resolved it. */
    resolvedOn: date({ mode: "string" }),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.loanId, table.id),
    index().on(table.tenantId, table.status, table.loanId),
  ],
);

/** @example const row: PromiseToPayRow = rows[0]!; */
export type PromiseToPayRow = typeof promisesToPay.$inferSelect;
