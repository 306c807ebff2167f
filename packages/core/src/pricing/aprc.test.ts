import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { formatDecimal } from "../money/index.js";
import { unadjustedDueDate } from "../schedule/index.js";
import type { CashFlow } from "./apr.js";
import { computeAprc } from "./aprc.js";
import { aprcTime } from "./aprc-time.js";

function monthly(first: string, count: number, amountMinor: bigint): CashFlow[] {
  return Array.from({ length: count }, (_, k) => ({
    amountMinor,
    date: unadjustedDueDate(date(first), "monthly", k).date,
  }));
}

interface Case {
  readonly name: string;
  readonly drawdowns: ReadonlyArray<CashFlow>;
  readonly payments: ReadonlyArray<CashFlow>;
  /** The root in percent, half-up to 6 decimals, and as published (1 decimal). */
  readonly want: { readonly exact: string; readonly published: string };
}

const single = (amountMinor: bigint, on: string): CashFlow[] => [{ amountMinor, date: date(on) }];

// Every `exact` figure is the closed form evaluated in 60-digit Python Decimal, half-up to 6 decimals:
// one payment P for a drawdown C after t years gives X = (P / C)^(1/t) − 1; two equal monthly payments A for C give
// v = (1 + X)^(−1/12) = (−A + √(A² + 4AC)) / 2A, X = v^−12 − 1; level payments: 200-step Decimal bisection.
const cases: ReadonlyArray<Case> = [
  {
    name: "FCA CONC App 1.2 representative example: £10,000, 60 × £222.44 monthly → 12.7 %",
    drawdowns: single(1_000_000n, "2026-01-01"),
    payments: monthly("2026-02-01", 60, 22_244n),
    want: { exact: "12.681515", published: "12.7" },
  },
  {
    name: "SWD(2012) 128 § 4.1.1 time rule: 2012-01-12 → 2012-02-15 is 1/12 + 3/365 years; 1,000 → 1,010",
    drawdowns: single(100_000n, "2012-01-12"),
    payments: single(101_000n, "2012-02-15"),
    want: { exact: "11.481047", published: "11.5" },
  },
  {
    name: "UK CFA short-term loan example: £200, £250 one month later → 1355.2 % (1.25^12 − 1)",
    drawdowns: single(20_000n, "2025-03-10"),
    payments: single(25_000n, "2025-04-10"),
    want: { exact: "1355.191523", published: "1355.2" },
  },
  {
    name: "UK CFA overdraft example: £200, £350 one month later → 82400.5 % (1.75^12 − 1)",
    drawdowns: single(20_000n, "2025-03-10"),
    payments: single(35_000n, "2025-04-10"),
    want: { exact: "82400.500685", published: "82400.5" },
  },
  {
    name: "£500 repaid 2 × £270 monthly (reference § 8: above the 84.63 % of a days/365 convention)",
    drawdowns: single(50_000n, "2025-01-15"),
    payments: monthly("2025-02-15", 2, 27_000n),
    want: { exact: "85.585078", published: "85.6" },
  },
  {
    name: "payday: £150, £191.99 after 9 days → (191.99/150)^(365/9) − 1, millions of percent",
    drawdowns: single(15_000n, "2025-03-01"),
    payments: single(19_199n, "2025-03-10"),
    want: { exact: "2223427.523829", published: "2223427.5" },
  },
  {
    name: "£364.54, £450 after 30 days (no whole month: 2025-03-01 → 03-31) → t = 30/365",
    drawdowns: single(36_454n, "2025-03-01"),
    payments: single(45_000n, "2025-03-31"),
    want: { exact: "1196.738629", published: "1196.7" },
  },
  {
    name: "one year exactly: 1,000 → 1,100 is 10 %",
    drawdowns: single(100_000n, "2024-01-01"),
    payments: single(110_000n, "2025-01-01"),
    want: { exact: "10.000000", published: "10.0" },
  },
  {
    name: "payments equal to the drawdown: 0 %",
    drawdowns: single(100_000n, "2024-01-01"),
    payments: monthly("2024-02-01", 4, 25_000n),
    want: { exact: "0.000000", published: "0.0" },
  },
];

