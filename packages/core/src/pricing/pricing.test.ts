import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { dec, formatDecimal, round } from "../money/index.js";
import { unadjustedDueDate } from "../schedule/index.js";
import type { CashFlow } from "./apr.js";
import { computeAprc } from "./aprc.js";
import { checkMilitaryApr, disclose } from "./disclosure.js";
import { paymentForApr, rateForPayment } from "./inverse.js";

function monthly(first: string, count: number, amountMinor: bigint): CashFlow[] {
  return Array.from({ length: count }, (_, k) => ({
    amountMinor,
    date: unadjustedDueDate(date(first), "monthly", k).date,
  }));
}
const start = date("2026-01-01");

// Expected rates below are spreadsheet RATE(n, −payment, principal) × 12 (the i solving
// principal = payment × (1 − (1+i)^−n)/i), computed by 50-digit Python Decimal bisection.
describe("disclose: TILA figures", () => {
  it("$10,000 at 60 × $198.01 with a $200 prepaid finance charge", () => {
    const result = disclose({
      consummationDate: start,
      amountFinancedMinor: 980_000n,
      prepaidFinanceChargesMinor: 20_000n,
      payments: monthly("2026-02-01", 60, 19_801n),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // TOP = 60 × 198.01 = 11,880.60; FC = TOP − AF = 2,080.60 (§ 1026.18(d), (h)); APR = RATE(60,−198.01,9800)×12 = 7.8509 %.
    expect(result.value.totalOfPaymentsMinor).toBe(1_188_060n);
    expect(result.value.financeChargeMinor).toBe(208_060n);
    expect(formatDecimal(result.value.aprPercent)).toBe("7.850878");
    expect(result.value.disclosedAprPercent).toBe("7.851");
  });
  it("refuses both or neither of schedule and payments", () => {
    const result = disclose({ consummationDate: start, amountFinancedMinor: 1n });
    expect(!result.ok && result.error.code).toBe("invalid_term");
  });
});

describe("checkMilitaryApr: 36 % MAPR", () => {
  // $1,000 financed, 12 × $95; the MAPR counts extra charges as finance charges (32 CFR 232.4(c)).
  const payments = monthly("2026-02-01", 12, 9_500n);
  it("$50 of credit insurance: MAPR = RATE(12,−95,950)×12 = 35.0742 % — within the cap", () => {
    const result = checkMilitaryApr({
      consummationDate: start,
      amountFinancedMinor: 100_000n,
      additionalChargesMinor: 5_000n,
      payments,
    });
    expect(result.ok && formatDecimal(round(result.value.maprPercent, 4, "half-up"))).toBe("35.0742");
    expect(result.ok && result.value.isWithinLimit).toBe(true);
  });
  it("$100 of charges: MAPR = RATE(12,−95,900)×12 = 46.0609 % — over the cap", () => {
    const result = checkMilitaryApr({
      consummationDate: start,
      amountFinancedMinor: 100_000n,
      additionalChargesMinor: 10_000n,
      payments,
    });
    expect(result.ok && formatDecimal(round(result.value.maprPercent, 4, "half-up"))).toBe("46.0609");
    expect(result.ok && result.value.isWithinLimit).toBe(false);
  });
});

describe("inverse solves", () => {
  it("rateForPayment is RATE × 12", () => {
    const cases = [
      { principalMinor: 20_000_000n, paymentMinor: 119_910n, numberOfPayments: 360, want: "5.999992" },
      { principalMinor: 1_000_000n, paymentMinor: 19_801n, numberOfPayments: 60, want: "6.999579" },
    ];
    for (const { want, ...given } of cases) {
      const result = rateForPayment({ ...given, frequency: "monthly" });
      expect(result.ok && formatDecimal(result.value)).toBe(want);
    }
  });
  it("paymentForApr is PMT when the first period is regular", () => {
    // PMT(6%/12, 360, −200000) = 1,199.1010 → 1,199.10 half-up, 1,199.11 up; PMT(7.5%/12, 60, −9800) = 196.3719.
    const base = { advanceDate: start, firstPaymentDate: date("2026-02-01"), frequency: "monthly" as const };
    const mortgage = { ...base, amountFinancedMinor: 20_000_000n, numberOfPayments: 360, aprPercent: dec("6") };
    expect(paymentForApr({ ...mortgage, mode: "half-up" })).toEqual({ ok: true, value: 119_910n });
    expect(paymentForApr({ ...mortgage, mode: "up" })).toEqual({ ok: true, value: 119_911n });
    const car = {
      ...base,
      amountFinancedMinor: 980_000n,
      numberOfPayments: 60,
      aprPercent: dec("7.5"),
      mode: "half-up" as const,
    };
    expect(paymentForApr(car)).toEqual({ ok: true, value: 19_637n });
  });
});

describe("computeAprc: EU Directive 2008/48/EC Annex I", () => {
  it("FCA CONC App 1.2 example: £10,000 repaid by 60 monthly £222.44 → 12.7 %", () => {
    // (1 + r)^12 − 1 with r = RATE(60, −222.44, 10000) is 12.6815 %.
    const result = computeAprc({
      drawdowns: [{ amountMinor: 1_000_000n, date: start }],
      payments: monthly("2026-02-01", 60, 22_244n),
    });
    expect(result.ok && formatDecimal(round(result.value.aprcPercent, 1, "half-up"))).toBe("12.7");
    expect(result.ok && formatDecimal(round(result.value.aprcPercent, 4, "half-up"))).toBe("12.6815");
  });
  it("SWD(2012) 128 § 4.1.1 time rule: 2012-01-12 → 2012-02-15 is 1/12 + 3/365 years", () => {
    // 1,000 drawn, 1,010 repaid: X = 1.01^(1/(1/12 + 3/365)) − 1 = 11.4810 %.
    const result = computeAprc({
      drawdowns: [{ amountMinor: 100_000n, date: date("2012-01-12") }],
      payments: [{ amountMinor: 101_000n, date: date("2012-02-15") }],
    });
    expect(result.ok && formatDecimal(round(result.value.aprcPercent, 4, "half-up"))).toBe("11.4810");
  });
  it("one year exactly: 1,000 → 1,100 is 10 %", () => {
    const result = computeAprc({
      drawdowns: [{ amountMinor: 100_000n, date: date("2024-01-01") }],
      payments: [{ amountMinor: 110_000n, date: addDays(date("2024-01-01"), 366) }],
    });
    expect(result.ok && formatDecimal(round(result.value.aprcPercent, 4, "half-up"))).toBe("10.0000");
  });
});
