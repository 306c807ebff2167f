import { date, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A party's means of paying: a bank account (routing number, account number sealed under the tenant's data
 * key, checking or savings) or a card known only by its processor token (no card number is ever stored).
 *
 * @example
 * await db.select().from(paymentInstruments).where(and(eq(paymentInstruments.tenantId, t), eq(paymentInstruments.partyId, p)));
 */
export const paymentInstruments = pgTable(
  "payment_instruments",
  {
    tenantId: text().notNull(),
    /** `pmi_…`. */
    id: text().notNull(),
    partyId: text().notNull(),
    /** `bank_account` or `card`. */
    type: text().notNull(),
    /** `active` or `disabled`. */
    status: text().notNull(),
    /** `unverified`, `micro_deposits_pending`, `verified` or `failed`. */
    verificationStatus: text().notNull(),
    holderName: text(),
    /** Bank accounts: the nine-digit ABA routing number (public, not sealed). */
    routingNumber: text(),
    /** Bank accounts: the account number, encrypted. */
    accountNumberCiphertext: text(),
    /** Bank accounts: what a masked account number shows. */
    accountLastFour: text(),
    /** Bank accounts: `checking` or `savings`. */
    accountType: text(),
    /** Cards: the processor's token. */
    processorToken: text(),
    /** Cards: brand and last four as the processor reports them. */
    cardBrand: text(),
    cardLastFour: text(),
    /** The processor's own reference for the instrument. */
    processorReference: text().notNull(),
    /** Bank accounts in `micro_deposits_pending`: the business date the processor sent the two deposits. */
    microDepositsSentOn: date({ mode: "string" }),
    /** The last business date the deposits can be confirmed on (10 days after they were sent). */
    microDepositsExpireOn: date({ mode: "string" }),
    /** Wrong micro-deposit confirmations so far; the third marks the instrument `failed`. */
    failedVerificationAttempts: integer().notNull().default(0),
    /** When the instrument became `verified` by confirming its micro-deposits. */
    verifiedAt: timestamp({ withTimezone: true, mode: "date" }),
    /** Why it was disabled (`requested`, `ach_return_R02` …). */
    disabledReason: text(),
    disabledAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.partyId, table.id)],
);

/** @example const row: PaymentInstrumentRow = rows[0]!; */
export type PaymentInstrumentRow = typeof paymentInstruments.$inferSelect;
