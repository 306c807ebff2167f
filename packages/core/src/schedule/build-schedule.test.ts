import { describe, expect, it } from "vitest";
import { businessCalendar } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildSchedule, regularPaymentMinor } from "./build-schedule.js";
import { type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";

const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 20_000_000n,
  annualRatePercent: "6",
  disbursementDate: "2026-01-01",
  firstPaymentDate: "2026-02-01",
  numberOfPayments: 360,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rounding: { installmentMultipleMinor: 1n, mode: "half-up", interestMode: "half-up" },
};

function terms(overrides: Partial<ScheduleTermsInput> = {}) {
  return unwrap(validateScheduleTerms({ ...base, ...overrides }));
}

function build(overrides: Partial<ScheduleTermsInput> = {}) {
  return unwrap(buildSchedule(terms(overrides)));
}

describe("regularPaymentMinor: level payment", () => {
  // Expected values are spreadsheet PMT results, =PMT(annual/periodsPerYear, n, -principal [, balloon]),
  // i.e. P·i·(1+i)^n / ((1+i)^n − 1), rounded half-up to the cent. Cross-checked in Python Decimal (60 digits).
  const cases = [
    { name: "$200,000 at 6% for 360 months", given: {}, want: 119_910n },
    {
      name: "$10,000 at 7% for 60 months",
      given: { principalMinor: 1_000_000n, annualRatePercent: "7", numberOfPayments: 60 },
      want: 19_801n,
    },
    {
      name: "$100,000 at 5% for 360 months",
      given: { principalMinor: 10_000_000n, annualRatePercent: "5" },
      want: 53_682n,
    },
    {
      name: "$150,000 at 4.5% for 180 months",
      given: { principalMinor: 15_000_000n, annualRatePercent: "4.5", numberOfPayments: 180 },
      want: 114_749n,
    },
    {
      name: "$250,000 at 7.25% for 360 months",
      given: { principalMinor: 25_000_000n, annualRatePercent: "7.25" },
      want: 170_544n,
    },
    {
      name: "$5,000 at 8% weekly for 104 weeks, PMT(8%/52,104,-5000)",
      given: {
        principalMinor: 500_000n,
        annualRatePercent: "8",
        numberOfPayments: 104,
        frequency: "weekly",
        firstPaymentDate: "2026-01-08",
      },
      want: 5_206n,
    },
    {
      name: "$5,000 at 8% biweekly for 52, PMT(8%/26,52,-5000)",
      given: {
        principalMinor: 500_000n,
        annualRatePercent: "8",
        numberOfPayments: 52,
        frequency: "biweekly",
        firstPaymentDate: "2026-01-15",
      },
      want: 10_420n,
    },
    {
      name: "$5,000 at 8% semi-monthly for 48, PMT(8%/24,48,-5000)",
      given: {
        principalMinor: 500_000n,
        annualRatePercent: "8",
        numberOfPayments: 48,
        frequency: "semi-monthly",
        firstPaymentDate: "2026-01-16",
      },
      want: 11_290n,
    },
    {
      name: "$50,000 at 8% quarterly for 20, PMT(8%/4,20,-50000)",
      given: {
        principalMinor: 5_000_000n,
        annualRatePercent: "8",
        numberOfPayments: 20,
        frequency: "quarterly",
        firstPaymentDate: "2026-04-01",
      },
      want: 305_784n,
    },
    {
      name: "$50,000 at 8% yearly for 10, PMT(8%,10,-50000)",
      given: {
        principalMinor: 5_000_000n,
        annualRatePercent: "8",
        numberOfPayments: 10,
        frequency: "yearly",
        firstPaymentDate: "2027-01-01",
      },
      want: 745_147n,
    },
    {
      name: "$20,000 at 6% for 60 months, $5,000 balloon: PMT(0.5%,60,-20000,5000)",
      given: { principalMinor: 2_000_000n, numberOfPayments: 60, balloonMinor: 500_000n },
      want: 31_499n,
    },
    {
      name: "zero rate: 12,000 / 12",
      given: { principalMinor: 1_200_000n, annualRatePercent: "0", numberOfPayments: 12 },
      want: 100_000n,
    },
  ] as const;
  it.each(cases)("$name", ({ given, want }) => {
    expect(regularPaymentMinor(terms(given))).toBe(want);
  });
});

