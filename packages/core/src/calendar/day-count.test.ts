import { describe, expect, it } from "vitest";
import { divide, formatDecimal, fromInteger } from "../money/index.js";
import { type DayCountConvention, dayCountDays, isDayCountConvention, yearFraction } from "./day-count.js";
import { date } from "./local-date.js";

type DayCase = readonly [start: string, end: string, days: number];

// ISDA, "30/360 Day Count Conventions" (2008-12-22), worked examples of the 2006 ISDA Definitions
// Section 4.16(f) and (g): https://www.isda.org/2008/12/22/30-360-day-count-conventions/
// (as transcribed in QuantLib test-suite/daycounters.cpp, testThirty360_BondBasis / _EurobondBasis).
const isdaExample1: ReadonlyArray<DayCase> = [
  ["2006-08-20", "2007-02-20", 180],
  ["2007-02-20", "2007-08-20", 180],
  ["2007-08-20", "2008-02-20", 180],
  ["2008-02-20", "2008-08-20", 180],
  ["2008-08-20", "2009-02-20", 180],
  ["2009-02-20", "2009-08-20", 180],
];

// 30E/360 (ISDA 4.16(g), Eurobond basis): ISDA 2008 Examples 2 and 3, every row.
const thirtyEuropeanCases: ReadonlyArray<DayCase> = [
  ...isdaExample1,
  ["2006-02-28", "2006-08-31", 182],
  ["2006-08-31", "2007-02-28", 178],
  ["2007-02-28", "2007-08-31", 182],
  ["2007-08-31", "2008-02-29", 179],
  ["2008-02-29", "2008-08-31", 181],
  ["2008-08-31", "2009-02-28", 178],
  ["2009-02-28", "2009-08-31", 182],
  ["2011-08-31", "2012-02-29", 179],
  ["2006-01-31", "2006-02-28", 28],
  ["2006-01-30", "2006-02-28", 28],
  ["2006-02-28", "2006-03-03", 5],
  ["2006-02-14", "2006-02-28", 14],
  ["2006-09-30", "2006-10-31", 30],
  ["2006-10-31", "2006-11-28", 28],
  ["2007-08-31", "2008-02-28", 178],
  ["2008-02-28", "2008-08-28", 180],
  ["2008-02-28", "2008-08-30", 182],
  ["2008-02-28", "2008-08-31", 182],
  ["2007-02-26", "2008-02-28", 362],
  ["2007-02-26", "2008-02-29", 363],
  ["2008-02-29", "2009-02-28", 359],
  ["2008-02-28", "2008-03-30", 32],
  ["2008-02-28", "2008-03-31", 32],
];

// 30/360 US: the ISDA 2008 Bond Basis rows whose start is not the last day of February (there the
// SIA end-of-February rules do not apply, so 4.16(f) and SIA agree) ...
const isdaBondBasisRows: ReadonlyArray<DayCase> = [
  ...isdaExample1,
  ["2006-08-31", "2007-02-28", 178],
  ["2007-08-31", "2008-02-29", 179],
  ["2008-08-31", "2009-02-28", 178],
  ["2006-01-31", "2006-02-28", 28],
  ["2006-01-30", "2006-02-28", 28],
  ["2006-02-14", "2006-02-28", 14],
  ["2006-09-30", "2006-10-31", 30],
  ["2006-10-31", "2006-11-28", 28],
  ["2007-08-31", "2008-02-28", 178],
  ["2007-02-26", "2008-02-28", 362],
  ["2007-02-26", "2008-02-29", 363],
];
// ... and OpenGamma Strata's `data_30U360` table, EOM column (the SIA rule, "30U/360 EOM"):
// modules/basics/src/test/java/com/opengamma/strata/basics/date/DayCountTest.java. Strata states
// each expectation as calc360 of the adjusted dates (e.g. 2012-02-29 -> "2012-02-30"); the day
// counts below are 360(Y2-Y1) + 30(M2-M1) + (D2-D1) of those adjusted dates.
const strataThirtyUsEomRows: ReadonlyArray<DayCase> = [
  ["2011-12-28", "2012-02-28", 60],
  ["2011-12-28", "2012-02-29", 61],
  ["2011-12-28", "2012-03-01", 63],
  ["2011-12-28", "2016-02-28", 1500],
  ["2011-12-28", "2016-02-29", 1501],
  ["2011-12-28", "2016-03-01", 1503],
  ["2012-02-28", "2012-03-28", 30],
  ["2012-02-29", "2012-03-28", 28], // start -> Feb 30
  ["2012-02-29", "2012-03-30", 30], // start -> Feb 30
  ["2012-02-29", "2012-03-31", 30], // start -> Feb 30, end -> Mar 30
  ["2012-02-29", "2013-02-28", 360], // both end-February -> 30
  ["2011-02-28", "2012-02-28", 358], // start -> Feb 30 (2012-02-28 is not end-February)
  ["2011-02-28", "2012-02-29", 360], // both end-February
  ["2012-02-29", "2016-02-29", 1440],
  ["2012-03-01", "2012-03-28", 27],
  ["2012-05-30", "2013-08-29", 449],
  ["2012-05-29", "2013-08-30", 451],
  ["2012-05-30", "2013-08-30", 450],
  ["2012-05-29", "2013-08-31", 452],
  ["2012-05-30", "2013-08-31", 450],
  ["2012-05-31", "2013-08-30", 450],
  ["2012-05-31", "2013-08-31", 450],
];

