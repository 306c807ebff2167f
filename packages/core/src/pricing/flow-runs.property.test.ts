/**
 * The fast flow counting (date parts read once, months and odd days computed arithmetically, runs grown in place)
 * against the straightforward counting it replaced: whole months found by stepping back from the later date with the
 * calendar's `addMonths` (Appendix J (b)(5)(ii): count whole units back from the flow, month ends to month ends), odd
 * days by `daysBetween`, each flow counted on its own and grouped by `toRuns`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  type EpochDay,
  fromEpochDay,
  isEndOfMonth,
  type LocalDate,
  toParts,
} from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { type CashFlow, countFlows } from "./apr.js";
import { type FlowRun, toRuns } from "./discount.js";
import { dateNumbers, monthsAndDays, type UnitPeriod } from "./unit-period.js";

/** Whole months back from `end` while still on or after `start`, then the days left: one month at a time. */
function steppedMonthsAndDays(start: LocalDate, end: LocalDate): { months: number; days: number } {
  const anchor = isEndOfMonth(end) ? 31 : undefined;
  if (end < start) return { months: 0, days: daysBetween(start, end) };
  let months = 0;
  while (addMonths(end, -(months + 1), anchor) >= start) months += 1;
  return { months, days: daysBetween(start, addMonths(end, -months, anchor)) };
}

function steppedCount(start: LocalDate, end: LocalDate, period: UnitPeriod): { whole: number; fraction: number } {
  let total: number;
  let length: number;
  if (period.unit === "day" || period.unit === "week") {
    total = daysBetween(start, end);
    length = period.unit === "day" ? period.count : 7 * period.count;
  } else {
    const { months, days } = steppedMonthsAndDays(start, end);
    total = 30 * months + days;
    length = period.unit === "semimonth" ? 15 : 30 * period.count;
  }
  return { whole: Math.floor(total / length), fraction: total % length };
}

function steppedRuns(advances: CashFlow[], payments: CashFlow[], period: UnitPeriod): FlowRun[] {
  const start = advances[0]!.date;
  const length = period.unit === "day" ? period.count : period.unit === "week" ? 7 * period.count : 0;
  const denominator = length || (period.unit === "semimonth" ? 15 : 30 * period.count);
  const flows = [
    ...advances.map((flow) => ({ sign: -1 as const, flow })),
    ...payments.map((flow) => ({ sign: 1 as const, flow })),
  ].map(({ sign, flow }) => {
    const { whole, fraction } = steppedCount(start, flow.date, period);
    const at = { whole, fractionNumerator: fraction, fractionDenominator: denominator };
    return { sign, amountMinor: flow.amountMinor, at };
  });
  return toRuns(flows);
}

/** Appendix J (b)(4) as first written: classify each interval, count every one in a map. */
function steppedUnitPeriod(start: LocalDate, payments: CashFlow[]): UnitPeriod {
  const counts = new Map<number, number>();
  let previous = start;
  for (const { date } of payments) {
    const { months, days } = steppedMonthsAndDays(previous, date);
    const total = daysBetween(previous, date);
    let kind = total > 0 && total < 1000 ? total : -1;
    if (days === 0 && months > 0 && months <= 12) kind = months === 12 ? 4001 : 3000 + months;
    else if (total > 0 && total % 7 === 0 && total <= 364) kind = 1000 + total / 7;
    else if (months === 0 && total >= 13 && total <= 16) kind = 2001;
    if (kind >= 0) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    previous = date;
  }
  const units = ["day", "week", "semimonth", "month", "year"] as const;
  const lengths = (kind: number) => [kind % 1000, 7 * (kind % 1000), 15, 30 * (kind % 1000), 365][(kind / 1000) | 0]!;
  let best = { kind: 3001, count: 0, length: Number.POSITIVE_INFINITY };
  for (const [kind, count] of counts) {
    const length = lengths(kind);
    if (count > best.count || (count === best.count && length < best.length)) best = { kind, count, length };
  }
  return { unit: units[Math.floor(best.kind / 1000)]!, count: best.kind % 1000 };
}

