import { date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The loans in a collections queue as of the last daily close: one row per delinquent (or charged-off)
 * loan, written by the close from the loan's state so queue reads are cheap. A loan that cures is deleted.
 *
 * @example
 * await db.select().from(collectionAccounts).where(and(eq(collectionAccounts.tenantId, t), eq(collectionAccounts.queue, "early_stage")));
 */
export const collectionAccounts = pgTable(
  "collection_accounts",
  {
    tenantId: text().notNull(),
    loanId: text().notNull(),
    /** `early_stage`, `late_stage`, `pre_charge_off` or `recovery`. */
    queue: text().notNull(),
    /** The business date the loan entered this queue. */
    enteredOn: date({ mode: "string" }).notNull(),
    /** Days past due as of `asOf`. */
    daysPastDue: integer().notNull(),
    /** The business date of the close that wrote the row. */
    asOf: date({ mode: "string" }).notNull(),
    /** The collector's current task: made when the loan entered the queue, or when a promise was broken. */
    taskId: text(),
    /**
     * The account's place in its queue: `follow_up` (a promise to pay was broken: worked first) or `normal`.
     * Listed in that order, which is also the text order the index keeps.
     */
    priority: text().notNull().default("normal"),
    /** The business date the latest broken promise put it to the front; null when `normal`. */
    followUpSince: date({ mode: "string" }),
    /** The hardship plan that put the account on hold (not worked) until it moves queue or leaves. */
    hardshipPlanId: text(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.loanId] }),
    index().on(table.tenantId, table.queue, table.priority, table.loanId),
  ],
);

/** @example const row: CollectionAccountRow = rows[0]!; */
export type CollectionAccountRow = typeof collectionAccounts.$inferSelect;
