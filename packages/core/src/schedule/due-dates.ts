import { civilOf, epochDayOf, monthAnchorDay, monthLength, shiftMonth } from "../calendar/civil.js";
import { adjustBusinessEpochDay, type LocalDate, toParts } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { type Frequency, frequencyIntervalDays, type ScheduleTerms } from "./terms.js";

/** Installments a year as an exact fraction (365/14 for every 14 days). */
export interface PeriodsPerYear {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * Installments per year as an exact fraction: 52 weeks, 26 fortnights, 24 semi-months, 12 months, 4 quarters, 1 year;
 * every N days 365/N and every N weeks 52/N, as Appendix J (b)(4) counts 365 days and 52 weeks a year.
 *
 * @see 12 CFR 1026 Appendix J (b)(4)
 * @example periodsPerYearRatio("every-14-days") // { numerator: 365n, denominator: 14n }
 */
export function periodsPerYearRatio(frequency: Frequency): PeriodsPerYear {
  const intervalDays = frequencyIntervalDays(frequency);
  if (intervalDays === undefined) return { numerator: BigInt(periodsPerYear(frequency)), denominator: 1n };
  if (intervalDays % 7 === 0 && frequency.endsWith("weeks")) {
    return { numerator: 52n, denominator: BigInt(intervalDays / 7) };
  }
  return { numerator: 365n, denominator: BigInt(intervalDays) };
}

/**
 * Installments per year of each frequency (52 weeks, 26 fortnights, 24 semi-months, 12 months, 4 quarters, 1 year),
 * as Appendix J (b)(5) counts unit periods per year; for every N days 365/N and every N weeks 52/N, which may be
 * fractional (use `periodsPerYearRatio` for exact arithmetic).
 *
 * @example periodsPerYear("biweekly") === 26
 */
export function periodsPerYear(frequency: Frequency): number {
  const intervalDays = frequencyIntervalDays(frequency);
  if (intervalDays !== undefined) {
    const ratio = periodsPerYearRatio(frequency);
    return Number(ratio.numerator) / Number(ratio.denominator);
  }
  switch (frequency) {
    case "weekly":
      return 52;
    case "biweekly":
      return 26;
    case "semi-monthly":
      return 24;
    case "monthly":
      return 12;
    case "quarterly":
      return 4;
    case "yearly":
      return 1;
    default:
      throw new InvariantError(`unknown frequency ${String(frequency)}`);
  }
}

/** A date as integers plus its epoch day, so the hot loop never re-parses strings. */
export interface DayPoint {
  readonly date: LocalDate;
  readonly epochDay: number;
}

const twoDigits: ReadonlyArray<string> = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));
/** "MM-DD" for month m and day d at index m × 32 + d, so a date is one concatenation: `"YYYY-" + monthDay`. */
const monthDays: ReadonlyArray<string> = Array.from({ length: 13 * 32 }, (_, i) => {
  const month = Math.floor(i / 32);
  return `${twoDigits[month]}-${twoDigits[i - month * 32]}`;
});
function point(year: number, month: number, day: number): DayPoint {
  const date = `${year}-${monthDays[month * 32 + day]}` as LocalDate;
  return { date, epochDay: epochDayOf(year, month, day) };
}

/** Moves `months` calendar months from (year, month), landing on `day` clamped to the month's end. */
function monthPoint(year: number, month: number, months: number, day: number): DayPoint {
  const [y, m] = shiftMonth(year, month, months);
  return point(y, m, Math.min(day, monthLength(y, m)));
}

/** Returns k ↦ the k-th unadjusted due date, with the first date parsed once (the schedule's hot path). */
function dueDateStepper(first: LocalDate, frequency: Frequency): (k: number) => DayPoint {
  const { year, month, day } = toParts(first);
  const intervalDays = frequencyIntervalDays(frequency);
  switch (intervalDays === undefined ? frequency : "interval") {
    case "interval":
    case "weekly":
    case "biweekly": {
      const firstDay = epochDayOf(year, month, day);
      const step = intervalDays ?? (frequency === "weekly" ? 7 : 14);
      return (k) => {
        const [y, m, d] = civilOf(firstDay + k * step);
        return point(y, m, d);
      };
    }
    case "semi-monthly": {
      const isSecondHalf = day > 15;
      const anchor = isSecondHalf ? day - 15 : day;
      return (k) => {
        const slot = k + (isSecondHalf ? 1 : 0);
        const monthOffset = Math.floor(slot / 2);
        return monthPoint(year, month, monthOffset, slot - monthOffset * 2 === 0 ? anchor : anchor + 15);
      };
    }
    default: {
      const step = frequency === "monthly" ? 1 : frequency === "quarterly" ? 3 : 12;
      const anchorDay = monthAnchorDay(year, month, day);
      return (k) => monthPoint(year, month, k * step, anchorDay);
    }
  }
}

