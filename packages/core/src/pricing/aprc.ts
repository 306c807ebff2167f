import { minDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, decimal } from "../money/index.js";
import { type CashFlow, checkCashFlows } from "./apr.js";
import { type AprcTimeUnit, aprcTimeIn } from "./aprc-time.js";
import { smallestHolding } from "./bracket-search.js";
import { expNegativeInterval, fixedOne, type Interval, lnInterval, multiplyIntervals } from "./fixed-point.js";

/** Input of `computeAprc`: drawdowns and every payment by the consumer (costs included). */
export interface AprcInput {
  readonly drawdowns: ReadonlyArray<CashFlow>;
  readonly payments: ReadonlyArray<CashFlow>;
  /** Decimals of `disclosedAprcPercent` (default 1, the Directive's minimum; remark (d)). */
  readonly disclosedDecimals?: number;
  /** The regular period times are measured in (remark (c); `aprcTimeUnitFor` picks it by schedule); default months. */
  readonly timeUnit?: AprcTimeUnit;
}

/** An APRC, each figure proven to be the root of the Annex I equation rounded half-up to its decimals. */
export interface AprcResult {
  /** The APRC in percent to `aprcScale` (6) decimals. */
  readonly aprcPercent: Decimal;
  /** The APRC in percent as published: `disclosedDecimals` decimals, half-up on the root itself (no double rounding). */
  readonly disclosedAprcPercent: Decimal;
}

/** Decimals of `aprcPercent`. */
export const aprcScale = 6;
/** Highest APRC searched, in percent (a 1-day loan can legitimately reach millions of percent). */
const maxAprcPercent = 10n ** 9n;

/** A flow ready for the solver: t = periods/periodsPerYear + (the `fraction`-th distinct days/yearDays). */
interface TimedFlow {
  readonly sign: 1n | -1n;
  readonly amountMinor: bigint;
  readonly periods: number;
  readonly fraction: number;
  readonly years: number;
}

interface TimedFlows {
  readonly flows: ReadonlyArray<TimedFlow>;
  /** Distinct odd-day parts [days, yearDays]; index 0 is [0, 365]. */
  readonly fractions: ReadonlyArray<readonly [bigint, bigint]>;
  /** Regular periods a year: 12 (months), 52 (weeks) or 1 (years, and days as whole years plus days). */
  readonly periodsPerYear: bigint;
}

function timeFlows(
  drawdowns: ReadonlyArray<CashFlow>,
  payments: ReadonlyArray<CashFlow>,
  unit: AprcTimeUnit,
): Result<TimedFlows> {
  const start = drawdowns.reduce((first, d) => minDate(first, d.date), drawdowns[0]!.date);
  const keys = new Map<number, number>([[365, 0]]);
  const fractions: Array<readonly [bigint, bigint]> = [[0n, 365n]];
  const flows: TimedFlow[] = [];
  const add = (sign: 1n | -1n, flow: CashFlow) => {
    if (flow.amountMinor === 0n) return;
    const time = aprcTimeIn(start, flow.date, unit);
    const key = time.days * 1000 + time.yearDays;
    let fraction = keys.get(key);
    if (fraction === undefined) {
      fraction = fractions.length;
      keys.set(key, fraction);
      fractions.push([BigInt(time.days), BigInt(time.yearDays)]);
    }
    const years = time.periods / time.periodsPerYear + time.days / time.yearDays; // float: seeds the search only
    flows.push({ sign, amountMinor: flow.amountMinor, periods: time.periods, fraction, years });
  };
  for (const drawdown of drawdowns) add(-1n, drawdown);
  for (const payment of payments) add(1n, payment);
  if (flows.some((flow) => flow.periods < 0)) {
    return fail("first_payment_before_disbursement", "a payment precedes the first drawdown", ["payments"]);
  }
  if (!flows.some((flow) => flow.sign < 0n) || !flows.some((flow) => flow.sign > 0n)) {
    return fail("invalid_amount", "drawdowns and payments must include a positive amount", ["payments"]);
  }
  flows.sort((a, b) => a.periods - b.periods);
  const periodsPerYear = unit === "months" ? 12n : unit === "weeks" ? 52n : 1n;
  return ok({ flows, fractions, periodsPerYear });
}

/**
 * Bounds on Σ sign × amount × (1 + X)^−t × 2^160 at the rational X = numerator/denominator ≥ 0: (1 + X)^−t is
 * exp(−t ln(1 + X)), split as B^months × exp(−(days/yearDays) ln(1 + X)) with B = exp(−ln(1 + X)/12), every factor
 * an interval (fixed-point.ts), so the true value lies inside.
 */
function presentValueInterval(timed: TimedFlows, numerator: bigint, denominator: bigint): Interval {
  const [lnLow, lnHigh] = lnInterval(denominator + numerator, denominator);
  const floorDivide = (value: bigint, by: bigint) => (value < 0n ? -(-value + by - 1n) / by : value / by);
  const ceilingDivide = (value: bigint, by: bigint) => -floorDivide(-value, by);
  const perYear = timed.periodsPerYear;
  const perPeriod = expNegativeInterval([floorDivide(lnLow, perYear), ceilingDivide(lnHigh, perYear)]);
  const dayFactors = timed.fractions.map(
    ([days, yearDays]): Interval =>
      days === 0n
        ? [fixedOne, fixedOne]
        : expNegativeInterval([floorDivide(lnLow * days, yearDays), ceilingDivide(lnHigh * days, yearDays)]),
  );
  let periods = 0;
  let power: Interval = [fixedOne, fixedOne];
  let low = 0n;
  let high = 0n;
  for (const flow of timed.flows) {
    while (periods < flow.periods) {
      power = multiplyIntervals(power, perPeriod);
      periods += 1;
    }
    const [factorLow, factorHigh] = multiplyIntervals(power, dayFactors[flow.fraction]!);
    if (flow.sign > 0n) {
      low += flow.amountMinor * factorLow;
      high += flow.amountMinor * factorHigh;
    } else {
      low -= flow.amountMinor * factorHigh;
      high -= flow.amountMinor * factorLow;
    }
  }
  return [low, high];
}

