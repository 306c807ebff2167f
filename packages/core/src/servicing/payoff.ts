import { isLeapYear, type LocalDate, maxDate, toParts } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { divideRounded } from "../money/index.js";
import { prepaymentFeeMinor as prepaymentFee } from "./charges.js";
import type { LoanEvent } from "./events.js";
import type { ServicingPolicy } from "./policy.js";
import { replay } from "./replay.js";
import type { Loan, LoanState } from "./state.js";
import { replayStateOf } from "./working.js";

/**
 * What it takes to close the loan on `goodThroughDate`, in minor units. `amountMinor` is the sum
 * of the breakdown's principal, interest, fees and penalties; a credit balance is not netted (it
 * is returned by a refund). Paying later costs `perDiemMinor` more per day.
 *
 * @example const quote = unwrap(quotePayoff(loan, events, date("2026-07-15"))); quote.amountMinor
 */
export interface PayoffQuote {
  readonly amountMinor: bigint;
  /** Interest one more day adds at the current principal and rate (rounded by the terms' interest mode). */
  readonly perDiemMinor: bigint;
  readonly goodThroughDate: LocalDate;
  readonly breakdown: {
    readonly principalMinor: bigint;
    /** Interest due and unpaid + accrued to the payoff date + deferred. */
    readonly interestMinor: bigint;
    /** Fees due and unpaid + the prepayment fee. */
    readonly feesMinor: bigint;
    /** The part of `feesMinor` that is the prepayment fee on the principal not yet due (0 after maturity). */
    readonly prepaymentFeeMinor: bigint;
    /** Penalties charged and unpaid + penalty interest accrued to the payoff date. */
    readonly penaltiesMinor: bigint;
    /** Credit balance held for the borrower (refunded separately). */
    readonly creditBalanceMinor: bigint;
  };
}

/** The payoff quote for a replayed state. @example payoffOf(state).amountMinor */
export function payoffOf(state: LoanState): PayoffQuote {
  const { outstanding } = state;
  const interestMinor = outstanding.interestMinor + state.accruedInterestMinor + state.deferredInterestMinor;
  const penaltiesMinor = outstanding.penaltiesMinor + state.accruedPenaltyMinor;
  const notDue = state.principalNotDueMinor;
  const { accrual, activeSettlementId } = replayStateOf(state);
  // While a settlement runs no payment is charged the prepayment fee (see `SettlementTermEvent`).
  const prepaymentFeeMinor = activeSettlementId ? 0n : prepaymentFee(state.loan.policy, notDue, notDue);
  const feesMinor = outstanding.feesMinor + prepaymentFeeMinor;
  const { dayCount, rounding } = state.loan.terms;
  const unitsPerDay = dayCount === "actual/actual-isda" ? (isLeapYear(toParts(state.asOf).year) ? 365n : 366n) : 1n;
  const perDiemMinor = divideRounded(
    state.principalBalanceMinor * accrual.rateUnits * unitsPerDay,
    accrual.denominator,
    rounding.interestMode,
  );
  return {
    amountMinor: outstanding.principalMinor + interestMinor + feesMinor + penaltiesMinor,
    perDiemMinor,
    goodThroughDate: state.asOf,
    breakdown: {
      principalMinor: outstanding.principalMinor,
      interestMinor,
      feesMinor,
      prepaymentFeeMinor,
      penaltiesMinor,
      creditBalanceMinor: state.creditBalanceMinor,
    },
  };
}

/**
 * Quotes a payoff for `payoffDate`: replays the events to that date and sums what is owed,
 * including interest accrued up to (not including) that date (a flat-interest loan owes no interest
 * not yet due: it is rebated in full), or with the policy's `payoffInterest: "to-period-end"` the whole current
 * period's interest, to its due date. A payment of `amountMinor` dated
 * `payoffDate` pays the loan off. Fails with `loan_closed` on a charged-off or written-off loan.
 *
 * @example quotePayoff({ terms, policy }, events, date("2026-07-15"))
 */
