import { describe, expect, it } from "vitest";
import { addDays, date, type LocalDate } from "../calendar/index.js";
import { formatDecimal, round } from "../money/index.js";
import { unadjustedDueDate } from "../schedule/index.js";
import { type CashFlow, computeApr } from "./apr.js";
import type { UnitPeriod } from "./unit-period.js";

function monthly(first: string, count: number, amountMinor: bigint, stepMonths = 1): CashFlow[] {
  const frequency = stepMonths === 3 ? "quarterly" : "monthly";
  return Array.from({ length: count }, (_, k) => ({
    amountMinor,
    date: stepMonths === 2 ? addMonthsSimple(first, 2 * k) : unadjustedDueDate(date(first), frequency, k).date,
  }));
}
function addMonthsSimple(first: string, months: number): LocalDate {
  return unadjustedDueDate(date(first), "monthly", months).date;
}
function everyDays(first: string, count: number, amountMinor: bigint, days: number): CashFlow[] {
  return Array.from({ length: count }, (_, k) => ({ amountMinor, date: addDays(date(first), k * days) }));
}
function semimonthly(first: string, count: number, amountMinor: bigint): CashFlow[] {
  return Array.from({ length: count }, (_, k) => ({
    amountMinor,
    date: unadjustedDueDate(date(first), "semi-monthly", k).date,
  }));
}
const advance = (amountMinor: bigint, on: string): CashFlow[] => [{ amountMinor, date: date(on) }];

// 12 CFR 1026 Appendix J (c): the Regulation's own worked examples, APRs to two decimals.
// https://www.consumerfinance.gov/rules-policy/regulations/1026/j/ (parameters as transcribed in
// FSharp.Finance.Personal tests/AprUsActuarialTests.fs).
const cases: ReadonlyArray<{
  name: string;
  advances: CashFlow[];
  payments: CashFlow[];
  want: string;
  unit: UnitPeriod;
}> = [
  {
    name: "(c)(1)(i) monthly, regular first period",
    advances: advance(500_000n, "1978-01-10"),
    payments: monthly("1978-02-10", 24, 23_000n),
    want: "9.69",
    unit: { unit: "month", count: 1 },
  },
  {
    name: "(c)(1)(ii) monthly, long first period",
    advances: advance(600_000n, "1978-02-10"),
    payments: monthly("1978-04-01", 36, 20_000n),
    want: "11.82",
    unit: { unit: "month", count: 1 },
  },
  {
    name: "(c)(1)(iii) semimonthly, short first period",
    advances: advance(500_000n, "1978-02-23"),
    payments: semimonthly("1978-03-01", 24, 21_917n),
    want: "10.34",
    unit: { unit: "semimonth", count: 1 },
  },
  {
    name: "(c)(1)(iv) quarterly, long first period",
    advances: advance(1_000_000n, "1978-05-23"),
    payments: monthly("1978-10-01", 40, 38_500n, 3),
    want: "8.97",
    unit: { unit: "month", count: 3 },
  },
  {
    name: "(c)(1)(v) weekly, long first period",
    advances: advance(50_000n, "1978-03-20"),
    payments: everyDays("1978-04-21", 30, 1_760n, 7),
    want: "14.96",
    unit: { unit: "week", count: 1 },
  },
  {
    name: "(c)(2)(i) monthly, irregular first payment",
    advances: advance(500_000n, "1978-01-10"),
    payments: [...advance(25_000n, "1978-02-10"), ...monthly("1978-03-10", 23, 23_000n)],
    want: "10.08",
    unit: { unit: "month", count: 1 },
  },
  {
    name: "(c)(2)(ii) every 4 weeks, long first period, irregular first payment",
    advances: advance(40_000n, "1978-03-18"),
    payments: [...advance(3_950n, "1978-04-20"), ...everyDays("1978-05-18", 11, 3_831n, 28)],
    want: "28.50",
    unit: { unit: "week", count: 4 },
  },
  {
    name: "(c)(3)(i) monthly, irregular final payment",
    advances: advance(500_000n, "1978-01-10"),
    payments: [...monthly("1978-02-10", 23, 23_000n), ...advance(28_000n, "1980-01-10")],
    want: "10.50",
    unit: { unit: "month", count: 1 },
  },
  {
    name: "(c)(3)(ii) every 2 weeks, short first period, irregular final payment",
    advances: advance(20_000n, "1978-04-03"),
    payments: [...everyDays("1978-04-11", 19, 950n, 14), ...advance(3_000n, "1979-01-02")],
    want: "12.22",
    unit: { unit: "week", count: 2 },
  },
  {
    name: "(c)(4)(i) monthly, irregular first and final payments",
    advances: advance(500_000n, "1978-01-10"),
    payments: [
      ...advance(25_000n, "1978-02-10"),
      ...monthly("1978-03-10", 22, 23_000n),
      ...advance(28_000n, "1980-01-10"),
    ],
    want: "10.90",
    unit: { unit: "month", count: 1 },
  },
  {
    name: "(c)(4)(ii) every 2 months, short first period, odd first and final payments",
    advances: advance(800_000n, "1978-01-10"),
    payments: [
      ...advance(44_936n, "1978-03-01"),
      ...monthly("1978-05-01", 18, 46_500n, 2),
      ...advance(20_000n, "1981-05-01"),
    ],
    want: "7.30",
    unit: { unit: "month", count: 2 },
  },
  {
    name: "(c)(5)(i) single advance, single payment, term in days",
    advances: advance(100_000n, "1978-01-03"),
    payments: advance(108_000n, "1978-09-15"),
    want: "11.45",
    unit: { unit: "day", count: 255 },
  },
];

describe("computeApr: Appendix J (c) examples", () => {
  it.each(cases)("$name → $want%", ({ advances, payments, want, unit }) => {
    const result = computeApr({ advances, payments });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unitPeriod).toEqual(unit);
    expect(formatDecimal(round(result.value.aprPercent, 2, "half-up"))).toBe(want);
  });
});

describe("computeApr: exactness and errors", () => {
  it("is the note rate when there are no fees: $200,000 at 6% for 360 months, payment 1,199.10", () => {
    // The cent-rounded payment is below the exact 1,199.1010503, so the APR sits just under 6 %: Excel
    // RATE(360, -1199.10, 200000) × 12, i.e. i solving 200000 = 1199.10 × (1 − (1+i)^−360)/i, is 5.99999183…%
    // (Python Decimal bisection at 50 digits).
    const result = computeApr({
      advances: advance(20_000_000n, "2026-01-01"),
      payments: monthly("2026-02-01", 360, 119_910n),
    });
    expect(result.ok && formatDecimal(result.value.aprPercent)).toBe("5.999992");
  });
  it("a zero-interest loan has a 0 APR", () => {
    const result = computeApr({
      advances: advance(120_000n, "2026-01-01"),
      payments: monthly("2026-02-01", 12, 10_000n),
    });
    expect(result.ok && formatDecimal(result.value.aprPercent)).toBe("0.000000");
  });
  it("refuses payments totalling less than the advance", () => {
    const result = computeApr({
      advances: advance(120_000n, "2026-01-01"),
      payments: monthly("2026-02-01", 12, 9_000n),
    });
    expect(!result.ok && result.error.code).toBe("apr_not_computable");
  });
  it("refuses advances with no positive amount", () => {
    const badAmount = computeApr({ advances: advance(0n, "2026-01-01"), payments: advance(2n, "2026-02-01") });
    expect(!badAmount.ok && badAmount.error.code).toBe("invalid_amount");
  });
});
