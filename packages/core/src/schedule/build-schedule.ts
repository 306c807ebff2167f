import type { LocalDate } from "../calendar/index.js";
import { ok, type Result } from "../errors/index.js";
import { divideRounded } from "../money/index.js";
import { dueDatePoints } from "./due-dates.js";
import { type InterestFactors, interestFactors } from "./interest-factors.js";
import { actualRatesLevelPayment, adjustLastInstallment } from "./level-options.js";
import { roundedLevelPayment, roundToMultiple } from "./level-payment.js";
import { buildRows, divideNonNegative, divisorOf, type Plan, reduced, type ScheduleRow } from "./schedule-rows.js";
import type { ScheduleTerms } from "./terms.js";

export type { ScheduleRow } from "./schedule-rows.js";

/**
 * An amortization schedule. Invariants (checked on every build): the principal of all rows sums to the amount
 * financed exactly, no balance is negative, and the last row leaves a zero balance.
 */
export interface Schedule {
  readonly currency: string;
  readonly rows: ReadonlyArray<ScheduleRow>;
  readonly totals: {
    readonly principalMinor: bigint;
    readonly interestMinor: bigint;
    readonly feesMinor: bigint;
    readonly paymentMinor: bigint;
  };
}

/**
 * The annuity's level payment. Normally the odd first period's interest is spread over every installment (all equal).
 * When that first period accrues more interest than the level payment (a long odd period on a long loan), the
 * balance would have to grow; instead the payment is the regular annuity and the first installment also carries the
 * odd period's extra interest (`isOddInterestInFirstRow`).
 */
function annuityPayment(
  terms: ScheduleTerms,
  factors: InterestFactors,
): { level: bigint; isOddInterestInFirstRow: boolean } {
  const grace = terms.principalGracePeriods ?? 0;
  const { installmentMultipleMinor: multiple, mode, interestMode } = terms.rounding;
  const firstNumerator = factors.numerators[grace] ?? 0n;
  const [a, b] = reduced(factors.regularNumerator, factors.denominator);
  const solve = (c: bigint, d: bigint) =>
    roundedLevelPayment(
      terms.principalMinor,
      terms.balloonMinor ?? 0n,
      a,
      b,
      c,
      d,
      terms.numberOfPayments - grace,
      multiple,
      mode,
    );
  const [c, d] = reduced(firstNumerator, factors.denominator);
  const level = terms.levelPaymentRates === "actual" ? actualRatesLevelPayment(terms, factors, grace) : solve(c, d);
  const firstInterest = divideNonNegative(
    terms.principalMinor * firstNumerator,
    divisorOf(factors.denominator),
    interestMode,
  );
  if (firstInterest <= level || terms.numberOfPayments - grace < 2) return { level, isOddInterestInFirstRow: false };
  return { level: solve(a, b), isOddInterestInFirstRow: true };
}

function makePlan(terms: ScheduleTerms): Plan {
  const points = dueDatePoints(terms);
  const factors = interestFactors(terms, points);
  const { installmentMultipleMinor: multiple, mode, interestMode } = terms.rounding;
  const n = terms.numberOfPayments;
  const principalRows = BigInt(n - (terms.principalGracePeriods ?? 0));
  const principal = terms.principalMinor;
  if (terms.interestMethod === "flat") {
    let sum = 0n;
    for (const numerator of factors.numerators) sum += numerator;
    const flatTotalMinor = divideRounded(principal * sum, factors.denominator, interestMode);
    const flatPerRowMinor = flatTotalMinor / BigInt(n); // the last row takes the remainder
    // principal / principal rows + total interest / rows = (L·n + I·m) / (m·n), rounded once
    const rows = BigInt(n);
    const levelMinor = roundToMultiple(
      principal * rows + flatTotalMinor * principalRows,
      principalRows * rows,
      multiple,
      mode,
    );
    return { points, factors, levelMinor, flatPerRowMinor, flatTotalMinor, isOddInterestInFirstRow: false };
  }
  let levelMinor = 0n;
  let isOddInterestInFirstRow = false;
  if (terms.amortization === "equal-installments") {
    ({ level: levelMinor, isOddInterestInFirstRow } = annuityPayment(terms, factors));
  }
  if (terms.amortization === "equal-principal") {
    const principalMultiple = terms.rounding.multipleAppliesTo === "level-installments" ? 1n : multiple;
    levelMinor = roundToMultiple(principal, principalRows, principalMultiple, mode);
  }
  const plan = { points, factors, levelMinor, flatPerRowMinor: 0n, flatTotalMinor: 0n, isOddInterestInFirstRow };
  const isAdjusted = terms.isLastInstallmentAdjusted === true && terms.amortization === "equal-installments";
  return isAdjusted && !isOddInterestInFirstRow ? adjustLastInstallment(terms, plan) : plan;
}

