import type { LocalDate } from "../calendar/index.js";
import { fail, InvariantError, ok, type Result } from "../errors/index.js";
import { delinquencyBucketFor } from "../products/index.js";
import { accrualDenominator, toRateUnits } from "./accrual.js";
import { applyEvent } from "./apply-event.js";
import { type ContractPlan, contractPlan } from "./contract.js";
import { compareEvents, type LoanEvent } from "./events.js";
import { applyReversal, type ReversalPart, resolveReversals, reversedAsOf } from "./reversal.js";
import type { Installment, Loan, LoanState } from "./state.js";
import { summarize, updateStatus, zeroBuckets } from "./summary.js";
import { advanceTo } from "./timeline.js";
import { checkpointCopy, markOwner, thaw, type Working } from "./working.js";

function initialWorking(loan: Loan, plan: ContractPlan): Working {
  const { terms } = loan;
  const installments: Installment[] = plan.rows.map((row) => ({
    number: row.number,
    dueDate: row.dueDate,
    status: "future",
    kind: row.kind,
    plannedMinor: row.plannedMinor,
    plannedFeesMinor: row.feesMinor,
    hasFallenDue: false,
    isSkipped: false,
    plannedInterestMinor: row.plannedInterestMinor,
    isInterestDeferred: row.isInterestDeferred,
    principalDueMinor: 0n,
    interestDueMinor: 0n,
    principalPaidMinor: 0n,
    interestPaidMinor: 0n,
    isLateFeeAssessed: false,
  }));
  return {
    loan,
    asOf: terms.disbursementDate,
    currency: terms.currency,
    status: "pending",
    annualRatePercent: terms.annualRatePercent,
    disbursedMinor: 0n,
    outstanding: zeroBuckets,
    overdue: zeroBuckets,
    accruedInterestMinor: 0n,
    deferredInterestMinor: 0n,
    creditBalanceMinor: 0n,
    daysPastDue: 0,
    delinquencyBucket: delinquencyBucketFor(loan.policy.delinquencyBuckets, 0),
    isNonPerforming: false,
    nextDue: null,
    installments,
    charges: [],
    transactions: [],
    journal: [],
    scheduleHistory: [],
    chargedOff: null,
    recoveredMinor: 0n,
    accrual: {
      through: terms.disbursementDate,
      periodStart: terms.disbursementDate,
      periodDays: 0n,
      scaled: 0n,
      denominator: accrualDenominator(terms.dayCount),
      // A flat-interest loan earns its scheduled interest at each due date, not daily.
      rateUnits: terms.interestMethod === "flat" ? 0n : toRateUnits(terms.annualRatePercent),
      bookedMinor: 0n,
    },
    principalBalanceMinor: 0n,
    refundedMinor: 0n,
    dueDateAnchor: { firstDueDate: terms.firstPaymentDate, firstNumber: 1 },
    lateFeeIndex: 0,
    principalNotDueMinor: 0n,
    levelInstallmentMinor: plan.levelInstallmentMinor,
    firstOpenIndex: 0,
    nextDueIndex: 0,
    accruedPenaltyMinor: 0n,
    penaltyAccrual: { through: terms.disbursementDate, remainderScaled: 0n },
    isScraProtected: false,
    activeSettlementId: null,
  };
}

const amountTypes = new Set(["disbursement", "payment", "refund", "fee-charge", "fee-waiver", "recovery"]);

/** Checks that need no state: unique ids, positive amounts, reversal targets and amounts. */
export function preflight(events: ReadonlyArray<LoanEvent>): Result<Map<string, ReversalPart>> {
  const byId = new Map<string, LoanEvent>();
  for (const event of events) {
    if (byId.has(event.id))
      return fail("duplicate_event", `event id ${event.id} is used twice`, ["id"], { eventId: event.id });
    byId.set(event.id, event);
    if (
      "amountMinor" in event &&
      (amountTypes.has(event.type) || event.amountMinor !== undefined) &&
      !(typeof event.amountMinor === "bigint" && event.amountMinor > 0n)
    ) {
      return fail("invalid_amount", "amountMinor must be a positive whole number of minor units", ["amountMinor"], {
        eventId: event.id,
      });
    }
    if (event.type === "payment-reversal" && event.nsfFeeMinor !== undefined && event.nsfFeeMinor < 0n) {
      return fail("invalid_amount", "nsfFeeMinor must not be negative", ["nsfFeeMinor"], { eventId: event.id });
    }
  }
  return resolveReversals(events, byId);
}

/** Where a walk over the events stands besides the working state: the date of the opening balances, if any. */
export interface Walk {
  openedOn: LocalDate | undefined;
}

/**
 * Applies one event in date order: the checks against the opening balances and the first disbursement,
 * the day-by-day walk to its date, the event (a reversal through `reverse`), the status after it.
 */
