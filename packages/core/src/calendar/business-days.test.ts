import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  adjustBusinessDay,
  adjustBusinessEpochDay,
  type BusinessCalendar,
  type BusinessDayConvention,
  businessCalendar,
  businessDayConventions,
  isWeekend,
} from "./business-days.js";
import { date, fromEpochDay, isoWeekday, type LocalDate, toEpochDay } from "./local-date.js";
import { usFederalCalendar, usFederalHolidays } from "./us-federal-holidays.js";

// OPM, "Federal Holidays" tables for 2024-2027 (observed dates; ** rows are in-lieu observances):
// https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/#url=2024 (and =2025, =2026, =2027)
const opmObservedHolidays: Readonly<Record<number, ReadonlyArray<string>>> = {
  2024: [
    "2024-01-01",
    "2024-01-15",
    "2024-02-19",
    "2024-05-27",
    "2024-06-19",
    "2024-07-04",
    "2024-09-02",
    "2024-10-14",
    "2024-11-11",
    "2024-11-28",
    "2024-12-25",
  ],
  2025: [
    "2025-01-01",
    "2025-01-20",
    "2025-02-17",
    "2025-05-26",
    "2025-06-19",
    "2025-07-04",
    "2025-09-01",
    "2025-10-13",
    "2025-11-11",
    "2025-11-27",
    "2025-12-25",
  ],
  2026: [
    "2026-01-01",
    "2026-01-19",
    "2026-02-16",
    "2026-05-25",
    "2026-06-19",
    "2026-07-03", // Independence Day, Saturday July 4 -> Friday
    "2026-09-07",
    "2026-10-12",
    "2026-11-11",
    "2026-11-26",
    "2026-12-25",
  ],
  2027: [
    "2027-01-01",
    "2027-01-18",
    "2027-02-15",
    "2027-05-31",
    "2027-06-18", // Juneteenth, Saturday June 19 -> Friday
    "2027-07-05", // Independence Day, Sunday July 4 -> Monday
    "2027-09-06",
    "2027-10-11",
    "2027-11-11",
    "2027-11-25",
    "2027-12-24", // Christmas Day, Saturday December 25 -> Friday
    "2027-12-31", // New Year's Day 2028, a Saturday -> Friday December 31, 2027
  ],
};

describe("usFederalHolidays (5 U.S.C. 6103, observed as OPM lists them)", () => {
  it.each(Object.entries(opmObservedHolidays))("%s matches OPM", (year, dates) => {
    expect(usFederalHolidays(Number(year))).toEqual(dates);
  });

  it("puts a Saturday New Year's Day's observance in the previous year's list (OPM 2021 table)", () => {
    // 2022-01-01 was a Saturday: OPM lists Friday 2021-12-31 as the New Year's Day holiday.
    expect(usFederalHolidays(2021)).toContain("2021-12-31");
    expect(usFederalHolidays(2022).filter((d) => d.startsWith("2022-01"))).toEqual(["2022-01-17"]);
  });

  it("adds Juneteenth from 2021 only (Pub. L. 117-17; 2021-06-19 was a Saturday -> June 18)", () => {
    expect(usFederalHolidays(2021)).toContain("2021-06-18");
    expect(usFederalHolidays(2020).some((d) => d.startsWith("2020-06"))).toBe(false);
  });

  it("never lists a weekend date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1986, max: 2200 }), (year) => {
        const holidays = usFederalHolidays(year);
        expect(holidays.every((d) => !isWeekend(d) && d.startsWith(`${year}-`))).toBe(true);
        expect(holidays.length).toBeGreaterThanOrEqual(year >= 2021 ? 10 : 9);
      }),
    );
  });
});

const federal = usFederalCalendar(2024, 2028);

describe("adjustBusinessDay (ISDA 2006 Section 4.12), U.S. federal calendar", () => {
  const cases: ReadonlyArray<[string, BusinessDayConvention, string]> = [
    ["2026-07-04", "following", "2026-07-06"], // Sat; Mon is the next business day
    ["2026-07-04", "preceding", "2026-07-02"], // Fri July 3 is the observed holiday
    ["2026-07-04", "modified-following", "2026-07-06"],
    ["2026-01-31", "modified-following", "2026-01-30"], // Sat at month end: following would be Feb 2
    ["2026-01-31", "following", "2026-02-02"],
    ["2027-12-25", "preceding", "2027-12-23"], // Christmas observed Fri Dec 24
    ["2027-12-31", "following", "2028-01-03"], // Fri Dec 31 is New Year's Day 2028 observed
    ["2027-12-31", "modified-following", "2027-12-30"],
    ["2026-11-26", "none", "2026-11-26"],
    ["2026-11-25", "following", "2026-11-25"], // already a business day
  ];
  it.each(cases)("%s by %s is %s", (given, convention, want) => {
    expect(adjustBusinessDay(date(given), convention, federal)).toBe(want);
  });

  it("returns a business day (or, for none, the date itself) and leaves business days alone", () => {
    const day = fc.integer({ min: toEpochDay(date("2024-01-08")), max: toEpochDay(date("2028-12-20")) });
    fc.assert(
      fc.property(day, fc.constantFrom(...businessDayConventions), (epochDay, convention) => {
        const d = fromEpochDay(epochDay);
        const adjusted = adjustBusinessDay(d, convention, federal);
        if (convention === "none" || federal.isBusinessDay(d)) expect(adjusted).toBe(d);
        else expect(federal.isBusinessDay(adjusted)).toBe(true);
        if (convention === "modified-following") expect(adjusted.slice(0, 7)).toBe(d.slice(0, 7));
      }),
    );
  });
});

