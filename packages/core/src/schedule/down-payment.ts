import { fail, ok, type Result } from "../errors/index.js";

/**
 * A down payment: the first installment taken at origination (BNPL pay-in-4 style), due on the disbursement date;
 * the remaining installments amortize the rest of the principal.
 */
export interface DownPayment {
  /** The first installment, in minor units; 0 < amount < principal (less any balloon). */
  readonly amountMinor: bigint;
  /**
   * true: collected at once at disbursement, so it is never credit (the amount financed is net of it); false
   * (default): an installment due on the disbursement date, owed like any other.
   */
  readonly isCollectedAtDisbursement: boolean;
}

/** A down payment as it arrives in `ScheduleTermsInput`. */
export interface DownPaymentInput {
  readonly amountMinor: bigint | number;
  readonly isCollectedAtDisbursement?: boolean;
}

interface Loan {
  readonly principalMinor: bigint;
  readonly balloonMinor: bigint;
  readonly numberOfPayments: number;
  readonly principalGracePeriods: number;
}

/**
 * Checks a down payment against the loan it starts: a whole positive amount below the principal (less the balloon),
 * at least one installment after it, and principal grace only on those. Codes `invalid_amount` and `invalid_term`.
 *
 * @example checkDownPayment({ amountMinor: 2_500n }, { principalMinor: 10_000n, balloonMinor: 0n, numberOfPayments: 4, principalGracePeriods: 0 })
 */
export function checkDownPayment(input: DownPaymentInput | undefined, loan: Loan): Result<DownPayment | undefined> {
  if (input === undefined) return ok(undefined);
  const path = ["downPayment", "amountMinor"];
  const amount = typeof input.amountMinor === "bigint" ? input.amountMinor : toBigInt(input.amountMinor);
  if (amount === undefined || amount <= 0n || amount >= loan.principalMinor - loan.balloonMinor) {
    return fail("invalid_amount", "the down payment must be a whole amount above 0 and below the principal", path);
  }
  if (loan.numberOfPayments < 2) {
    return fail("invalid_term", "a down payment needs at least one installment after it", ["numberOfPayments"]);
  }
  if (loan.principalGracePeriods > loan.numberOfPayments - 2) {
    return fail("invalid_term", "principal grace must leave an installment after the down payment", [
      "principalGracePeriods",
    ]);
  }
  return ok(
    Object.freeze({ amountMinor: amount, isCollectedAtDisbursement: input.isCollectedAtDisbursement === true }),
  );
}

function toBigInt(value: number): bigint | undefined {
  return Number.isSafeInteger(value) ? BigInt(value) : undefined;
}
