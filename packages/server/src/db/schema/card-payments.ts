import { sql } from "drizzle-orm";
import { bigint, char, date, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A one-off card payment on a loan, charged through the payment processor by the card's token: the
 * processor's charge id, and the loan's payment event (`pmt_…`) it posted. A declined charge posts nothing
 * and is kept as a `declined` card payment with the processor's decline code (its request answers 402).
 *
 * @example
 * await db.select().from(cardPayments).where(and(eq(cardPayments.tenantId, t), eq(cardPayments.loanId, id)));
 */
export const cardPayments = pgTable(
  "card_payments",
  {
    tenantId: text().notNull(),
    /** `cpy_…`. */
    id: text().notNull(),
    loanId: text().notNull(),
    instrumentId: text().notNull(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    /** `succeeded`, `declined`, `partially_refunded` or `refunded`. */
    status: text().notNull(),
    /** The processor's charge id: the payment's reference. */
    processorChargeId: text().notNull(),
    /** The loan's payment event (`pmt_…`); null for a declined charge (nothing posted). */
    paymentId: text(),
    /** Declined: the processor's decline code (`generic_decline`, `insufficient_funds`, …). */
    declineCode: text(),
    /** The business date the charge was made and the payment posted on. */
    businessDate: date({ mode: "string" }).notNull(),
    /** What refunds gave back so far, in minor units (at most `amountMinor`). */
    refundedMinor: bigint({ mode: "bigint" }).notNull().default(sql`0`),
    /** Refunded (in part or in full): the latest refund's processor id and loan reversal event (`rev_…`). */
    processorRefundId: text(),
    reversalId: text(),
    refundedAt: timestamp({ withTimezone: true, mode: "date" }),
    requestId: text(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] }), index().on(table.tenantId, table.loanId, table.id)],
);

/** @example const row: CardPaymentRow = rows[0]!; */
export type CardPaymentRow = typeof cardPayments.$inferSelect;