describe("addBusinessDays", () => {
  const cases: ReadonlyArray<[string, number, string]> = [
    ["2026-11-25", 1, "2026-11-27"], // over Thanksgiving (OPM 2026)
    ["2026-11-27", -1, "2026-11-25"],
    ["2026-06-15", 5, "2026-06-23"], // over Juneteenth, Fri 2026-06-19, and a weekend
    ["2024-12-24", 1, "2024-12-26"],
    ["2026-07-04", 0, "2026-07-04"], // zero days: unchanged even on a holiday weekend
    ["2026-07-04", 1, "2026-07-06"],
    ["2026-07-04", -1, "2026-07-02"],
  ];
  it.each(cases)("%s %+i business days is %s", (given, n, want) => {
    expect(addBusinessDays(date(given), n, federal)).toBe(want);
  });

  it("is undone by moving back the same number of business days", () => {
    const day = fc.integer({ min: toEpochDay(date("2025-01-01")), max: toEpochDay(date("2027-12-31")) });
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (epochDay, n) => {
        const d = adjustBusinessDay(fromEpochDay(epochDay), "following", federal);
        const moved = addBusinessDays(d, n, federal);
        expect(federal.isBusinessDay(moved)).toBe(true);
        expect(addBusinessDays(moved, -n, federal)).toBe(d);
      }),
    );
  });
});

describe("businessCalendar", () => {
  it("takes other weekend days (a Friday-Saturday weekend)", () => {
    const gulf = businessCalendar({ name: "fri-sat", weekendDays: [5, 6], holidays: [] });
    expect(isoWeekday(date("2026-01-04"))).toBe(7);
    expect(gulf.isBusinessDay(date("2026-01-04"))).toBe(true); // Sunday
    expect(gulf.isBusinessDay(date("2026-01-02"))).toBe(false); // Friday
  });

  it("refuses dates outside the years it knows, instead of guessing", () => {
    expect(() => federal.isBusinessDay(date("2029-01-02"))).toThrow(/covers 2024-2028/);
    expect(() => usFederalCalendar(2024, 2027).isBusinessDay(date("2028-01-03"))).toThrow();
  });

  it("refuses a week with no working day and bad weekday numbers", () => {
    expect(() => businessCalendar({ name: "x", weekendDays: [1, 2, 3, 4, 5, 6, 7], holidays: [] })).toThrow();
    expect(() => businessCalendar({ name: "x", weekendDays: [0], holidays: [] })).toThrow();
  });
});

describe("adjustBusinessEpochDay", () => {
  /** What it must equal: the string rule, day by day. */
  const byStrings = (epochDay: number, convention: BusinessDayConvention, calendar: BusinessCalendar) => {
    try {
      return adjustBusinessDay(fromEpochDay(epochDay), convention, calendar);
    } catch (error) {
      return (error as Error).message;
    }
  };
  const byEpochDays = (epochDay: number, convention: BusinessDayConvention, calendar: BusinessCalendar) => {
    try {
      return fromEpochDay(adjustBusinessEpochDay(epochDay, convention, calendar));
    } catch (error) {
      return (error as Error).message;
    }
  };
  const holidayDays = fc.uniqueArray(
    fc.integer({ min: toEpochDay(date("2025-11-01")), max: toEpochDay(date("2027-02-28")) }),
    {
      maxLength: 60,
    },
  );
  const calendars = fc
    .record({
      weekendDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }),
      holidays: holidayDays,
      hasYears: fc.boolean(),
    })
    .map(({ weekendDays, holidays, hasYears }): BusinessCalendar => {
      const calendar = businessCalendar({
        name: "random",
        weekendDays,
        holidays: holidays.map(fromEpochDay),
        ...(hasYears ? { years: { from: 2026, to: 2026 } } : {}),
      });
      return calendar;
    });

  it("moves an epoch day as adjustBusinessDay moves its date, errors included, on any calendar", () => {
    const day = fc.integer({ min: toEpochDay(date("2025-12-01")), max: toEpochDay(date("2027-01-31")) });
    fc.assert(
      fc.property(day, fc.constantFrom(...businessDayConventions), calendars, (epochDay, convention, calendar) => {
        expect(byEpochDays(epochDay, convention, calendar)).toBe(byStrings(epochDay, convention, calendar));
        // A calendar that only answers date strings takes the string rule.
        const stringsOnly: BusinessCalendar = { name: calendar.name, isBusinessDay: (d) => calendar.isBusinessDay(d) };
        expect(byEpochDays(epochDay, convention, stringsOnly)).toBe(byStrings(epochDay, convention, calendar));
      }),
      { numRuns: 2_000 },
    );
  });

  it("answers as isBusinessDay for the U.S. federal calendar, and a holiday that is no date changes nothing", () => {
    const day = fc.integer({ min: toEpochDay(date("2024-01-01")), max: toEpochDay(date("2028-12-31")) });
    fc.assert(
      fc.property(day, (epochDay) => {
        expect(federal.isBusinessEpochDay?.(epochDay)).toBe(federal.isBusinessDay(fromEpochDay(epochDay)));
      }),
    );
    const odd = businessCalendar({ name: "odd", holidays: ["2026-02-30" as LocalDate] });
    expect(odd.isBusinessEpochDay?.(toEpochDay(date("2026-03-02")))).toBe(true);
    expect(odd.isBusinessDay(date("2026-03-02"))).toBe(true);
  });
});