const someDate = fc.integer({ min: 10_957, max: 32_872 }).map((day) => fromEpochDay(day as EpochDay)); // 2000-2059
/** The first day of the month after (year, month): one day before it is a month end. */
const nextFirsts = fc
  .tuple(fc.integer({ min: 2000, max: 2059 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => addMonths(`${year}-${String(month).padStart(2, "0")}-01` as LocalDate, 1));
/** Dates with month ends, 29ths-31sts and Februaries over-represented: where counting back is subtle. */
const edgyDate = fc.oneof(
  someDate,
  nextFirsts.map((first) => addDays(first, -1)),
  fc.tuple(someDate, fc.integer({ min: 28, max: 31 })).map(([d, day]) => {
    const { year, month } = toParts(d);
    return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, "0")}` as LocalDate;
  }),
);

/** A schedule: regular (monthly k, semimonthly, k weeks, k days) from a first date, some dates nudged, sorted. */
const schedule = fc
  .record({
    start: edgyDate,
    firstGap: fc.integer({ min: 0, max: 70 }),
    kind: fc.constantFrom("month", "semimonth", "week", "day"),
    step: fc.integer({ min: 1, max: 4 }),
    count: fc.integer({ min: 1, max: 40 }),
    nudges: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })), { maxLength: 4 }),
    amounts: fc.array(fc.constantFrom(100n, 100n, 100n, 250n), { minLength: 40, maxLength: 40 }),
  })
  .map((r) => {
    const first = addDays(r.start, r.firstGap);
    const anchor = toParts(first).day;
    const dates = Array.from({ length: r.count }, (_, k) => {
      if (r.kind === "month") return addMonths(first, k * r.step, anchor);
      if (r.kind === "semimonth") return addDays(addMonths(first, k >> 1, anchor), k & 1 ? 15 : 0);
      return addDays(first, k * r.step * (r.kind === "week" ? 7 : 1));
    });
    for (const [index, shift] of r.nudges) {
      const at = index % dates.length;
      const moved = addDays(dates[at]!, shift);
      if (moved >= r.start) dates[at] = moved;
    }
    dates.sort();
    const payments = dates.map((date, k) => ({ amountMinor: r.amounts[k]!, date }));
    return { advances: [{ amountMinor: 1_000n, date: r.start }], payments };
  });

const unitPeriod = fc.oneof(
  fc.record({ unit: fc.constant("month" as const), count: fc.integer({ min: 1, max: 12 }) }),
  fc.constant({ unit: "semimonth" as const, count: 1 }),
  fc.record({ unit: fc.constant("week" as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ unit: fc.constant("day" as const), count: fc.integer({ min: 1, max: 40 }) }),
);

describe("fast flow counting equals stepping month by month (issue 3)", () => {
  it("monthsAndDays matches counting back with addMonths, month ends and Februaries included", () => {
    fc.assert(
      fc.property(edgyDate, edgyDate, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(monthsAndDays(dateNumbers(start), dateNumbers(end))).toEqual(steppedMonthsAndDays(start, end));
      }),
      { numRuns: 2_000 },
    );
  });

  it("countFlows' runs equal counting each flow alone and grouping (monthly, semimonthly, weekly, daily)", () => {
    fc.assert(
      fc.property(schedule, unitPeriod, ({ advances, payments }, period) => {
        const counted = unwrap(countFlows({ advances, payments, unitPeriod: period }));
        expect(counted.runs).toEqual(steppedRuns(advances, payments, period));
        expect(counted.paymentsTotal).toBe(payments.reduce((sum, p) => sum + p.amountMinor, 0n));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("the chosen unit period equals classifying every interval by stepping", () => {
    fc.assert(
      fc.property(schedule, ({ advances, payments }) => {
        fc.pre(payments.length > 1);
        const counted = unwrap(countFlows({ advances, payments }));
        expect(counted.unitPeriod).toEqual(steppedUnitPeriod(advances[0]!.date, payments));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