export function applyInOrder(
  w: Working,
  walk: Walk,
  event: LoanEvent,
  reverse: (event: LoanEvent & { type: "payment-reversal" }) => Result<true>,
): Result<true> {
  if (walk.openedOn !== undefined && event.effectiveDate <= walk.openedOn) {
    return fail(
      "event_before_opening",
      `${event.type} ${event.id} is dated on or before the opening balances`,
      ["effectiveDate"],
      { eventId: event.id },
    );
  }
  if (event.type === "opening-balance" && w.status === "pending") walk.openedOn = event.effectiveDate;
  else if (w.status === "pending" && event.type !== "disbursement") {
    const code = event.type === "payment" ? "payment_before_disbursement" : "event_before_disbursement";
    return fail(code, `${event.type} ${event.id} is dated before the first disbursement`, ["effectiveDate"], {
      eventId: event.id,
    });
  }
  if (w.status !== "pending") advanceTo(w, event.effectiveDate);
  const applied = event.type !== "payment-reversal" ? applyEvent(w, event) : reverse(event);
  if (!applied.ok)
    return fail(applied.error.code, applied.error.message, applied.error.path, {
      ...applied.error.details,
      eventId: event.id,
    });
  updateStatus(w);
  return ok(true);
}

/** The walk of `run`, with the opening balances' date it found (a resumed walk needs it). */
export function walkAll(
  loan: Loan,
  events: ReadonlyArray<LoanEvent>,
  asOf: LocalDate,
  keepCheckpoint = false,
): Result<{ w: Working; walk: Walk; saved: Working | undefined }> {
  const checked = preflight(events);
  if (!checked.ok) return checked;
  const plan = contractPlan(loan.terms);
  if (!plan.ok) return plan;
  const w = markOwner(initialWorking(loan, plan.value));
  const sorted = events.filter((e) => e.effectiveDate <= asOf).sort(compareEvents);
  const reversed = reversedAsOf(checked.value, asOf);
  const walk: Walk = { openedOn: undefined };
  const reverse = (event: LoanEvent) => {
    const part = checked.value.get(event.id);
    return part === undefined
      ? fail("unknown_transaction", "no such payment", ["transactionId"])
      : applyReversal(w, part, events, run);
  };
  for (const stored of sorted) {
    // A payment partly reversed replays as if it had been that much smaller; wholly reversed, not at all.
    const returnedMinor = stored.type === "payment" ? (reversed.get(stored.id) ?? 0n) : 0n;
    const event =
      stored.type === "payment" && returnedMinor > 0n
        ? { ...stored, amountMinor: stored.amountMinor - returnedMinor }
        : stored;
    if (event.type === "payment" && event.amountMinor === 0n) continue;
    const applied = applyInOrder(w, walk, event, reverse);
    if (!applied.ok) return applied;
  }
  const last = sorted.at(-1)?.effectiveDate;
  const saved = keepCheckpoint && last !== undefined ? checkpointCopy(w, last) : undefined;
  if (w.status !== "pending") advanceTo(w, asOf);
  summarize(w, asOf);
  return ok({ w, walk, saved });
}

function run(loan: Loan, events: ReadonlyArray<LoanEvent>, asOf: LocalDate): Result<Working> {
  const walked = walkAll(loan, events, asOf);
  return walked.ok ? ok(walked.value.w) : walked;
}

/**
 * The loan's full state as of `asOf`: events dated up to `asOf` are applied in
 * (effectiveDate, postedAt, id) order, day by day, with interest accrued daily on the principal
 * actually outstanding, installments falling due, late fees after the grace days, payments
 * allocated by the waterfall, and the journal posted. A payment whose reversal is dated on or
 * before `asOf` is left out entirely (as if it never arrived); its original postings and their
 * reversing entries are booked on the reversal date. A reversal with `amountMinor` returns only that
 * much: the payment replays as if it had been that much smaller, and the returned part's postings are
 * booked on the payment's date and reversed on the reversal's; several may return a payment piece by
 * piece, never more than it was (`reversal_exceeds_payment`). A bad event fails with its specific code and
 * `details.eventId`.
 *
 * @example
 * const state = replay({ terms, policy }, events, date("2026-06-30"));
 * if (state.ok) console.log(state.value.outstanding.totalMinor, state.value.daysPastDue);
 */
export function replay(loan: Loan, events: ReadonlyArray<LoanEvent>, asOf: LocalDate): Result<LoanState> {
  return run(loan, events, asOf);
}

/**
 * The daily close: advances a saved state by one business day with no new events (interest
 * accrues, installments fall due, late fees are assessed, delinquency is updated). Equal to
 * `replay` of the same events to `date`; the input state is not changed.
 *
 * @example
 * const tomorrow = closeDay(state, addDays(state.asOf, 1));
 */
export function closeDay(state: LoanState, date: LocalDate): LoanState {
  if (date <= state.asOf) throw new InvariantError(`closeDay(${date}) must move past ${state.asOf}`);
  const w = thaw(state);
  if (w.status !== "pending") advanceTo(w, date);
  return summarize(w, date);
}
