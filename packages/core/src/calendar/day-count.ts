import { InvariantError } from "../errors/index.js";
import { isLeapYear } from "./civil.js";
import { daysBetween, type LocalDate, toParts } from "./local-date.js";

/**
 * How the time between two dates is measured as a fraction of a year.
 * - `actual/actual-isda`: actual days; days in leap years over 366, the others over 365
 * - `actual/365-fixed`: actual days over 365
 * - `actual/360`: actual days over 360
 * - `30/360-us`: 30-day months (SIA rule, end-of-February rules always applied) over 360
 * - `30e/360`: 30-day months, Eurobond basis, over 360
 * - `actual/364`: actual days over 364 (52 weeks): a week is exactly 1/52 of a year, as weekly products count it
 *
 * @see ISDA 2006 Definitions, Section 4.16 (b), (d), (e), (f), (g)
 * @example const convention: DayCountConvention = "actual/365-fixed";
 */
export type DayCountConvention =
  | "actual/actual-isda"
  | "actual/365-fixed"
  | "actual/360"
  | "30/360-us"
  | "30e/360"
  | "actual/364";

/** Every supported convention. @example dayCountConventions.includes("actual/360") === true */
export const dayCountConventions: ReadonlyArray<DayCountConvention> = [
  "actual/actual-isda",
  "actual/365-fixed",
  "actual/360",
  "30/360-us",
  "30e/360",
  "actual/364",
];

/**
 * An exact year fraction `numerator / denominator`. The denominator is fixed per convention and
 * never reduced: 365 × 366 = 133590 for Actual/Actual ISDA, 365 for Actual/365F, 364 for Actual/364, 360 otherwise,
 * so fractions of one convention can be added by adding numerators.
 *
 * @example const half: YearFraction = { numerator: 180n, denominator: 360n };
 */
export interface YearFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Common denominator of Actual/Actual ISDA: 365 × 366. */
const actualActualDenominator = 365n * 366n;

/**
 * Days between two dates counted with 30-day months: `360(Y2−Y1) + 30(M2−M1) + (D2−D1)` after
 * the convention's day adjustments. Dates must be in order (`start <= end`).
 */
function thirty360Days(start: LocalDate, end: LocalDate, convention: "30/360-us" | "30e/360"): number {
  const s = toParts(start);
  const e = toParts(end);
  let d1 = s.day;
  let d2 = e.day;
  if (convention === "30e/360") {
    // ISDA 2006 4.16(g): a 31st becomes the 30th, on either date.
    if (d1 === 31) d1 = 30;
    if (d2 === 31) d2 = 30;
  } else {
    // SIA Standard Securities Calculation Methods (30/360 US, "30U/360 EOM"), rules in this order:
    const isStartEndOfFebruary = s.month === 2 && s.day === (isLeapYear(s.year) ? 29 : 28);
    const isEndEndOfFebruary = e.month === 2 && e.day === (isLeapYear(e.year) ? 29 : 28);
    if (isStartEndOfFebruary && isEndEndOfFebruary) d2 = 30; // 1. both end-February
    if (isStartEndOfFebruary) d1 = 30; // 2. start end-February
    if (d2 === 31 && d1 >= 30) d2 = 30; // 3. ISDA 4.16(f)
    if (d1 === 31) d1 = 30; // 4. ISDA 4.16(f)
  }
  return 360 * (e.year - s.year) + 30 * (e.month - s.month) + (d2 - d1);
}

/**
 * The day numerator of a convention from `start` to `end`: actual days for the actual conventions,
 * 30/360 days for the 30/360 ones. Negative when `end` is before `start`
 * (`dayCountDays(b, a) === -dayCountDays(a, b)`).
 *
 * @see ISDA 2006 Definitions, Section 4.16 (f) and (g); SIA Standard Securities Calculation Methods
 * @example dayCountDays(date("2006-08-31"), date("2007-02-28"), "30e/360") === 178
 */
export function dayCountDays(start: LocalDate, end: LocalDate, convention: DayCountConvention): number {
  if (end < start) return 0 - dayCountDays(end, start, convention); // 0 - x: never -0
  switch (convention) {
    case "actual/actual-isda":
    case "actual/365-fixed":
    case "actual/360":
    case "actual/364":
      return daysBetween(start, end);
    case "30/360-us":
    case "30e/360":
      return thirty360Days(start, end, convention);
    default:
      throw new InvariantError(`unknown day count convention ${String(convention)}`);
  }
}

/** Days of `[start, end)` falling in leap years and in other years. `start <= end`. */
function splitByLeapYears(start: LocalDate, end: LocalDate): { leapDays: number; otherDays: number } {
  const startYear = toParts(start).year;
  const endYear = toParts(end).year;
  let leapDays = 0;
  let otherDays = 0;
  for (let year = startYear; year <= endYear; year += 1) {
    const from = year === startYear ? start : (`${year}-01-01` as LocalDate);
    const to = year === endYear ? end : (`${year + 1}-01-01` as LocalDate);
    const days = daysBetween(from, to);
    if (isLeapYear(year)) leapDays += days;
    else otherDays += days;
  }
  return { leapDays, otherDays };
}

/**
 * The exact fraction of a year from `start` to `end` under `convention`, as a rational number.
 * Negative when `end` is before `start`. Actual/Actual ISDA is
 * `days in non-leap years / 365 + days in leap years / 366`, over the common denominator 365 × 366.
 *
 * @see ISDA 2006 Definitions, Section 4.16 (b) Actual/Actual (ISDA), (d) Actual/365 (Fixed),
 *   (e) Actual/360, (f) 30/360, (g) 30E/360; ISDA "EMU and Market Conventions" (1998) for the
 *   Actual/Actual ISDA worked example
 * @example
 * yearFraction(date("2003-11-01"), date("2004-05-01"), "actual/actual-isda")
 * // { numerator: 61n * 366n + 121n * 365n, denominator: 133590n }  (61/365 + 121/366)
 */
export function yearFraction(start: LocalDate, end: LocalDate, convention: DayCountConvention): YearFraction {
  if (end < start) {
    const forward = yearFraction(end, start, convention);
    return { numerator: -forward.numerator, denominator: forward.denominator };
  }
  switch (convention) {
    case "actual/actual-isda": {
      const { leapDays, otherDays } = splitByLeapYears(start, end);
      return { numerator: BigInt(otherDays) * 366n + BigInt(leapDays) * 365n, denominator: actualActualDenominator };
    }
    case "actual/365-fixed":
      return { numerator: BigInt(daysBetween(start, end)), denominator: 365n };
    case "actual/364":
      return { numerator: BigInt(daysBetween(start, end)), denominator: 364n };
    case "actual/360":
    case "30/360-us":
    case "30e/360":
      return { numerator: BigInt(dayCountDays(start, end, convention)), denominator: 360n };
    default:
      throw new InvariantError(`unknown day count convention ${String(convention)}`);
  }
}

/** @example isDayCountConvention("30/360-us") === true */
export function isDayCountConvention(value: unknown): value is DayCountConvention {
  return typeof value === "string" && (dayCountConventions as ReadonlyArray<string>).includes(value);
}
