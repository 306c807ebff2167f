import type { PaymentProcessor } from "../adapters/payment-processor/index.js";
import type { PaymentInstrumentRow } from "../db/schema/index.js";
import { MICRO_DEPOSIT_ATTEMPTS } from "./micro-deposits.js";
import type { PaymentInstrumentBody } from "./schemas.js";

type TestAmounts = PaymentProcessor["testMicroDepositAmounts"];

function microDepositsOf(row: PaymentInstrumentRow, testAmounts: TestAmounts): PaymentInstrumentBody["microDeposits"] {
  if (row.microDepositsSentOn === null || row.microDepositsExpireOn === null) return null;
  const pending = row.verificationStatus === "micro_deposits_pending";
  return {
    sentOn: row.microDepositsSentOn,
    expiresOn: row.microDepositsExpireOn,
    attemptsRemaining: Math.max(0, MICRO_DEPOSIT_ATTEMPTS - row.failedVerificationAttempts),
    sandboxAmounts: pending && testAmounts !== undefined ? [...testAmounts(row)] : null,
  };
}

/**
 * An instrument on the wire: the account number masked (`****6789`) unless `revealed` holds it in full;
 * a pending sandbox instrument's micro-deposit amounts when `testAmounts` (the sandbox's) is given.
 *
 * @example toInstrumentBody(row, undefined).accountNumber // "****6789"
 */
export function toInstrumentBody(
  row: PaymentInstrumentRow,
  revealed: string | undefined,
  testAmounts?: TestAmounts,
): PaymentInstrumentBody {
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
    microDeposits: microDepositsOf(row, testAmounts),
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
