import { type PaymentProcessor, sandboxPaymentProcessor } from "../adapters/payment-processor/index.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PaymentInstrumentRow, paymentInstrumentVerifications } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { EventType } from "../events/catalog.js";
import { recordEvent } from "../events/record.js";
import { businessDateOfChange, MICRO_DEPOSIT_ATTEMPTS } from "./micro-deposits.js";
import { updateInstrument } from "./store.js";
import { toInstrumentBody } from "./view.js";

/**
 * What a confirmation came to. `verified`: the instrument is verified. Otherwise a refusal with its code;
 * `recorded` refusals (a wrong guess, the deposits expired) changed the instrument and must be kept even
 * though the request answers 4xx.
 */
export type VerifyOutcome =
  | { readonly ok: true; readonly row: PaymentInstrumentRow }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: string;
      readonly recorded: boolean;
      readonly attemptsRemaining: number;
      readonly row: PaymentInstrumentRow;
    };

const attemptsLeft = (row: PaymentInstrumentRow) =>
  Math.max(0, MICRO_DEPOSIT_ATTEMPTS - row.failedVerificationAttempts);

function refusal(row: PaymentInstrumentRow, code: string, message: string): VerifyOutcome {
  return { ok: false, code, message, recorded: false, attemptsRemaining: attemptsLeft(row), row };
}

/** Why the instrument cannot be confirmed at all, before its amounts are looked at. */
function stateRefusal(row: PaymentInstrumentRow): VerifyOutcome | undefined {
  if (row.status !== "active") return refusal(row, "payment_instrument_disabled", `${row.id} is disabled.`);
  switch (row.verificationStatus) {
    case "micro_deposits_pending":
      return undefined;
    case "verified":
      return refusal(row, "payment_instrument_already_verified", `${row.id} is already verified.`);
    case "failed":
      return refusal(
        row,
        "verification_locked",
        `${row.id} failed verification (too many wrong amounts, or its deposits expired); add the account again to start over.`,
      );
    default:
      return refusal(row, "micro_deposits_not_pending", `${row.id} is not awaiting micro-deposits.`);
  }
}

export interface Attempt {
  readonly amounts: ReadonlyArray<number>;
  readonly outcome: "verified" | "mismatched" | "locked" | "expired";
}

const AUDIT_ACTIONS: Readonly<Record<Attempt["outcome"], string>> = {
  verified: "payment_instrument.verified",
  mismatched: "payment_instrument.verification_mismatched",
  locked: "payment_instrument.verification_locked",
  expired: "payment_instrument.verification_expired",
};

/**
 * Stores one verification outcome of `before` (now `after`): the attempt row, its audit record and, when the
 * status settled (verified or failed), the event through the outbox.
 *
 * @example await recordVerification(tx, context, row, after, { amounts: [], outcome: "expired" }, undefined);
 */
export async function recordVerification(
  executor: Executor,
  context: ChangeContext,
  before: PaymentInstrumentRow,
  after: PaymentInstrumentRow,
  attempt: Attempt,
  testAmounts: PaymentProcessor["testMicroDepositAmounts"],
): Promise<void> {
  await executor.insert(paymentInstrumentVerifications).values({
    tenantId: context.tenantId,
    id: context.ids.next("piv"),
    instrumentId: before.id,
    amounts: [...attempt.amounts],
    outcome: attempt.outcome,
    attemptsRemaining: attemptsLeft(after),
    businessDate: businessDateOfChange(context),
    requestId: context.requestId,
    createdBy: context.actor,
    createdAt: context.now,
  });
  await writeAudit(executor, context, {
    action: AUDIT_ACTIONS[attempt.outcome],
    resourceType: "payment_instrument",
    resourceId: before.id,
    details: { attemptsRemaining: attemptsLeft(after), verificationStatus: after.verificationStatus },
  });
  const type: EventType | undefined =
    after.verificationStatus === "verified"
      ? "payment_instrument.verified"
      : after.verificationStatus === "failed"
        ? "payment_instrument.verification_failed"
        : undefined;
  if (type === undefined) return;
  const data = { ...toInstrumentBody(after, undefined, testAmounts), reason: attempt.outcome };
  await recordEvent(executor, context, { type, resourceType: "payment_instrument", resourceId: before.id, data });
}

/**
 * Confirms a bank account's micro-deposits (`POST …/verify`), the instrument row locked by the caller:
 * the right two amounts (either order) verify it; a wrong pair uses one of three attempts, and the third
 * marks it `failed`; deposits past their `microDepositsExpireOn` (by the tenant's business date) mark it
 * `failed` too. Every attempt is stored (`payment_instrument_verifications`) with an audit record; the
 * outcome's event (`payment_instrument.verified` or `.verification_failed`) goes through the outbox.
 *
 * @example
 * const outcome = await verifyMicroDeposits(tx, context, processor, row, [32, 45]);
 */
export async function verifyMicroDeposits(
  executor: Executor,
  context: ChangeContext,
  processor: PaymentProcessor | undefined,
  row: PaymentInstrumentRow,
  amounts: ReadonlyArray<number>,
): Promise<VerifyOutcome> {
  const refused = stateRefusal(row);
  if (refused !== undefined) return refused;
  const active = processor ?? sandboxPaymentProcessor;
  const testAmounts = active.testMicroDepositAmounts;
  const today = businessDateOfChange(context);
  if (row.microDepositsExpireOn !== null && today > row.microDepositsExpireOn) {
    const after = await updateInstrument(executor, context.tenantId, row.id, {
      verificationStatus: "failed",
      updatedAt: context.now,
    });
    await recordVerification(executor, context, row, after, { amounts, outcome: "expired" }, testAmounts);
    return {
      ok: false,
      code: "micro_deposits_expired",
      message: `The micro-deposits of ${row.id} expired on ${row.microDepositsExpireOn}; add the account again to start over.`,
      recorded: true,
      attemptsRemaining: attemptsLeft(after),
      row: after,
    };
  }
  if (await active.confirmMicroDeposits(row, amounts)) {
    const after = await updateInstrument(executor, context.tenantId, row.id, {
      verificationStatus: "verified",
      verifiedAt: context.now,
      updatedAt: context.now,
    });
    await recordVerification(executor, context, row, after, { amounts, outcome: "verified" }, testAmounts);
    return { ok: true, row: after };
  }
  const failed = row.failedVerificationAttempts + 1;
  const locked = failed >= MICRO_DEPOSIT_ATTEMPTS;
  const after = await updateInstrument(executor, context.tenantId, row.id, {
    failedVerificationAttempts: failed,
    ...(locked ? { verificationStatus: "failed" } : {}),
    updatedAt: context.now,
  });
  await recordVerification(
    executor,
    context,
    row,
    after,
    { amounts, outcome: locked ? "locked" : "mismatched" },
    testAmounts,
  );
  const left = attemptsLeft(after);
  return {
    ok: false,
    code: "micro_deposit_amounts_mismatch",
    message: locked
      ? `The amounts do not match the micro-deposits sent to ${row.id}; no attempts are left and it is now failed.`
      : `The amounts do not match the micro-deposits sent to ${row.id}; ${left} attempt${left === 1 ? "" : "s"} left.`,
    recorded: true,
    attemptsRemaining: left,
    row: after,
  };
}
