/**
 * Test oracle, not part of the public surface: the schedule computed the straightforward way, with the calendar's
 * string date functions (addMonths, addDays, yearFraction), money's divideRounded and the textbook annuity formula
 * with `**`, row by row, no precomputed tables. `buildSchedule` must give exactly the same rows.
 */
import {
  addDays,
  addMonths,
  adjustBusinessDay,
  daysBetween,
  isEndOfMonth,
  type LocalDate,
  toParts,
  yearFraction,
} from "../calendar/index.js";
import { divideRounded } from "../money/index.js";
import type { Schedule, ScheduleRow } from "./build-schedule.js";
import type { ScheduleTerms } from "./terms.js";

const perYearOf: Readonly<Record<string, number>> = {
  weekly: 52,
  biweekly: 26,
  "semi-monthly": 24,
  monthly: 12,
  quarterly: 4,
  yearly: 1,
};

/** `every-N-days` / `every-N-weeks` split by hand: [N, "days" | "weeks"], or undefined. */
function interval(terms: ScheduleTerms): [number, string] | undefined {
  const parts = terms.frequency.split("-");
  return parts[0] === "every" ? [Number(parts[1]), parts[2] ?? ""] : undefined;
}

/** Periods a year as [numerator, denominator]: 365 days, 52 weeks a year for the interval frequencies. */
function perYearFraction(terms: ScheduleTerms): [bigint, bigint] {
  const every = interval(terms);
  if (every === undefined) return [BigInt(perYearOf[terms.frequency] ?? 0), 1n];
  return every[1] === "weeks" ? [52n, BigInt(every[0])] : [365n, BigInt(every[0])];
}

/** The k-th unadjusted due date (k may be negative), by calendar arithmetic on the first payment date. */
export function referenceDueDate(terms: ScheduleTerms, k: number): LocalDate {
  const first = terms.firstPaymentDate;
  const { day } = toParts(first);
  const every = interval(terms);
  if (every !== undefined) return addDays(first, (every[1] === "weeks" ? 7 : 1) * every[0] * k);
  switch (terms.frequency) {
    case "weekly":
      return addDays(first, 7 * k);
    case "biweekly":
      return addDays(first, 14 * k);
    case "semi-monthly": {
      // slots 2j and 2j+1 of month j are the anchor a and a + 15 (clamped to the month's end)
      const anchor = day > 15 ? day - 15 : day;
      const slot = k + (day > 15 ? 1 : 0);
      const months = Math.floor(slot / 2);
      const monthStart = addMonths(first, months, 1);
      const wanted = slot - 2 * months === 0 ? anchor : anchor + 15;
      return addMonths(monthStart, 0, wanted);
    }
    default: {
      const step = terms.frequency === "monthly" ? 1 : terms.frequency === "quarterly" ? 3 : 12;
      return addMonths(first, step * k, isEndOfMonth(first) ? 31 : day);
    }
  }
}

function dueDate(terms: ScheduleTerms, k: number): LocalDate {
  const unadjusted = referenceDueDate(terms, k);
  const adjustment = terms.businessDays;
  if (!adjustment || adjustment.convention === "none") return unadjusted;
  return adjustBusinessDay(unadjusted, adjustment.convention, adjustment.calendar);
}

/** Period k's interest rate as a fraction [numerator, denominator] (a fraction of 1, not a percent). */
function periodRate(terms: ScheduleTerms, k: number, start: LocalDate, end: LocalDate): [bigint, bigint] {
  const rate = terms.annualRatePercent;
  const rateDenominator = 100n * 10n ** BigInt(rate.scale);
  const [perYear, perYearDenominator] = perYearFraction(terms);
  if (terms.interestCalculation === "daily") {
    const fraction = yearFraction(start, end, terms.dayCount);
    return [rate.units * fraction.numerator, rateDenominator * fraction.denominator];
  }
  if (k > 0) return [rate.units * perYearDenominator, rateDenominator * perYear];
  let whole = 0;
  while (referenceDueDate(terms, -(whole + 1)) >= terms.disbursementDate) whole += 1;
  const leftover = yearFraction(terms.disbursementDate, referenceDueDate(terms, -whole), terms.dayCount);
  // rate × (whole / P + leftover)
  return [
    rate.units * (BigInt(whole) * perYearDenominator * leftover.denominator + perYear * leftover.numerator),
    rateDenominator * perYear * leftover.denominator,
  ];
}

/** Textbook PMT with an odd first period and a balloon (Kellison § 3.2), rounded to the installment multiple. */
function payment(terms: ScheduleTerms, first: [bigint, bigint], regular: [bigint, bigint], count: number): bigint {
  const { installmentMultipleMinor: multiple, mode } = terms.rounding;
  const [a, b] = regular;
  const [c, d] = first;
  const principal = terms.principalMinor;
  const balloon = terms.balloonMinor ?? 0n;
  if (a === 0n) return divideRounded(principal - balloon, BigInt(count) * multiple, mode) * multiple;
  const m = BigInt(count);
  const numerator = (principal * (d + c) * (a + b) ** (m - 1n) - d * balloon * b ** (m - 1n)) * a;
  const denominator = d * ((a + b) ** m - b ** m);
  return divideRounded(numerator, denominator * multiple, mode) * multiple;
}

