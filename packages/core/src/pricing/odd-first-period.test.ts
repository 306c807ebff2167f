import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { formatDecimal } from "../money/index.js";
import { unadjustedDueDate } from "../schedule/index.js";
import { type CashFlow, computeApr } from "./apr.js";
import { oddFirstPeriodTolerance, regularFirstPeriodStart } from "./odd-first-period.js";

function monthly(first: string, count: number, amountMinor: bigint): CashFlow[] {
  return Array.from({ length: count }, (_, k) => ({
    amountMinor,
    date: unadjustedDueDate(date(first), "monthly", k).date,
  }));
}

const amountFinanced = 10_000_000n; // $100,000.00

// Loans with payments monthly from 2026-03-01; the regular first period runs from 2026-02-01. Disregarding a first
// period makes the APR that of a regular schedule: spreadsheet RATE(n, −payment, 100000) × 12, computed by 250-step
// Python Decimal bisection: RATE(6, −17000) → 6.824889, RATE(13, −8000) → 6.780735, RATE(36, −3200) → 9.429491,
// RATE(120, −1200) → 7.747976, RATE(121, −1200) → 7.872758. Limits: 12 CFR 1026.17(c)(4).
const loans = {
  under1Year: { payments: monthly("2026-03-01", 6, 1_700_000n), regularApr: "6.824889" },
  thirteenMonths: { payments: monthly("2026-03-01", 13, 800_000n), regularApr: "6.780735" },
  threeYears: { payments: monthly("2026-03-01", 36, 320_000n), regularApr: "9.429491" },
  tenYears: { payments: monthly("2026-03-01", 121, 120_000n), regularApr: "7.872758" },
  tenYearsLess: { payments: monthly("2026-03-01", 120, 120_000n), regularApr: "7.747976" },
} as const;

interface Case {
  readonly name: string;
  readonly loan: keyof typeof loans;
  readonly consummation: string;
  /** The first period's days longer (+) or shorter (−) than regular. */
  readonly oddDays: number;
  readonly isWithin: boolean;
}

const cases: ReadonlyArray<Case> = [
  { name: "term < 1 year, 6 days short", loan: "under1Year", consummation: "2026-02-07", oddDays: -6, isWithin: true },
  { name: "term < 1 year, 7 days short", loan: "under1Year", consummation: "2026-02-08", oddDays: -7, isWithin: false },
  { name: "term < 1 year, 13 days long", loan: "under1Year", consummation: "2026-01-19", oddDays: 13, isWithin: true },
  { name: "term < 1 year, 14 days long", loan: "under1Year", consummation: "2026-01-18", oddDays: 14, isWithin: false },
  { name: "3-year term, 11 days short", loan: "threeYears", consummation: "2026-02-12", oddDays: -11, isWithin: true },
  { name: "3-year term, 12 days short", loan: "threeYears", consummation: "2026-02-13", oddDays: -12, isWithin: false },
  { name: "3-year term, 21 days long", loan: "threeYears", consummation: "2026-01-11", oddDays: 21, isWithin: true },
  { name: "3-year term, 22 days long", loan: "threeYears", consummation: "2026-01-10", oddDays: 22, isWithin: false },
  { name: "10-year term, 27 days short", loan: "tenYears", consummation: "2026-02-28", oddDays: -27, isWithin: true },
  // 120 payments 27 days short end on 2036-02-01, before 2036-02-28: under 10 years, so the 11-day limit applies
  {
    name: "120 payments, 27 days short: term < 10 years",
    loan: "tenYearsLess",
    consummation: "2026-02-28",
    oddDays: -27,
    isWithin: false,
  },
  { name: "10-year term, 32 days long", loan: "tenYearsLess", consummation: "2025-12-31", oddDays: 32, isWithin: true },
  {
    name: "10-year term, 33 days long",
    loan: "tenYearsLess",
    consummation: "2025-12-30",
    oddDays: 33,
    isWithin: false,
  },
  // 12 payments 7 days short end on 2027-02-01, before 2027-02-08: a term under 1 year (6-day limit) …
  {
    name: "12 payments, 7 days short: term < 1 year",
    loan: "under1Year",
    consummation: "2026-02-08",
    oddDays: -7,
    isWithin: false,
  },
  // … while 13 payments end on 2027-03-01: a term of at least 1 year (11-day limit).
  {
    name: "13 payments, 7 days short: term ≥ 1 year",
    loan: "thirteenMonths",
    consummation: "2026-02-08",
    oddDays: -7,
    isWithin: true,
  },
];

