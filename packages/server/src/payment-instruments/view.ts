import type { PaymentInstrumentRow } from "../db/schema/index.js";
import type { PaymentInstrumentBody } from "./schemas.js";

/**
 * An instrument on the wire: the account number masked (`****6789`) unless `revealed` holds it in full.
 *
 * @example toInstrumentBody(row, undefined).accountNumber // "****6789"
 */
export function toInstrumentBody(row: PaymentInstrumentRow, revealed: string | undefined): PaymentInstrumentBody {
  const masked = row.accountLastFour === null ? null : `****${row.accountLastFour}`;
  return {
    id: row.id,
    object: "payment_instrument",
    partyId: row.partyId,
    type: row.type as PaymentInstrumentBody["type"],
    status: row.status as PaymentInstrumentBody["status"],
    verificationStatus: row.verificationStatus as PaymentInstrumentBody["verificationStatus"],
    holderName: row.holderName,
    routingNumber: row.routingNumber,
    accountNumber: revealed ?? masked,
    accountType: row.accountType as PaymentInstrumentBody["accountType"],
    cardBrand: row.cardBrand,
    cardLastFour: row.cardLastFour,
    piiRevealed: revealed !== undefined,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
