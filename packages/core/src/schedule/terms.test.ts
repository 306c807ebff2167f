import { describe, expect, it } from "vitest";
import { type ScheduleTermsInput, validateScheduleTerms } from "./terms.js";

const base: ScheduleTermsInput = {
  currency: "USD",
  principalMinor: 1_000_000n,
  annualRatePercent: "7.25",
  disbursementDate: "2026-01-15",
  firstPaymentDate: "2026-02-15",
  numberOfPayments: 12,
  frequency: "monthly",
  interestMethod: "declining-balance",
  amortization: "equal-installments",
  interestCalculation: "periodic",
  dayCount: "30/360-us",
  rounding: { installmentMultipleMinor: 1n, mode: "half-even", interestMode: "half-even" },
};

describe("validateScheduleTerms", () => {
  it("accepts good terms and normalizes them", () => {
    const result = validateScheduleTerms({ ...base, principalMinor: 1_000_000, annualRatePercent: "7.2500" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.principalMinor).toBe(1_000_000n);
    expect(result.value.annualRatePercent).toEqual({ units: 725n, scale: 2 });
  });

  // Bad terms named by issue 3 ("Proof"), each with its specific code.
  const cases: ReadonlyArray<{ name: string; given: Partial<ScheduleTermsInput>; code: string; path: string }> = [
    { name: "zero amount", given: { principalMinor: 0n }, code: "invalid_amount", path: "principalMinor" },
    { name: "negative amount", given: { principalMinor: -5n }, code: "invalid_amount", path: "principalMinor" },
    {
      name: "fractional number amount",
      given: { principalMinor: 10.5 },
      code: "invalid_amount",
      path: "principalMinor",
    },
    { name: "term 0", given: { numberOfPayments: 0 }, code: "invalid_term", path: "numberOfPayments" },
    { name: "term 2.5", given: { numberOfPayments: 2.5 }, code: "invalid_term", path: "numberOfPayments" },
    { name: "negative rate", given: { annualRatePercent: "-1" }, code: "invalid_rate", path: "annualRatePercent" },
    {
      name: "rate over 1000%",
      given: { annualRatePercent: "1000.5" },
      code: "invalid_rate",
      path: "annualRatePercent",
    },
    {
      name: "rate with 20 decimals",
      given: { annualRatePercent: "7.12345678901234567891" },
      code: "invalid_rate",
      path: "annualRatePercent",
    },
    {
      name: "rate in exponent form",
      given: { annualRatePercent: "7e0" },
      code: "invalid_rate",
      path: "annualRatePercent",
    },
    { name: "2025-02-30", given: { disbursementDate: "2025-02-30" }, code: "invalid_date", path: "disbursementDate" },
    {
      name: "first payment before disbursement",
      given: { firstPaymentDate: "2026-01-01" },
      code: "first_payment_before_disbursement",
      path: "firstPaymentDate",
    },
    {
      name: "first payment on the disbursement day",
      given: { firstPaymentDate: "2026-01-15" },
      code: "first_payment_before_disbursement",
      path: "firstPaymentDate",
    },
    { name: "unknown currency", given: { currency: "XYZ" }, code: "unknown_currency", path: "currency" },
    {
      name: "flat with equal principal",
      given: { interestMethod: "flat", amortization: "equal-principal" },
      code: "unsupported_combination",
      path: "amortization",
    },
    {
      name: "balloon with interest-only",
      given: { amortization: "interest-only", balloonMinor: 100n },
      code: "unsupported_combination",
      path: "balloonMinor",
    },
    {
      name: "balloon as large as the principal",
      given: { balloonMinor: 1_000_000n },
      code: "invalid_amount",
      path: "balloonMinor",
    },
    {
      name: "grace covering every installment",
      given: { principalGracePeriods: 12 },
      code: "invalid_term",
      path: "principalGracePeriods",
    },
    {
      name: "interest grace longer than principal grace",
      given: { principalGracePeriods: 1, interestGracePeriods: 2 },
      code: "invalid_term",
      path: "interestGracePeriods",
    },
    {
      name: "installment multiple 0",
      given: { rounding: { installmentMultipleMinor: 0n, mode: "up", interestMode: "up" } },
      code: "invalid_amount",
      path: "rounding",
    },
  ];
  it.each(cases)("$name → $code", ({ given, code, path }) => {
    const result = validateScheduleTerms({ ...base, ...given });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path?.[0]).toBe(path);
  });
});