export function quotePayoff(loan: Loan, events: ReadonlyArray<LoanEvent>, payoffDate: LocalDate): Result<PayoffQuote> {
  const state = replay(loan, events, payoffDate);
  if (!state.ok) return state;
  if (state.value.status === "charged-off" || state.value.status === "written-off") {
    return fail("loan_closed", "a charged-off loan has no payoff quote", ["payoffDate"]);
  }
  const quote = payoffOf(state.value);
  if (loan.policy.payoffInterest !== "to-period-end") return ok(quote);
  return toPeriodEnd(loan, events, state.value, quote);
}

/**
 * The quote with the whole current period's interest: the interest owed on the period's due date (replayed there
 * with no event after the payoff date) in place of the interest accrued to the payoff date; the rest is as of the
 * payoff date.
 */
function toPeriodEnd(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  state: LoanState,
  quote: PayoffQuote,
): Result<PayoffQuote> {
  const current = state.installments.find((i) => !i.hasFallenDue && !i.isSkipped && i.dueDate > state.asOf);
  if (current === undefined || state.principalBalanceMinor === 0n) return ok(quote);
  const known = events.filter((event) => event.effectiveDate <= state.asOf);
  const atEnd = replay(loan, known, current.dueDate);
  if (!atEnd.ok) return atEnd;
  const end = atEnd.value;
  const interestMinor = end.outstanding.interestMinor + end.accruedInterestMinor + end.deferredInterestMinor;
  const extraMinor = interestMinor - quote.breakdown.interestMinor;
  return ok({
    ...quote,
    amountMinor: quote.amountMinor + extraMinor,
    breakdown: { ...quote.breakdown, interestMinor },
  });
}

/**
 * Checks a new event against the stored ones by replaying them all with it, to `asOf` or the
 * event's date if later. Returns the state after the event (a preview) or the event's specific
 * error: `duplicate_event`, `invalid_amount`, `payment_before_disbursement`,
 * `event_before_disbursement`, `unknown_transaction`, `already_reversed`, `unknown_charge`,
 * `waiver_exceeds_fee`, `refund_exceeds_credit`, `loan_closed`, `loan_charged_off`,
 * `loan_not_charged_off`, `disbursement_exceeds_principal`, `invalid_rate`, `invalid_holiday`,
 * `invalid_reschedule`; a payment that would leave a credit balance above the policy's
 * `maxCreditBalanceMinor` is `credit_balance_exceeds_limit`.
 *
 * @example validateEvent(loan, stored, { id: "pmt_9", type: "payment", effectiveDate: date("2026-03-01"), amountMinor: -5n }, today)
 * // { ok: false, error: { code: "invalid_amount", … } }
 */
export function validateEvent(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  newEvent: LoanEvent,
  asOf: LocalDate,
): Result<LoanState> {
  if (events.some((e) => e.id === newEvent.id)) {
    return fail("duplicate_event", `event id ${newEvent.id} is already used`, ["id"], { eventId: newEvent.id });
  }
  const state = replay(loan, [...events, newEvent], maxDate(asOf, newEvent.effectiveDate));
  if (!state.ok || newEvent.type !== "payment") return state;
  return withinCreditLimit(loan.policy, state.value);
}

/** A payment may leave at most the product's credit balance (money held beyond everything owed). */
export function withinCreditLimit(policy: ServicingPolicy, state: LoanState): Result<LoanState> {
  const limit = policy.maxCreditBalanceMinor;
  if (limit === undefined || state.creditBalanceMinor <= limit) return ok(state);
  return fail(
    "credit_balance_exceeds_limit",
    `the payment would leave a credit balance of ${state.creditBalanceMinor} minor units; the product accepts at most ${limit}`,
    ["amountMinor"],
    { creditBalanceMinor: state.creditBalanceMinor.toString(), maxCreditBalanceMinor: limit.toString() },
  );
}
