import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, date, type LocalDate } from "../calendar/index.js";
import { ageOfMajority, ageOn, isOfAge } from "./age.js";

// Ages of majority: Ala. Code § 26-1-1 (19), Neb. Rev. Stat. § 43-2101 (19), Miss. Code Ann. § 1-3-27 (21).
describe("age of majority by state", () => {
  it.each([
    ["AL", 19],
    ["NE", 19],
    ["MS", 21],
    ["CA", 18],
    ["NY", 18],
    [undefined, 18],
  ] as const)("%s → %i", (state, want) => {
    expect(ageOfMajority(state)).toBe(want);
  });

  it.each([
    { born: "2006-12-03", state: "TX", asOf: "2024-12-03", want: true },
    { born: "2006-12-04", state: "TX", asOf: "2024-12-03", want: false },
    { born: "2006-12-03", state: "AL", asOf: "2024-12-03", want: false },
    { born: "2005-12-03", state: "AL", asOf: "2024-12-03", want: true },
    { born: "2005-12-03", state: "NE", asOf: "2024-12-02", want: false },
    { born: "2003-12-03", state: "MS", asOf: "2024-12-03", want: true },
    { born: "2004-01-01", state: "MS", asOf: "2024-12-31", want: false },
  ])("born $born, in $state on $asOf: of age $want", ({ born, state, asOf, want }) => {
    expect(isOfAge(date(born), state, date(asOf))).toBe(want);
  });

  it("counts a 29 February birthday as reached on 1 March in common years", () => {
    expect(ageOn(date("2000-02-29"), date("2018-02-28"))).toBe(17);
    expect(ageOn(date("2000-02-29"), date("2018-03-01"))).toBe(18);
    expect(ageOn(date("2000-02-29"), date("2020-02-29"))).toBe(20);
  });

  it("ages by exactly one a calendar year later and never goes down (birthdays other than 29 February)", () => {
    const day = fc
      .integer({ min: 0, max: 40_000 })
      .map((n) => addDays(date("1900-01-01"), n))
      .filter((value) => !value.endsWith("-02-29"));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3_000 }), (born: LocalDate, later) => {
        const asOf = addDays(born, later);
        expect(ageOn(born, asOf)).toBeGreaterThanOrEqual(0);
        expect(ageOn(born, addDays(asOf, 1))).toBeGreaterThanOrEqual(ageOn(born, asOf));
        expect(ageOn(born, addMonths(asOf, 12)) - ageOn(born, asOf)).toBe(1);
      }),
    );
  });
});
