import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, decimal } from "../money/index.js";
import type { AprInput, CashFlow } from "./apr-input.js";
import { chooseUnitPeriod } from "./choose-unit-period.js";
import { type FlowRun, presentValueBounds, presentValueFloat } from "./discount.js";
import { countRuns } from "./flow-runs.js";
import { regularizeFirstPeriod } from "./odd-first-period.js";
import { dateNumbers, packDates, type UnitPeriod, unitPeriodsPerYear } from "./unit-period.js";

/** An APR and how it was measured. */
export interface AprResult {
  /** The nominal APR in percent, to `aprScale` decimals (1e-6 percent), proven to be within half a unit of the root. */
  readonly aprPercent: Decimal;
  readonly unitPeriod: UnitPeriod;
  /** Unit periods per year (365/k, 52/k, 24, 12/k or 1; a fraction for single-payment terms in days). */
  readonly periodsPerYear: number;
  /**
   * With `oddFirstPeriod: "disregard"`: days by which the real first period is longer (+) or shorter (−) than the
   * regular one it was treated as (0 when it was regular).
   */
  readonly oddFirstPeriodDays?: number;
}

/** Decimals of a computed APR in percent. */
export const aprScale = 6;
const aprUnitsPerPercent = 10n ** BigInt(aprScale);
/** Highest APR the solver searches, in percent. */
const maxAprPercent = 1_000_000;

/** Flows counted in unit periods and grouped into runs, ready for the solver. */
export interface CountedFlows {
  readonly runs: ReadonlyArray<FlowRun>;
  readonly unitPeriod: UnitPeriod;
  readonly perYear: { readonly numerator: bigint; readonly denominator: bigint };
  readonly paymentsTotal: bigint;
  readonly advancesTotal: bigint;
}

/**
 * Checks that flows have whole, non-negative amounts (zero flows are ignored). Dates are `LocalDate`s, already parsed
 * by `parseLocalDate` at the edge.
 *
 * @example checkCashFlows(payments, "payments") // ok(true)
 */
export function checkCashFlows(flows: ReadonlyArray<CashFlow>, name: string): Result<true> {
  for (let index = 0; index < flows.length; index++) {
    const amount = flows[index]!.amountMinor;
    if (typeof amount !== "bigint" || amount < 0n) {
      return fail("invalid_amount", `${name}[${index}] must be a whole, non-negative amount of minor units`, [
        name,
        index,
      ]);
    }
  }
  return ok(true);
}

/** Counts every flow in unit periods from the first advance and groups them (Appendix J (b)(5), (b)(8)). */
export function countFlows(input: AprInput): Result<CountedFlows> {
  if (input.advances.length === 0) return fail("invalid_term", "at least one advance is needed", ["advances"]);
  if (input.payments.length === 0) return fail("invalid_term", "at least one payment is needed", ["payments"]);
  const checked = checkCashFlows(input.advances, "advances");
  if (!checked.ok) return checked;
  const checkedPayments = checkCashFlows(input.payments, "payments");
  if (!checkedPayments.ok) return checkedPayments;
  const advances = positiveByDate(input.advances, packDates(input.advances));
  let paymentDates = packDates(input.payments);
  const payments = positiveByDate(input.payments, paymentDates);
  if (advances.length === 0 || payments.length === 0) {
    return fail("invalid_amount", "advances and payments must include a positive amount", ["payments"]);
  }
  if (payments !== input.payments) paymentDates = packDates(payments);
  const startDate = advances[0]!.date;
  if (payments[0]!.date < startDate) {
    return fail("first_payment_before_disbursement", "a payment falls before the first advance", ["payments", 0]);
  }
  const start = dateNumbers(startDate);
  const unitPeriod = input.unitPeriod ?? chooseUnitPeriod(start, paymentDates);
  const advanceRuns = countRuns(start, -1, advances, unitPeriod);
  const paymentRuns = countRuns(start, 1, payments, unitPeriod, paymentDates);
  return ok({
    runs: [...advanceRuns, ...paymentRuns],
    unitPeriod,
    perYear: unitPeriodsPerYear(unitPeriod),
    paymentsTotal: runsTotal(paymentRuns),
    advancesTotal: runsTotal(advanceRuns),
  });
}

/**
 * The flows with a positive amount, in date order; the input itself when it already is (no copy, no sort). `dates`
 * are the flows' packed dates, whose integer order is date order.
 */
function positiveByDate(flows: ReadonlyArray<CashFlow>, dates: Int32Array): ReadonlyArray<CashFlow> {
  let isReady = true;
  for (let index = 0; index < flows.length && isReady; index++) {
    isReady = flows[index]!.amountMinor > 0n && (index === 0 || dates[index - 1]! <= dates[index]!);
  }
  if (isReady) return flows;
  const byDate = (a: CashFlow, b: CashFlow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return flows.filter((flow) => flow.amountMinor > 0n).sort(byDate);
}

/** Σ amount × count over runs, in minor units. */
function runsTotal(runs: ReadonlyArray<FlowRun>): bigint {
  let total = 0n;
  for (const run of runs) total += run.amountMinor * BigInt(run.count);
  return total;
}

/** Float seed: bracket, then Newton steps guarded by bisection on the unit-period rate. */
function seedRate(runs: ReadonlyArray<FlowRun>): number {
  let low = 0;
  let high = 0.01;
  while (presentValueFloat(runs, high) > 0 && high < 1e4) high *= 2;
  let rate = (low + high) / 2;
  for (let step = 0; step < 100; step++) {
    const value = presentValueFloat(runs, rate);
    if (value > 0) low = rate;
    else high = rate;
    const h = Math.max(rate * 1e-7, 1e-12);
    const slope = (presentValueFloat(runs, rate + h) - value) / h;
    let next = slope < 0 ? rate - value / slope : (low + high) / 2;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - rate) <= rate * 1e-15 || high - low < 1e-16) return next;
    rate = next;
  }
  return rate;
}

