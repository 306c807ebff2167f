import type { CardPaymentRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { CardPaymentBody } from "./schemas.js";

/** A card payment on the wire. @example toCardPaymentBody(row).processorChargeId // "ch_sandbox_…" */
export function toCardPaymentBody(row: CardPaymentRow): CardPaymentBody {
  return {
    id: row.id,
    object: "card_payment",
    loanId: row.loanId,
    instrumentId: row.instrumentId,
    amount: toJsonInteger(row.amountMinor, "card_payment"),
    currency: row.currency,
    status: row.status as CardPaymentBody["status"],
    processorChargeId: row.processorChargeId,
    declineCode: row.declineCode,
    paymentId: row.paymentId,
    businessDate: row.businessDate,
    refunded: toJsonInteger(row.refundedMinor, "card_payment"),
    processorRefundId: row.processorRefundId,
    reversalId: row.reversalId,
    refundedAt: row.refundedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
