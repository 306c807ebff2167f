import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every attempt to confirm a bank account's micro-deposits (`POST …/payment-instruments/{id}/verify`):
 * the amounts submitted, what came of them, and the failed attempts left after it. Append-only.
 *
 * @example
 * await db.select().from(paymentInstrumentVerifications).where(eq(paymentInstrumentVerifications.instrumentId, id));
 */
export const paymentInstrumentVerifications = pgTable(
  "payment_instrument_verifications",
  {
    tenantId: text().notNull(),
    /** `piv_…`. */
    id: text().notNull(),
    instrumentId: text().notNull(),
    /** The two amounts submitted, in minor units. */
    amounts: jsonb().$type<number[]>().notNull(),
    /** `verified`, `mismatched`, `locked` (the third mismatch) or `expired`. */
    outcome: text().notNull(),
    /** Failed attempts left after this one. */
    attemptsRemaining: integer().notNull(),
    /** The tenant's business date of the attempt. */
    businessDate: date({ mode: "string" }).notNull(),
    requestId: text(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index().on(table.tenantId, table.instrumentId, table.id),
  ],
);

/** @example const row: PaymentInstrumentVerificationRow = rows[0]!; */
export type PaymentInstrumentVerificationRow = typeof paymentInstrumentVerifications.$inferSelect;
