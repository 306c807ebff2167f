import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unadjustedDueDate } from "./due-dates.js";
import type { Frequency } from "./terms.js";

describe("unadjustedDueDate", () => {
  // Calendar arithmetic checked by hand against a calendar; month-end rules per Appendix J (b)(3)
  // ("schedules on the last day of the month run from month-end to month-end").
  const cases: ReadonlyArray<{ first: string; frequency: Frequency; k: number; want: string }> = [
    { first: "2026-01-31", frequency: "monthly", k: 1, want: "2026-02-28" },
    { first: "2026-01-31", frequency: "monthly", k: 2, want: "2026-03-31" },
    { first: "2026-02-28", frequency: "monthly", k: 1, want: "2026-03-31" },
    { first: "2026-01-30", frequency: "monthly", k: 1, want: "2026-02-28" },
    { first: "2026-01-30", frequency: "monthly", k: 2, want: "2026-03-30" },
    { first: "2026-03-15", frequency: "monthly", k: -3, want: "2025-12-15" },
    { first: "2026-01-15", frequency: "quarterly", k: 4, want: "2027-01-15" },
    { first: "2024-02-29", frequency: "yearly", k: 1, want: "2025-02-28" },
    { first: "2026-01-01", frequency: "weekly", k: 1, want: "2026-01-08" },
    { first: "2026-12-25", frequency: "biweekly", k: 1, want: "2027-01-08" },
    { first: "2026-01-01", frequency: "semi-monthly", k: 1, want: "2026-01-16" },
    { first: "2026-01-01", frequency: "semi-monthly", k: 2, want: "2026-02-01" },
    { first: "2026-01-15", frequency: "semi-monthly", k: 3, want: "2026-02-28" },
    { first: "2026-01-31", frequency: "semi-monthly", k: 1, want: "2026-02-16" },
    { first: "2026-01-31", frequency: "semi-monthly", k: 2, want: "2026-02-28" },
    { first: "2026-01-16", frequency: "semi-monthly", k: -1, want: "2026-01-01" },
    { first: "2026-01-01", frequency: "semi-monthly", k: -1, want: "2025-12-16" },
  ];
  it.each(cases)("$first $frequency k=$k → $want", ({ first, frequency, k, want }) => {
    expect(unadjustedDueDate(date(first), frequency, k).date).toBe(want);
  });
});