type Rate = [numerator: bigint, denominator: bigint];

/** Each period's start, end (due date) and rate, one by one. */
function periods(terms: ScheduleTerms): { starts: LocalDate[]; ends: LocalDate[]; rates: Rate[] } {
  const starts: LocalDate[] = [];
  const ends: LocalDate[] = [];
  const rates: Rate[] = [];
  let start = terms.disbursementDate;
  for (let k = 0; k < terms.numberOfPayments; k++) {
    const end = dueDate(terms, k);
    starts.push(start);
    ends.push(end);
    rates.push(periodRate(terms, k, start, end));
    start = end;
  }
  return { starts, ends, rates };
}

/** The level amount (installment, or principal part), the flat-interest total, and whether the odd interest is paid in the first row. */
function levelOf(terms: ScheduleTerms, rates: Rate[], regular: Rate) {
  const n = terms.numberOfPayments;
  const { installmentMultipleMinor: multiple, mode, interestMode } = terms.rounding;
  const principalGrace = terms.principalGracePeriods ?? 0;
  const principal = terms.principalMinor;
  if (terms.interestMethod === "flat") {
    // Σ rate_k over one common denominator
    let num = 0n;
    let den = 1n;
    for (const [x, y] of rates) [num, den] = [num * y + x * den, den * y];
    const flatTotal = divideRounded(principal * num, den, interestMode);
    const rows = BigInt(n);
    const principalRows = BigInt(n - principalGrace);
    const level =
      divideRounded(principal * rows + flatTotal * principalRows, principalRows * rows * multiple, mode) * multiple;
    return { level, flatTotal, oddInFirst: false };
  }
  if (terms.amortization === "equal-installments") {
    const count = n - principalGrace;
    const level = payment(terms, rates[principalGrace]!, regular, count);
    const [num, den] = rates[principalGrace]!;
    if (divideRounded(principal * num, den, interestMode) > level && count >= 2) {
      return { level: payment(terms, regular, regular, count), flatTotal: 0n, oddInFirst: true };
    }
    return { level, flatTotal: 0n, oddInFirst: false };
  }
  if (terms.amortization === "equal-principal") {
    const level = divideRounded(principal, BigInt(n - principalGrace) * multiple, mode) * multiple;
    return { level, flatTotal: 0n, oddInFirst: false };
  }
  return { level: 0n, flatTotal: 0n, oddInFirst: false };
}

/** The whole schedule, straightforwardly. */
export function referenceSchedule(terms: ScheduleTerms): Schedule {
  const n = terms.numberOfPayments;
  const { interestMode } = terms.rounding;
  const principalGrace = terms.principalGracePeriods ?? 0;
  const interestGrace = terms.interestGracePeriods ?? 0;
  const fees = terms.feesPerInstallmentMinor ?? 0n;
  const { starts, ends, rates } = periods(terms);
  const interestOn = (balance: bigint, [num, den]: Rate) => divideRounded(balance * num, den, interestMode);
  // the regular period's rate is annual rate / periods per year, also for daily interest
  const [perYear, perYearDenominator] = perYearFraction(terms);
  const regular: Rate = [
    terms.annualRatePercent.units * perYearDenominator,
    100n * 10n ** BigInt(terms.annualRatePercent.scale) * perYear,
  ];
  const principal = terms.principalMinor;
  const { level, flatTotal, oddInFirst } = levelOf(terms, rates, regular);
  const rows: ScheduleRow[] = [];
  let balance = principal;
  let deferred = 0n;
  let totalInterest = 0n;
  for (let k = 0; k < n; k++) {
    const isLast = k === n - 1;
    let accrued = interestOn(balance, rates[k]!);
    if (terms.interestMethod === "flat")
      accrued = isLast ? flatTotal - (flatTotal / BigInt(n)) * BigInt(n - 1) : flatTotal / BigInt(n);
    let interest = accrued;
    if (k < interestGrace) {
      deferred += accrued;
      interest = 0n;
    } else {
      interest += deferred;
      deferred = 0n;
    }
    let principalPart = 0n;
    if (isLast) principalPart = balance;
    else if (k >= principalGrace && terms.amortization !== "interest-only") {
      const paid = k === principalGrace && oddInFirst ? interestOn(balance, regular) : accrued;
      principalPart = terms.amortization === "equal-principal" ? level : level - paid;
      principalPart = principalPart < 0n ? 0n : principalPart > balance ? balance : principalPart;
    }
    balance -= principalPart;
    totalInterest += interest;
    rows.push({
      number: k + 1,
      startDate: starts[k]!,
      dueDate: ends[k]!,
      days: daysBetween(starts[k]!, ends[k]!),
      principalMinor: principalPart,
      interestMinor: interest,
      feesMinor: fees,
      totalMinor: principalPart + interest + fees,
      balanceMinor: balance,
    });
  }
  const feesTotal = fees * BigInt(n);
  const totals = { principalMinor: principal, interestMinor: totalInterest, feesMinor: feesTotal };
  return { currency: terms.currency, rows, totals: { ...totals, paymentMinor: principal + totalInterest + feesTotal } };
}
