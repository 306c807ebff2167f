import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { formatDecimal } from "../money/index.js";
import { type Frequency, unadjustedDueDate } from "../schedule/index.js";
import type { CashFlow } from "./apr.js";
import { computeAprc } from "./aprc.js";
import { type AprcTimeUnit, aprcTimeIn, aprcTimeUnitFor } from "./aprc-time.js";

// Issue 13: Directive 2008/48/EC Annex I remark (c) measures time in the regular period of the schedule (months,
// weeks or years) plus days over 365 or 366. Published figures: the Commission's worked examples
// (Markt/2014/107/H3/TA/LV, "APRC examples calculation", 2015), example 2: €200,000 drawn 12 January, a €4,000 cost
// at conclusion, then
//   case 1: 240 × €1,433.57 on the 15th monthly from 2012-02-15 (months + 3/365) → X = 6.434185 %
//   case 2: signed 2013-01-12, 240 × €1,433.56 (3/366: the year back holds 29 Feb 2012) → X = 6.434111 %
//   case 3: 20 × €16,541.86 yearly on 15 February from 2012 (years: 34/365) → X = 6.282070 %

const series = (first: string, frequency: Frequency, count: number, amountMinor: bigint): CashFlow[] =>
  Array.from({ length: count }, (_, k) => ({ amountMinor, date: unadjustedDueDate(date(first), frequency, k).date }));
const aprc = (drawn: string, payments: CashFlow[], timeUnit?: AprcTimeUnit) => {
  const result = computeAprc({
    drawdowns: [{ amountMinor: 20_000_000n, date: date(drawn) }],
    payments: [{ amountMinor: 400_000n, date: date(drawn) }, ...payments],
    ...(timeUnit === undefined ? {} : { timeUnit }),
  });
  if (!result.ok) throw new Error(result.error.message);
  return [formatDecimal(result.value.aprcPercent), formatDecimal(result.value.disclosedAprcPercent)];
};

describe("computeAprc timeUnit against the Commission's worked examples", () => {
  it("example 2 case 1, monthly in months: 6.434185 % (APRC 6.4 %)", () => {
    const payments = series("2012-02-15", "monthly", 240, 143_357n);
    expect(aprc("2012-01-12", payments, aprcTimeUnitFor("monthly"))).toEqual(["6.434185", "6.4"]);
    expect(aprc("2012-01-12", payments)).toEqual(["6.434185", "6.4"]); // months stay the default
  });
  it("example 2 case 2, the 366-day year: 6.434111 %", () => {
    const payments = series("2013-02-15", "monthly", 240, 143_356n);
    expect(aprc("2013-01-12", payments, "months")).toEqual(["6.434111", "6.4"]);
  });
  it("example 2 case 3, yearly in years (34/365, not 1/12 + 3/365): 6.282070 % (APRC 6.3 %)", () => {
    const payments = series("2012-02-15", "yearly", 20, 1_654_186n);
    expect(aprcTimeUnitFor("yearly")).toBe("years");
    expect(aprc("2012-01-12", payments, "years")).toEqual(["6.282070", "6.3"]);
    expect(aprc("2012-01-12", payments, "months")[0]).not.toBe("6.282070");
  });
});

// No published weekly example: single payments give the root in closed form, X = (P / C)^(1/t) − 1, evaluated in
// 60-digit Python Decimal and rounded half-up to 6 decimals.
describe("computeAprc in weeks", () => {
  const single = (days: number, paidMinor: bigint) =>
    computeAprc({
      drawdowns: [{ amountMinor: 100_000n, date: date("2026-01-05") }],
      payments: [{ amountMinor: paidMinor, date: addDays(date("2026-01-05"), days) }],
      timeUnit: "weeks",
    });
  it("one week exactly: 1.001^52 − 1 = 5.334837 %", () => {
    const result = single(7, 100_100n);
    expect(result.ok && formatDecimal(result.value.aprcPercent)).toBe("5.334837");
  });
  it("2 weeks and 3 days: t = 2/52 + 3/365, 1.005^(1/t) − 1 = 11.276034 %", () => {
    const result = single(17, 100_500n);
    expect(result.ok && formatDecimal(result.value.aprcPercent)).toBe("11.276034");
  });
});

describe("aprcTimeIn: remark (c) in each unit", () => {
  const cases: ReadonlyArray<[string, string, AprcTimeUnit, ReturnType<typeof aprcTimeIn>]> = [
    ["2012-01-12", "2012-02-15", "months", { periods: 1, periodsPerYear: 12, days: 3, yearDays: 365 }],
    ["2012-01-12", "2012-02-15", "years", { periods: 0, periodsPerYear: 1, days: 34, yearDays: 365 }],
    ["2011-01-12", "2012-02-15", "days", { periods: 1, periodsPerYear: 1, days: 34, yearDays: 365 }],
    ["2012-01-12", "2012-01-29", "weeks", { periods: 2, periodsPerYear: 52, days: 3, yearDays: 365 }],
    // the 5 days end on 2012-03-06; the year back from it holds 29 February 2012
    ["2012-03-01", "2012-03-20", "weeks", { periods: 2, periodsPerYear: 52, days: 5, yearDays: 366 }],
    ["2026-01-05", "2026-03-02", "weeks", { periods: 8, periodsPerYear: 52, days: 0, yearDays: 365 }],
  ];
  for (const [from, to, unit, want] of cases) {
    it(`${from} → ${to} in ${unit}`, () => expect(aprcTimeIn(date(from), date(to), unit)).toEqual(want));
  }
  it("a date before the start is −1 periods", () => {
    expect(aprcTimeIn(date("2026-01-05"), date("2026-01-01"), "weeks").periods).toBe(-1);
  });
  it("aprcTimeUnitFor picks the unit by schedule shape", () => {
    const frequencies: ReadonlyArray<Frequency> = [
      "weekly",
      "biweekly",
      "every-4-weeks",
      "monthly",
      "quarterly",
      "yearly",
      "semi-monthly",
      "every-15-days",
    ];
    expect(frequencies.map(aprcTimeUnitFor)).toEqual([
      "weeks",
      "weeks",
      "weeks",
      "months",
      "months",
      "years",
      "days",
      "days",
    ]);
  });
});