describe("dayCountDays, 30E/360 (ISDA 2006 4.16(g))", () => {
  it.each(thirtyEuropeanCases)("%s to %s is %i days", (start, end, days) => {
    expect(dayCountDays(date(start), date(end), "30e/360")).toBe(days);
    expect(yearFraction(date(start), date(end), "30e/360")).toEqual({ numerator: BigInt(days), denominator: 360n });
  });
});

describe("dayCountDays, 30/360 US (SIA, with the end-of-February rules)", () => {
  it.each([...isdaBondBasisRows, ...strataThirtyUsEomRows])("%s to %s is %i days", (start, end, days) => {
    expect(dayCountDays(date(start), date(end), "30/360-us")).toBe(days);
  });
  it("differs from plain ISDA 4.16(f) when the start is the last day of February", () => {
    // ISDA 2008 Example 3 gives 5 days for 4.16(f) Bond Basis; SIA moves Feb 28 to "Feb 30" first.
    expect(dayCountDays(date("2006-02-28"), date("2006-03-03"), "30/360-us")).toBe(3);
  });
});

// Actual/Actual (ISDA): ISDA, "EMU and Market Conventions: Recent Developments" (1998), section 4,
// the ISDA-method figures of its examples (also QuantLib daycounters.cpp testActualActual, ISDA rows).
const actualActualCases = [
  { start: "2003-11-01", end: "2004-05-01", nonLeapDays: 61, leapDays: 121, published: "0.49772" },
  { start: "1999-02-01", end: "1999-07-01", nonLeapDays: 150, leapDays: 0, published: "0.41096" },
  { start: "2002-08-15", end: "2003-07-15", nonLeapDays: 334, leapDays: 0, published: "0.91507" },
  { start: "1999-07-30", end: "2000-01-30", nonLeapDays: 155, leapDays: 29, published: "0.50389" },
  { start: "2000-01-30", end: "2000-06-30", nonLeapDays: 0, leapDays: 152, published: "0.41530" },
] as const;

describe("yearFraction, Actual/Actual ISDA", () => {
  it.each(actualActualCases)("$start to $end = $nonLeapDays/365 + $leapDays/366", (row) => {
    const fraction = yearFraction(date(row.start), date(row.end), "actual/actual-isda");
    expect(fraction).toEqual({
      numerator: BigInt(row.nonLeapDays) * 366n + BigInt(row.leapDays) * 365n,
      denominator: 365n * 366n,
    });
    const value = divide(fromInteger(fraction.numerator), fromInteger(fraction.denominator), 5, "half-even");
    expect(formatDecimal(value)).toBe(row.published);
  });
});

describe("yearFraction, Actual/365 Fixed and Actual/360 (ISDA 2006 4.16(d), (e))", () => {
  // 2024-01-15 to 2024-07-15: 16 + 29 + 31 + 30 + 31 + 30 + 15 = 182 actual days (2024 is a leap year).
  it("counts actual days over a fixed 365 or 360", () => {
    const start = date("2024-01-15");
    const end = date("2024-07-15");
    expect(yearFraction(start, end, "actual/365-fixed")).toEqual({ numerator: 182n, denominator: 365n });
    expect(yearFraction(start, end, "actual/360")).toEqual({ numerator: 182n, denominator: 360n });
  });
  it("makes a 366-day leap year 366/365 of a year", () => {
    const fraction = yearFraction(date("2024-01-01"), date("2025-01-01"), "actual/365-fixed");
    expect(formatDecimal(divide(fromInteger(fraction.numerator), fromInteger(fraction.denominator), 6, "down"))).toBe(
      "1.002739",
    );
  });
});

describe("isDayCountConvention", () => {
  it.each<[unknown, boolean]>([
    ["actual/360", true],
    ["30/360-us", true],
    ["ACT/360", false],
    [360, false],
  ])("%s -> %s", (value, want) => {
    expect(isDayCountConvention(value)).toBe(want);
    if (want)
      expect(yearFraction(date("2024-01-01"), date("2024-01-01"), value as DayCountConvention).numerator).toBe(0n);
  });
});