/**
 * Is the root at or below APR = (units + 1/2) × 10^-6 percent? Decided exactly: the discounted payments minus
 * advances at that rate have a proven upper bound ≤ 0 (the equation falls as the rate rises).
 */
function isRootAtOrBelow(counted: CountedFlows, units: bigint): boolean {
  // i = APR / (100 × periods per year) = (2·units + 1) × den / (2 × 10^6 × 100 × num)
  const numerator = (2n * units + 1n) * counted.perYear.denominator;
  const denominator = 2n * aprUnitsPerPercent * 100n * counted.perYear.numerator;
  return presentValueBounds(counted.runs, numerator, denominator)[0] <= 0n;
}

/** The APR in units of 10^-6 percent: the smallest `units` whose upper half-point has the root at or below it. */
export function solveAprUnits(counted: CountedFlows): bigint {
  const perYear = Number(counted.perYear.numerator) / Number(counted.perYear.denominator);
  const guess = BigInt(Math.round(seedRate(counted.runs) * perYear * 100 * Number(aprUnitsPerPercent)));
  const limit = BigInt(maxAprPercent) * aprUnitsPerPercent;
  let low = -1n; // invariant: not at-or-below(low) (or low = -1)
  let high = limit; // invariant: at-or-below(high)
  // Gallop outward from the float guess, then bisect on integers: usually two exact evaluations.
  let step = 1n;
  if (isRootAtOrBelow(counted, guess)) {
    high = guess;
    while (high - step > low && isRootAtOrBelow(counted, high - step)) {
      high -= step;
      step *= 2n;
    }
    low = high - step > low ? high - step : low;
  } else {
    low = guess;
    while (low + step < high && !isRootAtOrBelow(counted, low + step)) {
      low += step;
      step *= 2n;
    }
    high = low + step < high ? low + step : high;
  }
  while (high - low > 1n) {
    const middle = (low + high) / 2n;
    if (isRootAtOrBelow(counted, middle)) high = middle;
    else low = middle;
  }
  return high;
}

/**
 * The annual percentage rate by the actuarial method of Regulation Z Appendix J: every advance and payment is
 * discounted to the start of the term as A / ((1 + f·i)(1 + i)^t), with t whole unit periods and f a fraction of one
 * counted by (b)(5); the unit-period rate i solving Σ advances = Σ payments gives APR = i × unit periods per year.
 * A float iteration only seeds the search; the result is proven with exact integer bounds to lie within
 * 0.0000005 percentage points of the root (far inside the 1/8-point tolerance of § 1026.22(a)(2)).
 *
 * With `oddFirstPeriod: "disregard"` a first period within the § 1026.17(c)(4) tolerances is treated as regular
 * (`regularizeFirstPeriod`).
 *
 * Fails with `invalid_term`, `invalid_amount`, `invalid_date`, `first_payment_before_disbursement`,
 * `odd_first_period_out_of_tolerance`, `odd_first_period_not_disregardable`, or `apr_not_computable` when payments
 * total less than advances (a negative APR).
 *
 * @see 12 CFR 1026 Appendix J (b)(1), (b)(5), (b)(8), (b)(9); example (c)(1)(i) gives 9.69 %
 * @example
 * computeApr({ advances: [{ amountMinor: 500_000n, date: date("1978-01-10") }], payments }) // 9.69 % for (c)(1)(i)
 */
export function computeApr(input: AprInput): Result<AprResult> {
  let counted = countFlows(input);
  if (!counted.ok) return counted;
  let oddFirstPeriodDays: number | undefined;
  if (input.oddFirstPeriod === "disregard") {
    const regular = regularizeFirstPeriod(input, counted.value.unitPeriod);
    if (!regular.ok) return regular;
    oddFirstPeriodDays = regular.value.oddDays;
    if (regular.value.input !== input) {
      counted = countFlows({ ...regular.value.input, unitPeriod: counted.value.unitPeriod });
      if (!counted.ok) return counted;
    }
  }
  const flows = counted.value;
  if (flows.paymentsTotal < flows.advancesTotal) {
    return fail("apr_not_computable", "payments total less than the advances: the APR would be negative", ["payments"]);
  }
  const units = solveAprUnits(flows);
  return ok({
    aprPercent: decimal(units, aprScale),
    unitPeriod: flows.unitPeriod,
    periodsPerYear: Number(flows.perYear.numerator) / Number(flows.perYear.denominator),
    ...(oddFirstPeriodDays === undefined ? {} : { oddFirstPeriodDays }),
  });
}

export type { AprInput, CashFlow } from "./apr-input.js";
