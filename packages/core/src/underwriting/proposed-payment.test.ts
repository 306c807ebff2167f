import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { formatDecimal } from "../money/index.js";
import type { ScheduleTermsInput } from "../schedule/index.js";
import { debtToIncome } from "./debt-to-income.js";
import { monthlyPrincipalAndInterest } from "./proposed-payment.js";

const terms: ScheduleTermsInput = {
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

describe("monthlyPrincipalAndInterest (payment for DTI from schedule/)", () => {
  it("uses the annuity payment: $200,000 at 6% for 30 years is $1,199.10", () => {
    // Excel PMT(0.06/12, 360, -200000) = 1,199.101050… → 1,199.10.
    expect(unwrap(monthlyPrincipalAndInterest(terms))).toEqual({
      installmentMinor: 119_910n,
      monthlyPaymentMinor: 119_910n,
      method: "level-installment",
    });
  });

  it("uses the largest installment for equal principal: $12,000 at 12% over 12 months", () => {
    // First installment: principal 12,000 / 12 = 1,000 plus interest 12,000 × 1% = 120 → 1,120.00.
    const result = unwrap(
      monthlyPrincipalAndInterest({
        ...terms,
        principalMinor: 1_200_000n,
        annualRatePercent: "12",
        numberOfPayments: 12,
        amortization: "equal-principal",
      }),
    );
    expect([result.installmentMinor, result.method]).toEqual([112_000n, "largest-installment"]);
  });

  it("feeds debtToIncome: $1,199.10 P&I + $300 escrow + $500 debts on $6,000", () => {
    // (1,199.10 + 300) / 6,000 = 24.985% → 24.99 (half-up); (1,499.10 + 500) / 6,000 = 33.318… → 33.32.
    const payment = unwrap(monthlyPrincipalAndInterest(terms));
    const dti = unwrap(
      debtToIncome(
        {
          grossMonthlyIncomeMinor: 600_000n,
          housingPayment: { principalAndInterestMinor: payment.monthlyPaymentMinor, propertyTaxesMinor: 30_000n },
          otherMonthlyDebtsMinor: [50_000n],
        },
        { scale: 2, mode: "half-up" },
      ),
    );
    expect([formatDecimal(dti.frontEndPercent), formatDecimal(dti.backEndPercent)]).toEqual(["24.99", "33.32"]);
  });

  it("passes on invalid terms", () => {
    const result = monthlyPrincipalAndInterest({ ...terms, numberOfPayments: 0 });
    expect(result.ok ? "" : result.error.code).toBe("invalid_term");
  });
});