describe("buildSchedule: annuity", () => {
  it("first row splits the payment as IPMT/PPMT do", () => {
    // IPMT(0.5%, 1, 360, -200000) = 1000.00; PPMT = 199.10; balance 199,800.90.
    const row = build().rows[0]!;
    expect(row).toMatchObject({
      number: 1,
      interestMinor: 100_000n,
      principalMinor: 19_910n,
      balanceMinor: 19_980_090n,
    });
    expect(row).toMatchObject({ startDate: "2026-01-01", dueDate: "2026-02-01", days: 31 });
  });
  it("every row but the last is the level payment; the last clears the balance", () => {
    const schedule = build();
    const rows = schedule.rows;
    expect(rows).toHaveLength(360);
    for (const row of rows.slice(0, -1)) expect(row.totalMinor).toBe(119_910n);
    expect(rows.at(-1)!.balanceMinor).toBe(0n);
    // The exact payment is 1199.1010503; rounding down to the cent leaves ≈ 0.0010503 × s(360, 0.5%) ≈ $1.05
    // to the last row: FV of the shortfall = 0.00105 × ((1.005^360 − 1)/0.005) = 1.055.
    const last = rows.at(-1)!.totalMinor;
    expect(last - 119_910n).toBeGreaterThanOrEqual(100n);
    expect(last - 119_910n).toBeLessThanOrEqual(110n);
    const principal = rows.reduce((sum, row) => sum + row.principalMinor, 0n);
    expect(principal).toBe(20_000_000n);
    expect(schedule.totals.paymentMinor).toBe(rows.reduce((sum, row) => sum + row.totalMinor, 0n));
  });
  it("rounds the installment to whole dollars and settles the difference in the last row", () => {
    const rows = build({ rounding: { installmentMultipleMinor: 100n, mode: "up", interestMode: "half-up" } }).rows;
    for (const row of rows.slice(0, -1)) expect(row.totalMinor).toBe(120_000n);
    expect(rows.at(-1)!.totalMinor).toBeLessThan(120_000n);
    expect(rows.at(-1)!.balanceMinor).toBe(0n);
  });
  it("a balloon is paid with the last installment", () => {
    // PMT(0.5%, 60, -20000, 5000) = 314.992…; the last row is ≈ 314.99 + 5,000.00.
    const rows = build({ principalMinor: 2_000_000n, numberOfPayments: 60, balloonMinor: 500_000n }).rows;
    expect(rows[58]!.balanceMinor).toBeGreaterThanOrEqual(500_000n);
    expect(rows[58]!.balanceMinor).toBeLessThan(500_000n + 31_499n);
    // The cent dropped from 314.99202 grows to 0.00202 × s(60, 0.5%) = 0.00202 × 69.77 ≈ 0.14, plus the per-row
    // interest roundings: the last row is a few cents above 314.99 + 5,000.
    const excess = rows[59]!.totalMinor - (31_499n + 500_000n);
    expect(excess).toBeGreaterThanOrEqual(0n);
    expect(excess).toBeLessThanOrEqual(30n);
  });
});

describe("buildSchedule: other amortizations", () => {
  it("equal principal: $12,000 at 12% over 12 months", () => {
    // Principal 1,000 a month; interest 1% of the opening balance: 120, 110, …, 10 (sum 780 = 10 × 78).
    const rows = build({
      principalMinor: 1_200_000n,
      annualRatePercent: "12",
      numberOfPayments: 12,
      amortization: "equal-principal",
    }).rows;
    expect(rows.map((r) => r.principalMinor)).toEqual(Array(12).fill(100_000n));
    expect(rows.map((r) => r.interestMinor)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((x) => BigInt(x) * 1_000n),
    );
  });
  it("interest-only: $100,000 at 6% for 12 months pays $500 a month and the principal at the end", () => {
    const rows = build({ principalMinor: 10_000_000n, numberOfPayments: 12, amortization: "interest-only" }).rows;
    for (const row of rows.slice(0, -1)) expect(row).toMatchObject({ principalMinor: 0n, interestMinor: 50_000n });
    expect(rows[11]).toMatchObject({ principalMinor: 10_000_000n, interestMinor: 50_000n, totalMinor: 10_050_000n });
  });
  it("flat: $10,000 at 10% flat for 12 months", () => {
    // Flat interest = principal × rate × years = 1,000.00; installment (10,000 + 1,000)/12 = 916.67 (half-up).
    const schedule = build({
      principalMinor: 1_000_000n,
      annualRatePercent: "10",
      numberOfPayments: 12,
      interestMethod: "flat",
    });
    expect(schedule.totals.interestMinor).toBe(100_000n);
    for (const row of schedule.rows.slice(0, -1)) expect(row.totalMinor).toBe(91_667n);
    expect(schedule.rows[11]!.totalMinor).toBe(1_100_000n - 11n * 91_667n);
  });
});