describe("computeApr with oddFirstPeriod: disregard (12 CFR 1026.17(c)(4))", () => {
  for (const { name, loan, consummation, oddDays, isWithin } of cases) {
    it(`${name}: ${isWithin ? "treated as regular" : "odd_first_period_out_of_tolerance"}`, () => {
      const { payments, regularApr } = loans[loan];
      const advances = [{ amountMinor: amountFinanced, date: date(consummation) }];
      const result = computeApr({ advances, payments, oddFirstPeriod: "disregard" });
      const exact = computeApr({ advances, payments });
      expect(exact.ok).toBe(true);
      if (isWithin) {
        expect(result.ok && formatDecimal(result.value.aprPercent)).toBe(regularApr);
        expect(result.ok && result.value.oddFirstPeriodDays).toBe(oddDays);
        // the exact count differs: a longer first period lowers the APR, a shorter one raises it
        const sign =
          exact.ok && result.ok ? Math.sign(Number(exact.value.aprPercent.units - result.value.aprPercent.units)) : 0;
        expect(sign).toBe(oddDays > 0 ? -1 : 1);
      } else {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe("odd_first_period_out_of_tolerance");
        expect(result.error.details?.oddDays).toBe(oddDays);
      }
    });
  }

  it("a regular first period is unchanged, with 0 odd days", () => {
    const advances = [{ amountMinor: amountFinanced, date: date("2026-02-01") }];
    const { payments, regularApr } = loans.threeYears;
    const result = computeApr({ advances, payments, oddFirstPeriod: "disregard" });
    expect(result.ok && [formatDecimal(result.value.aprPercent), result.value.oddFirstPeriodDays]).toEqual([
      regularApr,
      0,
    ]);
  });

  it("exact mode reports no oddFirstPeriodDays and accepts any first period", () => {
    const advances = [{ amountMinor: amountFinanced, date: date("2025-12-01") }];
    const result = computeApr({ advances, payments: loans.threeYears.payments, oddFirstPeriod: "exact" });
    expect(result.ok && result.value.oddFirstPeriodDays).toBeUndefined();
  });
});

describe("oddFirstPeriodTolerance and regularFirstPeriodStart", () => {
  it("bands by whole years from consummation (12 CFR 1026.17(c)(4))", () => {
    const start = date("2026-01-15");
    expect(oddFirstPeriodTolerance(start, date("2027-01-14")).term).toBe("under-1-year");
    expect(oddFirstPeriodTolerance(start, date("2027-01-15")).term).toBe("1-to-10-years");
    expect(oddFirstPeriodTolerance(start, date("2036-01-14")).term).toBe("1-to-10-years");
    expect(oddFirstPeriodTolerance(start, date("2036-01-15"))).toEqual({
      term: "10-years-or-more",
      shorterDays: undefined,
      longerDays: 32,
    });
  });
  it("counts one unit period back, month ends to month ends", () => {
    expect(regularFirstPeriodStart(date("2026-02-28"), { unit: "month", count: 1 })).toBe("2026-01-31");
    expect(regularFirstPeriodStart(date("2026-03-15"), { unit: "month", count: 3 })).toBe("2025-12-15");
    expect(regularFirstPeriodStart(date("2026-03-15"), { unit: "week", count: 2 })).toBe("2026-03-01");
    expect(regularFirstPeriodStart(date("2026-03-15"), { unit: "semimonth", count: 1 })).toBe("2026-02-28");
  });
});