describe("computeAprc: exact (bounded) solver, Directive 2008/48/EC Annex I", () => {
  for (const { name, drawdowns, payments, want } of cases) {
    it(name, () => {
      const result = computeAprc({ drawdowns, payments });
      expect(result.ok || result.error.code).toBe(true);
      if (!result.ok) return;
      expect(formatDecimal(result.value.aprcPercent)).toBe(want.exact);
      expect(formatDecimal(result.value.disclosedAprcPercent)).toBe(want.published);
    });
  }

  it("publishes from the root itself: 1.03^12 − 1 = 42.576088… % at 2 decimals is 42.58", () => {
    const result = computeAprc({
      drawdowns: single(100_000n, "2025-01-01"),
      payments: single(103_000n, "2025-02-01"),
      disclosedDecimals: 2,
    });
    expect(result.ok && formatDecimal(result.value.disclosedAprcPercent)).toBe("42.58");
  });

  it("a root exactly on a half-point publishes half-up (remark (d)): 1,000 → 1,100.50 in a year is 10.05 % → 10.1", () => {
    const result = computeAprc({ drawdowns: single(100_000n, "2024-01-01"), payments: single(110_050n, "2025-01-01") });
    expect(result.ok && formatDecimal(result.value.aprcPercent)).toBe("10.050000");
    expect(result.ok && formatDecimal(result.value.disclosedAprcPercent)).toBe("10.1");
  });

  it("two drawdowns: 1,000 now and 1,000 in a year, 2,310 in two years → 10 % ((1.1)² + 1.1 = 2.31)", () => {
    const result = computeAprc({
      drawdowns: [...single(100_000n, "2024-01-01"), ...single(100_000n, "2025-01-01")],
      payments: single(231_000n, "2026-01-01"),
    });
    expect(result.ok && formatDecimal(result.value.aprcPercent)).toBe("10.000000");
  });

  const failures: ReadonlyArray<{ name: string; given: Parameters<typeof computeAprc>[0]; code: string }> = [
    { name: "no payment", given: { drawdowns: single(1n, "2025-01-01"), payments: [] }, code: "invalid_term" },
    {
      name: "payments below the drawdown",
      given: { drawdowns: single(1_000n, "2025-01-01"), payments: single(999n, "2025-02-01") },
      code: "apr_not_computable",
    },
    {
      name: "a payment before the drawdown",
      given: { drawdowns: single(1_000n, "2025-01-01"), payments: single(2_000n, "2024-12-01") },
      code: "first_payment_before_disbursement",
    },
    {
      name: "a negative amount",
      given: { drawdowns: single(1_000n, "2025-01-01"), payments: single(-5n, "2025-02-01") },
      code: "invalid_amount",
    },
    {
      name: "an APRC above 10^9 %: 100 → 200 the next day",
      given: { drawdowns: single(100n, "2025-01-01"), payments: single(200n, "2025-01-02") },
      code: "apr_not_computable",
    },
    {
      name: "disclosedDecimals of 7",
      given: { drawdowns: single(100n, "2025-01-01"), payments: single(200n, "2026-01-01"), disclosedDecimals: 7 },
      code: "invalid_term",
    },
  ];
  for (const { name, given, code } of failures) {
    it(`fails with ${code}: ${name}`, () => {
      const result = computeAprc(given);
      expect(!result.ok && result.error.code).toBe(code);
    });
  }
});

describe("aprcTime: Annex I remark (c)", () => {
  const table = [
    // SWD(2012) 128 § 4.1.1's own example
    { from: "2012-01-12", to: "2012-02-15", want: { months: 1, days: 3, yearDays: 365 } },
    // odd days end on 2024-03-20 (one month back from 04-20); the year back (2023-03-20, 2024-03-20] holds 29 Feb
    { from: "2024-03-05", to: "2024-04-20", want: { months: 1, days: 15, yearDays: 366 } },
    // odd days end on 2024-01-20; the year back (2023-01-20, 2024-01-20] holds no 29 Feb
    { from: "2024-01-10", to: "2024-03-20", want: { months: 2, days: 10, yearDays: 365 } },
    // month end counts back to month ends: 2025-01-31 → 2025-02-28 is one month
    { from: "2025-01-31", to: "2025-02-28", want: { months: 1, days: 0, yearDays: 365 } },
  ];
  for (const { from, to, want } of table) {
    it(`${from} → ${to}`, () => expect(aprcTime(date(from), date(to))).toEqual(want));
  }
});
