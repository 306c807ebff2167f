import type { LocalDate } from "../calendar/index.js";

/**
 * One attempt to withdraw a payment from the borrower's account (ACH, card, check, …), in the
 * order made. `failedForInsufficientFunds` is a return for lack of funds (R01/R09) or a decline
 * for the same reason; only those count under 12 CFR 1041.8.
 *
 * @example const attempt: PaymentTransferAttempt = { id: "pmt_1", initiatedOn: date("2026-12-01"), outcome: "failed-insufficient-funds" };
 */
export interface PaymentTransferAttempt {
  readonly id: string;
  readonly initiatedOn: LocalDate;
  readonly outcome: "succeeded" | "pending" | "failed-insufficient-funds" | "failed-other";
}

/**
 * A new and specific authorization (12 CFR 1041.8(c)) or a one-time electronic transfer the
 * borrower asked for (1041.8(d)), obtained on `grantedOn`.
 *
 * @example const auth: PaymentReauthorization = { id: "auth_2", grantedOn: date("2026-12-10") };
 */
export interface PaymentReauthorization {
  readonly id: string;
  readonly grantedOn: LocalDate;
}

/** The 1041.8 decision for the next attempt. */
export type PaymentTransferDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly code: "payment_transfers_blocked_after_two_failures";
      /** The two consecutive failed attempts that triggered the prohibition. */
      readonly failedAttemptIds: readonly [string, string];
      readonly message: string;
    };

/**
 * CFPB payday rule, payment provision (12 CFR 1041.8(b)): after two consecutive attempts to
 * withdraw payment from the consumer's account on a covered loan fail for insufficient funds, the
 * lender makes no further attempt unless the consumer gives a new and specific authorization
 * (1041.8(c)) or asks for a one-time transfer (1041.8(d)). A success resets the count. A new
 * authorization lifts the block when granted on a later date than the second failed attempt was
 * initiated; two more consecutive failures after it block again. Pending attempts and failures for
 * other reasons count as neither success nor failure. An uncovered loan is never blocked.
 *
 * @see 12 CFR 1041.8 (prohibited payment transfer attempts)
 * @example
 * checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [failed1, failed2], reauthorizations: [] }).allowed === false
 */
export function checkPaymentTransferAllowed(input: {
  readonly isCoveredLoan: boolean;
  /** In the order they were made. */
  readonly attempts: ReadonlyArray<PaymentTransferAttempt>;
  readonly reauthorizations: ReadonlyArray<PaymentReauthorization>;
}): PaymentTransferDecision {
  if (!input.isCoveredLoan) return { allowed: true };
  let failures: string[] = [];
  let blockedSince: LocalDate | null = null;
  let blockingPair: readonly [string, string] = ["", ""];
  const lifts = (since: LocalDate, until: LocalDate | null) =>
    input.reauthorizations.some((r) => r.grantedOn > since && (until === null || r.grantedOn <= until));
  for (const attempt of input.attempts) {
    if (blockedSince !== null && lifts(blockedSince, attempt.initiatedOn)) {
      blockedSince = null;
      failures = [];
    }
    if (attempt.outcome === "succeeded") failures = [];
    else if (attempt.outcome === "failed-insufficient-funds") failures.push(attempt.id);
    if (failures.length >= 2 && blockedSince === null) {
      blockedSince = attempt.initiatedOn;
      blockingPair = [failures[failures.length - 2]!, failures[failures.length - 1]!];
    }
  }
  if (blockedSince === null || lifts(blockedSince, null)) return { allowed: true };
  return {
    allowed: false,
    code: "payment_transfers_blocked_after_two_failures",
    failedAttemptIds: blockingPair,
    message: "two consecutive attempts failed for insufficient funds; a new authorization is required (12 CFR 1041.8)",
  };
}