/** A schedule's due dates and level installment, without its rows. */
export interface ScheduleOutline {
  /** `rows[k].dueDate` of `buildSchedule`. */
  readonly dueDates: ReadonlyArray<LocalDate>;
  /** `regularPaymentMinor`. */
  readonly levelMinor: bigint;
}

/**
 * The due dates and the level installment of the terms' schedule, without computing its rows: servicing plans an
 * annuity or interest-only loan from these alone, as it accrues interest itself.
 *
 * @example scheduleOutline(terms).dueDates[0] === unwrap(buildSchedule(terms)).rows[0]?.dueDate
 */
export function scheduleOutline(terms: ScheduleTerms): ScheduleOutline {
  const plan = makePlan(remainingTerms(terms));
  const dueDates: LocalDate[] = new Array(plan.points.length);
  for (let k = 0; k < dueDates.length; k++) dueDates[k] = plan.points[k]!.date;
  if (terms.downPayment !== undefined) dueDates.unshift(terms.disbursementDate);
  return { dueDates, levelMinor: plan.levelMinor };
}

/**
 * The level installment (principal + interest, fees excluded) of the terms, rounded to the installment multiple:
 * the annuity payment for equal installments (with any odd first period, grace and balloon taken into account),
 * the level principal for equal principal, and 0 for interest-only loans (which have no level principal).
 *
 * @example regularPaymentMinor(terms) === 119_910n // $200,000 at 6 % over 360 months: Excel PMT(0.06/12, 360, -200000)
 */
export function regularPaymentMinor(terms: ScheduleTerms): bigint {
  return makePlan(remainingTerms(terms)).levelMinor;
}

/**
 * Builds the amortization schedule of validated terms. Each period's interest is computed exactly from the rate's
 * decimal digits and rounded once by `rounding.interestMode`; the regular installment is rounded to
 * `rounding.installmentMultipleMinor`, and the last installment settles whatever is left, so the principal always
 * sums to the amount financed. Interest accrued in interest-grace periods is deferred (not capitalized) and
 * collected with the first installment after them.
 *
 * @example
 * const schedule = buildSchedule(terms);
 * if (schedule.ok) console.log(schedule.value.rows[0]?.totalMinor); // 119_910n
 */
export function buildSchedule(terms: ScheduleTerms): Result<Schedule> {
  if (terms.downPayment !== undefined) {
    const rest = buildSchedule(remainingTerms(terms));
    return rest.ok ? ok(withDownPayment(terms, terms.downPayment.amountMinor, rest.value)) : rest;
  }
  const plan = makePlan(terms);
  const { rows, totalInterest } = buildRows(terms, plan);
  return ok(withTotals(terms, rows, totalInterest, terms.feesPerInstallmentMinor ?? 0n));
}

/** The schedule of `rows` with its totals. */
function withTotals(terms: ScheduleTerms, rows: ScheduleRow[], totalInterest: bigint, feesMinor: bigint): Schedule {
  const feesTotal = feesMinor * BigInt(rows.length);
  return {
    currency: terms.currency,
    rows,
    totals: {
      principalMinor: terms.principalMinor,
      interestMinor: totalInterest,
      feesMinor: feesTotal,
      paymentMinor: terms.principalMinor + totalInterest + feesTotal,
    },
  };
}

/**
 * The terms of the installments after a down payment: the rest of the principal over the other installments, from
 * the same first payment date (the terms themselves when there is no down payment).
 *
 * @example remainingTerms(terms).principalMinor === terms.principalMinor - terms.downPayment.amountMinor
 */
export function remainingTerms(terms: ScheduleTerms): ScheduleTerms {
  const { downPayment, ...rest } = terms;
  if (downPayment === undefined) return terms;
  return {
    ...rest,
    principalMinor: terms.principalMinor - downPayment.amountMinor,
    numberOfPayments: terms.numberOfPayments - 1,
  };
}

/** The down payment as installment 1 (due on the disbursement date, principal only) before the other rows. */
function withDownPayment(terms: ScheduleTerms, downMinor: bigint, rest: Schedule): Schedule {
  const first: ScheduleRow = {
    number: 1,
    startDate: terms.disbursementDate,
    dueDate: terms.disbursementDate,
    days: 0,
    principalMinor: downMinor,
    interestMinor: 0n,
    feesMinor: 0n,
    totalMinor: downMinor,
    balanceMinor: terms.principalMinor - downMinor,
  };
  return {
    currency: rest.currency,
    rows: [first, ...rest.rows.map((row) => ({ ...row, number: row.number + 1 }))],
    totals: {
      ...rest.totals,
      principalMinor: terms.principalMinor,
      paymentMinor: rest.totals.paymentMinor + downMinor,
    },
  };
}
