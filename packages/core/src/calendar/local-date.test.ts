import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  date,
  daysBetween,
  fromEpochDay,
  isoWeekday,
  parseLocalDate,
  toEpochDay,
  wholeMonthsBetween,
} from "./local-date.js";

describe("local dates", () => {
  it("refuses dates that do not exist", () => {
    for (const text of ["2025-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-1", "20240101", "1900-02-29"]) {
      const parsed = parseLocalDate(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe("invalid_date");
    }
    expect(parseLocalDate("2024-02-29").ok).toBe(true);
    expect(parseLocalDate("2000-02-29").ok).toBe(true);
  });
  it("counts actual days, including leap days", () => {
    expect(daysBetween(date("2024-01-01"), date("2025-01-01"))).toBe(366);
    expect(daysBetween(date("2023-01-01"), date("2024-01-01"))).toBe(365);
    expect(toEpochDay(date("1970-01-01"))).toBe(0);
    expect(toEpochDay(date("2000-03-01"))).toBe(11017); // POSIX days for 2000-03-01
  });
  it("clamps month ends and honors a preferred day", () => {
    expect(addMonths(date("2024-01-31"), 1)).toBe("2024-02-29");
    expect(addMonths(date("2023-01-31"), 1)).toBe("2023-02-28");
    expect(addMonths(date("2024-02-29"), 1, 31)).toBe("2024-03-31");
    expect(addMonths(date("2024-03-31"), -13)).toBe("2023-02-28");
  });
  it("knows the weekday", () => {
    expect(isoWeekday(date("2026-11-26"))).toBe(4); // Thanksgiving 2026 is a Thursday
    expect(isoWeekday(date("2024-01-01"))).toBe(1);
  });
  it("counts whole months back from the later date", () => {
    expect(wholeMonthsBetween(date("2024-01-15"), date("2024-03-15"))).toBe(2);
    expect(wholeMonthsBetween(date("2024-01-16"), date("2024-03-15"))).toBe(1);
    expect(wholeMonthsBetween(date("2024-01-31"), date("2024-02-29"))).toBe(1);
  });
  it("epoch days round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -300_000, max: 2_900_000 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });
});
