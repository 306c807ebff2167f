import { type LocalDate, toEpochDay } from "../calendar/index.js";
import { invariant } from "../errors/index.js";
import type { RoundingMode } from "../money/index.js";
import type { DayPoint } from "./due-dates.js";
import type { InterestFactors } from "./interest-factors.js";
import { gcd } from "./level-payment.js";
import type { ScheduleTerms } from "./terms.js";

// The schedule's hot loop: rows from a plan (due dates, interest factors, the level installment).

/** One installment. Amounts are minor units of the schedule's currency. */
export interface ScheduleRow {
  /** 1-based installment number. */
  readonly number: number;
  /** Start of the interest period: the disbursement date or the previous due date. */
  readonly startDate: LocalDate;
  /** Due date, after any business-day adjustment. */
  readonly dueDate: LocalDate;
  /** Actual days from `startDate` to `dueDate`. */
  readonly days: number;
  readonly principalMinor: bigint;
  readonly interestMinor: bigint;
  readonly feesMinor: bigint;
  /** principal + interest + fees. */
  readonly totalMinor: bigint;
  /** Principal still owed after this installment. */
  readonly balanceMinor: bigint;
}

export interface Plan {
  readonly points: ReadonlyArray<DayPoint>;
  readonly factors: InterestFactors;
  /** Level principal + interest of an annuity or flat loan; level principal of equal-principal; 0 otherwise. */
  readonly levelMinor: bigint;
  /** Flat interest charged each row (the last row takes the remainder of `flatTotalMinor`). */
  readonly flatPerRowMinor: bigint;
  readonly flatTotalMinor: bigint;
  /** The first amortizing row pays the regular annuity's principal plus all of the odd period's interest. */
  readonly isOddInterestInFirstRow: boolean;
}

/** A positive denominator with its half precomputed, so rounding a quotient allocates no further bigints. */
export interface Divisor {
  readonly value: bigint;
  /** ⌊value / 2⌋. */
  readonly half: bigint;
  readonly isEven: boolean;
}

export function divisorOf(value: bigint): Divisor {
  return { value, half: value >> 1n, isEven: (value & 1n) === 0n };
}

/**
 * `numerator / divisor` for numerator ≥ 0, rounded by `mode`: divideRounded's hot path. With r the remainder and
 * h = ⌊d/2⌋: 2r > d ⟺ r > h, and 2r = d ⟺ (d even and r = h).
 */
export function divideNonNegative(numerator: bigint, divisor: Divisor, mode: RoundingMode): bigint {
  const quotient = numerator / divisor.value;
  const remainder = numerator % divisor.value;
  if (remainder === 0n) return quotient;
  switch (mode) {
    case "down":
    case "floor":
      return quotient;
    case "up":
    case "ceiling":
      return quotient + 1n;
    case "half-up":
      return remainder > divisor.half || (divisor.isEven && remainder === divisor.half) ? quotient + 1n : quotient;
    case "half-even":
      return remainder > divisor.half || (divisor.isEven && remainder === divisor.half && (quotient & 1n) === 1n)
        ? quotient + 1n
        : quotient;
  }
}

export function reduced(numerator: bigint, denominator: bigint): [bigint, bigint] {
  const divisor = gcd(numerator, denominator);
  return divisor > 1n ? [numerator / divisor, denominator / divisor] : [numerator, denominator];
}

/** The rows of `plan`: each period's interest rounded once, the level installment, the last row settling the rest. */
export function buildRows(terms: ScheduleTerms, plan: Plan): { rows: ScheduleRow[]; totalInterest: bigint } {
  const { points, factors, levelMinor, flatPerRowMinor } = plan;
  const numerators = factors.numerators;
  const divisor = divisorOf(factors.denominator);
  const interestMode = terms.rounding.interestMode;
  const isFlat = terms.interestMethod === "flat";
  const amortization = terms.amortization;
  const principalGrace = terms.principalGracePeriods ?? 0;
  const interestGrace = terms.interestGracePeriods ?? 0;
  const feesMinor = terms.feesPerInstallmentMinor ?? 0n;
  const n = points.length;
  const rows: ScheduleRow[] = new Array(n);
  let balance = terms.principalMinor;
  let deferred = 0n;
  let flatLeft = plan.flatTotalMinor;
  let totalInterest = 0n;
  let startDate = terms.disbursementDate;
  let startDay = toEpochDay(terms.disbursementDate);
  for (let k = 0; k < n; k++) {
    const isLast = k === n - 1;
    const accrued = isFlat
      ? isLast
        ? flatLeft
        : flatPerRowMinor
      : divideNonNegative(balance * numerators[k]!, divisor, interestMode);
    if (isFlat) flatLeft -= accrued;
    let interest = accrued;
    if (k < interestGrace) {
      deferred += accrued;
      interest = 0n;
    } else if (deferred !== 0n) {
      interest += deferred;
      deferred = 0n;
    }
    let principal = 0n;
    if (isLast) principal = balance;
    else if (k >= principalGrace && amortization !== "interest-only") {
      const paidInterest =
        k === principalGrace && plan.isOddInterestInFirstRow
          ? divideNonNegative(balance * factors.regularNumerator, divisor, interestMode)
          : accrued;
      principal = amortization === "equal-principal" ? levelMinor : levelMinor - paidInterest;
      if (principal < 0n) principal = 0n;
      else if (principal > balance) principal = balance;
    }
    balance -= principal;
    totalInterest += interest;
    const point = points[k]!;
    rows[k] = {
      number: k + 1,
      startDate,
      dueDate: point.date,
      days: point.epochDay - startDay,
      principalMinor: principal,
      interestMinor: interest,
      feesMinor,
      totalMinor: feesMinor === 0n ? principal + interest : principal + interest + feesMinor,
      balanceMinor: balance,
    };
    startDate = point.date;
    startDay = point.epochDay;
  }
  invariant(balance === 0n && deferred === 0n, "the last installment must clear the loan");
  return { rows, totalInterest };
}