/** Float seed: bisection-guarded Newton on Σ sign × A (1 + x)^−t = 0. Never the answer. */
function seedRate(flows: ReadonlyArray<TimedFlow>): number {
  const amounts = flows.map((f) => Number(f.sign * f.amountMinor));
  const years = flows.map((f) => f.years);
  let low = 0;
  let high = 1;
  const value = (x: number) => {
    let total = 0;
    for (let k = 0; k < amounts.length; k++) total += amounts[k]! * (1 + x) ** -years[k]!;
    return total;
  };
  while (value(high) > 0 && high < 1e7) high *= 4;
  let x = (low + high) / 2;
  for (let step = 0; step < 100; step++) {
    let current = 0;
    let slope = 0;
    for (let k = 0; k < amounts.length; k++) {
      const discounted = amounts[k]! * (1 + x) ** -years[k]!;
      current += discounted;
      slope -= (discounted * years[k]!) / (1 + x);
    }
    if (current > 0) low = x;
    else high = x;
    let next = slope < 0 ? x - current / slope : (low + high) / 2;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - x) <= x * 1e-14 || high - low < 1e-15) return next;
    x = next;
  }
  return x;
}

/**
 * The rate in units of 10^−decimals percent, rounded half-up from the root: the smallest u whose upper half-point
 * (u + ½) × 10^−decimals % is proven above the root (the equation's upper bound there is < 0).
 */
function solveUnits(timed: TimedFlows, decimals: number, guessPercent: number): bigint | undefined {
  const scale = 10n ** BigInt(decimals + 2); // units per 1.0 of X
  const isRootBelow = (units: bigint) => presentValueInterval(timed, 2n * units + 1n, 2n * scale)[1] < 0n;
  const guess = BigInt(Math.round(guessPercent * 10 ** decimals));
  return smallestHolding(guess, maxAprcPercent * 10n ** BigInt(decimals), isRootBelow);
}

/**
 * The EU annual percentage rate of charge: the effective annual rate X solving
 * Σ C_k (1 + X)^−t_k = Σ D_l (1 + X)^−s_l, times in years from the first drawdown (months as twelfths, odd days over
 * 365 or 366, `aprcTime`). Amounts stay bigint minor units; (1 + X)^−t = exp(−t ln(1 + X)) is bounded in 2^160
 * fixed point (series with argument reduction, floor/ceiling roundings); a float only seeds the search. Both figures
 * are proven: the root lies within half a unit of the last decimal (ties round up, as remark (d) asks), up to the
 * evaluation's width of about 2^−140.
 *
 * Fails with `invalid_term` (no drawdown or payment), `invalid_amount`, `first_payment_before_disbursement`, or
 * `apr_not_computable` (payments below drawdowns, or an APRC above 10^9 %).
 *
 * @see Directive 2008/48/EC Annex I (equation, remarks (c) and (d)); Commission guidelines SWD(2012) 128 § 4.1
 * @example computeAprc({ drawdowns: [{ amountMinor: 1_000_000n, date }], payments }) // 12.7 % for 60 × £222.44
 */
export function computeAprc(input: AprcInput): Result<AprcResult> {
  const checked = checkCashFlows(input.drawdowns, "drawdowns");
  if (!checked.ok) return checked;
  const checkedPayments = checkCashFlows(input.payments, "payments");
  if (!checkedPayments.ok) return checkedPayments;
  if (input.drawdowns.length === 0 || input.payments.length === 0) {
    return fail("invalid_term", "at least one drawdown and one payment are needed", ["payments"]);
  }
  const decimals = input.disclosedDecimals ?? 1;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > aprcScale) {
    return fail("invalid_term", `disclosedDecimals must be a whole number from 0 to ${aprcScale}`, [
      "disclosedDecimals",
    ]);
  }
  const timed = timeFlows(input.drawdowns, input.payments, input.timeUnit ?? "months");
  if (!timed.ok) return timed;
  const total = timed.value.flows.reduce((sum, flow) => sum + flow.sign * flow.amountMinor, 0n);
  if (total < 0n) {
    return fail("apr_not_computable", "payments total less than the drawdowns: the APRC would be negative", [
      "payments",
    ]);
  }
  const units = solveUnits(timed.value, aprcScale, seedRate(timed.value.flows) * 100);
  if (units === undefined) return fail("apr_not_computable", "the APRC is above 10^9 %", ["payments"]);
  const disclosed = publishedUnits(timed.value, units, decimals);
  if (disclosed === undefined) return fail("apr_not_computable", "the APRC is above 10^9 %", ["payments"]);
  return ok({ aprcPercent: decimal(units, aprcScale), disclosedAprcPercent: decimal(disclosed, decimals) });
}

/**
 * The APRC at `decimals`, half-up on the root. The root lies in [u − ½, u + ½) units of 10^−6 %, so unless u sits
 * exactly on a half-point of the coarser scale, rounding u half-up rounds the root the same way; on a half-point the
 * root itself is bracketed at that scale.
 */
function publishedUnits(timed: TimedFlows, units: bigint, decimals: number): bigint | undefined {
  const step = 10n ** BigInt(aprcScale - decimals);
  const remainder = units % step;
  if (2n * remainder !== step) return (units + step / 2n) / step;
  return solveUnits(timed, decimals, Number(units) / 10 ** aprcScale);
}