/**
 * The k-th unadjusted due date counted from the first payment date (k = 0), for any integer k (negative k
 * counts back, as the odd-first-period rule needs). Monthly, quarterly and yearly dates keep the first
 * payment's day of month (clamped in short months); a first payment on a month's last day keeps to month
 * ends. Semi-monthly dates are pairs (a, a + 15) in every month, where a is the first payment's day if that
 * is 1-15, otherwise the day minus 15: 1st/16th, 15th/30th (28th or 29th in February), 16th/31st → 16th and
 * month end. Weekly and biweekly dates step 7 or 14 days; `every-N-days` N days, `every-N-weeks` 7N days.
 *
 * @example unadjustedDueDate(date("2026-01-31"), "monthly", 1).date === "2026-02-28"
 */
export function unadjustedDueDate(first: LocalDate, frequency: Frequency, k: number): DayPoint {
  return dueDateStepper(first, frequency)(k);
}

/**
 * `count` dates `stepMonths` apart from `first`, on its day of month (clamped; month ends stay month ends), walked
 * month by month: the same dates as `dueDateStepper`, with the epoch day carried forward by month lengths and each
 * date string one concatenation of a cached "YYYY-" and a table "MM-DD".
 */
function monthStepPoints(first: LocalDate, stepMonths: number, count: number): DayPoint[] {
  const { year: firstYear, month: firstMonth, day } = toParts(first);
  const anchorDay = monthAnchorDay(firstYear, firstMonth, day);
  const points: DayPoint[] = new Array(count);
  let year = firstYear;
  let month = firstMonth;
  let yearText = `${year}-`;
  let monthStart = epochDayOf(year, month, 1);
  for (let k = 0; k < count; k++) {
    const length = monthLength(year, month);
    const dayOfMonth = Math.min(anchorDay, length);
    points[k] = {
      date: (yearText + monthDays[month * 32 + dayOfMonth]) as LocalDate,
      epochDay: monthStart + dayOfMonth - 1,
    };
    monthStart += length;
    for (let s = 1; s <= stepMonths; s++) {
      if (s > 1) monthStart += monthLength(year, month);
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
        yearText = `${year}-`;
      }
    }
  }
  return points;
}

/** Due dates as points: unadjusted, then moved by the business-day rule when the terms ask for it. */
export function dueDatePoints(terms: ScheduleTerms): DayPoint[] {
  const { firstPaymentDate: first, frequency, numberOfPayments: count } = terms;
  let points: DayPoint[];
  if (frequency === "monthly" || frequency === "quarterly" || frequency === "yearly") {
    points = monthStepPoints(first, frequency === "monthly" ? 1 : frequency === "quarterly" ? 3 : 12, count);
  } else {
    const step = dueDateStepper(first, frequency);
    points = new Array(count);
    for (let k = 0; k < count; k++) points[k] = step(k);
  }
  const adjustment = terms.businessDays;
  if (adjustment && adjustment.convention !== "none") {
    for (let k = 0; k < points.length; k++) {
      const epochDay = points[k]!.epochDay;
      const moved = adjustBusinessEpochDay(epochDay, adjustment.convention, adjustment.calendar);
      if (moved !== epochDay) points[k] = point(...civilOf(moved));
    }
  }
  return points;
}

/**
 * The installment due dates of the terms, after any business-day adjustment.
 *
 * @example dueDates(terms) // ["2026-02-01", "2026-03-02", …] (2026-03-01 is a Sunday, moved "following")
 */
export function dueDates(terms: ScheduleTerms): ReadonlyArray<LocalDate> {
  return dueDatePoints(terms).map((p) => p.date);
}

/**
 * The odd first period: how many whole regular periods fit when counted back from the first payment date, and the
 * date where they start. The days from disbursement to that date are the leftover (fractional) part.
 *
 * @example firstPeriodSplit(terms) // { wholePeriods: 1, wholeStart: "2026-01-15" } for a 45-day monthly period
 */
export function firstPeriodSplit(terms: ScheduleTerms): { wholePeriods: number; wholeStart: LocalDate } {
  let wholePeriods = 0;
  let wholeStart = terms.firstPaymentDate;
  for (;;) {
    const previous = unadjustedDueDate(terms.firstPaymentDate, terms.frequency, -(wholePeriods + 1)).date;
    if (previous < terms.disbursementDate) return { wholePeriods, wholeStart };
    wholePeriods += 1;
    wholeStart = previous;
  }
}