describe("buildSchedule: odd first periods, grace, business days, daily interest", () => {
  const loan = { principalMinor: 1_200_000n, annualRatePercent: "12", numberOfPayments: 12 } as const;
  it("a long first period earns a whole month plus the leftover days (30/360)", () => {
    // 2026-01-15 → 2026-03-01: one whole month back from Mar 1 (to Feb 1) + 16 days (30/360, Jan 15 → Feb 1):
    // 12,000 × 12% × (1/12 + 16/360) = 120 + 64 = 184.00.
    const row = build({ ...loan, disbursementDate: "2026-01-15", firstPaymentDate: "2026-03-01" }).rows[0]!;
    expect(row.interestMinor).toBe(18_400n);
    expect(row.days).toBe(45);
  });
  it("a short first period earns the actual days (Actual/365F)", () => {
    // 2026-01-20 → 2026-02-01 is 12 days: 12,000 × 12% × 12/365 = 47.342… → 47.34.
    const row = build({ ...loan, disbursementDate: "2026-01-20", dayCount: "actual/365-fixed" }).rows[0]!;
    expect(row.interestMinor).toBe(4_734n);
  });
  it("an odd first period still gives equal installments", () => {
    const rows = build({ ...loan, disbursementDate: "2026-01-15", firstPaymentDate: "2026-03-01" }).rows;
    const level = rows[0]!.totalMinor;
    for (const row of rows.slice(1, -1)) expect(row.totalMinor).toBe(level);
  });
  it("a long first period on a long loan: regular PMT, the odd days' interest added to the first installment", () => {
    // 45 days on $250,000 at 7.25 % for 360 months: spreading the odd interest would need the balance to grow, so
    // the level payment is PMT(7.25%/12, 360, −250000) = 1,705.44 and row 1 adds 250,000 × 7.25 % × 16/360 (30/360,
    // 2026-01-15 → 02-01) = 805.56: interest 2,315.97 (one rounding of 1/12 + 16/360), principal 1,705.44 − 1,510.42.
    const rows = build({
      principalMinor: 25_000_000n,
      annualRatePercent: "7.25",
      disbursementDate: "2026-01-15",
      firstPaymentDate: "2026-03-01",
    }).rows;
    expect(rows[0]).toMatchObject({ interestMinor: 231_597n, principalMinor: 19_502n, totalMinor: 251_099n });
    for (const row of rows.slice(1, -1)) expect(row.totalMinor).toBe(170_544n);
  });
  it("principal grace: three interest-only months, then PMT(1%, 9, -12000) = 1,400.88", () => {
    const rows = build({ ...loan, principalGracePeriods: 3 }).rows;
    expect(rows.slice(0, 3).map((r) => r.totalMinor)).toEqual([12_000n, 12_000n, 12_000n]);
    expect(rows[3]!.totalMinor).toBe(140_088n);
  });
  it("interest grace defers the interest to the first installment after it", () => {
    const rows = build({ ...loan, principalGracePeriods: 3, interestGracePeriods: 2 }).rows;
    expect(rows.slice(0, 3).map((r) => r.interestMinor)).toEqual([0n, 0n, 36_000n]);
    expect(rows[3]!.totalMinor).toBe(140_088n);
  });
  it("moves due dates that fall on a weekend (2026-03-01 is a Sunday)", () => {
    const calendar = businessCalendar({ name: "weekends", holidays: [] });
    const rows = build({ ...loan, businessDays: { calendar, convention: "following" } }).rows;
    expect(rows[1]!.dueDate).toBe("2026-03-02");
    expect(rows[2]!.startDate).toBe("2026-03-02");
  });
  it("daily interest uses the actual days of each period (Actual/365F)", () => {
    // Jan: 31 days: 12,000 × 12% × 31/365 = 122.30 (122.301…).
    const rows = build({ ...loan, interestCalculation: "daily", dayCount: "actual/365-fixed" }).rows;
    expect(rows[0]!.interestMinor).toBe(12_230n);
    expect(rows.at(-1)!.balanceMinor).toBe(0n);
  });
  it("fees are added to each installment but not to the balance", () => {
    const schedule = build({ ...loan, feesPerInstallmentMinor: 500n });
    expect(schedule.rows[0]!.feesMinor).toBe(500n);
    expect(schedule.totals.feesMinor).toBe(6_000n);
  });
});
