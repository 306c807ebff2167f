import { type LocalDate, toEpochDay } from "../calendar/index.js";
import { invariant, ok, type Result } from "../errors/index.js";
import { divideRounded, type RoundingMode } from "../money/index.js";
import { type DayPoint, dueDatePoints } from "./due-dates.js";
import { type InterestFactors, interestFactors } from "./interest-factors.js";
import { gcd, roundedLevelPayment, roundToMultiple } from "./level-payment.js";
import type { ScheduleTerms } from "./terms.js";

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

interface Plan {
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
interface Divisor {
  readonly value: bigint;
  /** ⌊value / 2⌋. */
  readonly half: bigint;
  readonly isEven: boolean;
}

function divisorOf(value: bigint): Divisor {
  return { value, half: value >> 1n, isEven: (value & 1n) === 0n };
}

/**
 * `numerator / divisor` for numerator ≥ 0, rounded by `mode`: divideRounded's hot path. With r the remainder and
 * h = ⌊d/2⌋: 2r > d ⟺ r > h, and 2r = d ⟺ (d even and r = h).
 */
function divideNonNegative(numerator: bigint, divisor: Divisor, mode: RoundingMode): bigint {
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

function reduced(numerator: bigint, denominator: bigint): [bigint, bigint] {
  const divisor = gcd(numerator, denominator);
  return divisor > 1n ? [numerator / divisor, denominator / divisor] : [numerator, denominator];
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
  const level = solve(c, d);
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
  if (terms.amortization === "equal-principal") levelMinor = roundToMultiple(principal, principalRows, multiple, mode);
  return { points, factors, levelMinor, flatPerRowMinor: 0n, flatTotalMinor: 0n, isOddInterestInFirstRow };
}

/**
 * The level installment (principal + interest, fees excluded) of the terms, rounded to the installment multiple:
 * the annuity payment for equal installments (with any odd first period, grace and balloon taken into account),
 * the level principal for equal principal, and 0 for interest-only loans (which have no level principal).
 *
 * @example regularPaymentMinor(terms) === 119_910n // $200,000 at 6 % over 360 months: Excel PMT(0.06/12, 360, -200000)
 */
export function regularPaymentMinor(terms: ScheduleTerms): bigint {
  return makePlan(terms).levelMinor;
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
  const plan = makePlan(terms);
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
  return ok(withTotals(terms, rows, totalInterest, feesMinor));
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
