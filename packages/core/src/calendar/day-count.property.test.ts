import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DayCountConvention, dayCountConventions, dayCountDays, yearFraction } from "./day-count.js";
import { addMonths, daysBetween, fromEpochDay, type LocalDate, toEpochDay, toParts } from "./local-date.js";

// Contract suite (STYLE.md rule 14): every day-count convention runs the same properties.
const fixedDenominators: Readonly<Record<DayCountConvention, bigint>> = {
  "actual/actual-isda": 365n * 366n,
  "actual/365-fixed": 365n,
  "actual/360": 360n,
  "30/360-us": 360n,
  "30e/360": 360n,
  "actual/364": 364n,
};
const isActualConvention = (c: DayCountConvention) => c.startsWith("actual/");

const firstDay = toEpochDay("1990-01-01" as LocalDate);
const lastDay = toEpochDay("2080-12-31" as LocalDate);
const anyDate = fc.integer({ min: firstDay, max: lastDay }).map(fromEpochDay);
const orderedPair = fc.tuple(anyDate, anyDate).map(([a, b]): [LocalDate, LocalDate] => (a <= b ? [a, b] : [b, a]));
const orderedTriple = fc
  .tuple(anyDate, anyDate, anyDate)
  .map((dates) => [...dates].sort() as [LocalDate, LocalDate, LocalDate]);

describe.each(dayCountConventions)("day-count contract: %s", (convention) => {
  it("gives zero for equal dates", () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        expect(dayCountDays(d, d, convention)).toBe(0);
        expect(yearFraction(d, d, convention).numerator).toBe(0n);
      }),
    );
  });

  it("is non-negative forward, and exactly negated backward", () => {
    fc.assert(
      fc.property(orderedPair, ([a, b]) => {
        const forward = yearFraction(a, b, convention);
        const backward = yearFraction(b, a, convention);
        expect(forward.numerator >= 0n).toBe(true);
        expect(backward.numerator).toBe(-forward.numerator);
        expect(dayCountDays(b, a, convention) + dayCountDays(a, b, convention)).toBe(0);
        expect(Object.is(dayCountDays(b, a, convention), -0)).toBe(false);
      }),
    );
  });

  it("uses the convention's fixed denominator", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(yearFraction(a, b, convention).denominator).toBe(fixedDenominators[convention]);
      }),
    );
  });

  it("never decreases as the end date moves later", () => {
    fc.assert(
      fc.property(orderedTriple, ([a, b, c]) => {
        expect(yearFraction(a, b, convention).numerator <= yearFraction(a, c, convention).numerator).toBe(true);
      }),
    );
  });

  // Day 27 at most: a start on February 28 of a common year is end-February, which 30/360 US moves to "the 30th".
  it("counts 30 days a month (×12 = one year) between the same day of month up to the 27th", () => {
    const startDay = fc.tuple(
      fc.integer({ min: 1990, max: 2070 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 27 }),
    );
    fc.assert(
      fc.property(startDay, fc.integer({ min: 0, max: 120 }), ([year, month, day], months) => {
        const start = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as LocalDate;
        const end = addMonths(start, months);
        const days = dayCountDays(start, end, convention);
        if (isActualConvention(convention)) expect(days).toBe(daysBetween(start, end));
        else expect(days).toBe(30 * months);
      }),
    );
  });

  it.runIf(isActualConvention(convention))("is additive: f(a, b) + f(b, c) = f(a, c)", () => {
    fc.assert(
      fc.property(orderedTriple, ([a, b, c]) => {
        const ab = yearFraction(a, b, convention).numerator;
        const bc = yearFraction(b, c, convention).numerator;
        expect(ab + bc).toBe(yearFraction(a, c, convention).numerator);
      }),
    );
  });
});

describe("Actual/Actual ISDA", () => {
  it("is exactly n for n whole calendar years from January 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2070 }), fc.integer({ min: 0, max: 40 }), (year, years) => {
        const start = `${year}-01-01` as LocalDate;
        const end = `${year + years}-01-01` as LocalDate;
        const { numerator, denominator } = yearFraction(start, end, "actual/actual-isda");
        expect(numerator).toBe(BigInt(years) * denominator);
        expect(toParts(end).year - toParts(start).year).toBe(years);
      }),
    );
  });
});
