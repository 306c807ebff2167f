import { describe, expect, it } from "vitest";
import { dec } from "../money/index.js";
import { demoProducts } from "./demo-products.js";
import { checkLoanRequest, type LoanRequest } from "./loan-request.js";

// Limits come from the demo personal loan: USD 1,000.00-50,000.00 (100000-5000000 cents),
// 12-60 monthly payments, 7.99-35.99 % a year, default 36 payments at 17.99 %.
const personal = demoProducts[0]!;
const valid: LoanRequest = { amountMinor: 1_000_000n, currency: "USD", numberOfPayments: 36, ratePercent: "12.5" };

describe("checkLoanRequest", () => {
  it("accepts a request inside every limit and parses the rate exactly", () => {
    expect(checkLoanRequest(personal, valid)).toEqual({
      ok: true,
      value: {
        amountMinor: 1_000_000n,
        currency: "USD",
        numberOfPayments: 36,
        frequency: "monthly",
        annualRatePercent: dec("12.5"),
      },
    });
  });

  it("fills the product's defaults", () => {
    const result = checkLoanRequest(personal, { amountMinor: 500_000n });
    expect(result).toEqual({
      ok: true,
      value: {
        amountMinor: 500_000n,
        currency: "USD",
        numberOfPayments: 36,
        frequency: "monthly",
        annualRatePercent: dec("17.99"),
      },
    });
  });

  const edges: ReadonlyArray<{ name: string; request: LoanRequest }> = [
    { name: "smallest amount", request: { ...valid, amountMinor: 100_000n } },
    { name: "largest amount", request: { ...valid, amountMinor: 5_000_000n } },
    { name: "shortest term", request: { ...valid, numberOfPayments: 12 } },
    { name: "longest term", request: { ...valid, numberOfPayments: 60 } },
    { name: "lowest rate", request: { ...valid, ratePercent: "7.99" } },
    { name: "highest rate written with trailing zeros", request: { ...valid, ratePercent: "35.990000" } },
  ];
  it.each(edges)("accepts the limit itself: $name", ({ request }) => {
    expect(checkLoanRequest(personal, request).ok).toBe(true);
  });

  const refusals: ReadonlyArray<{ name: string; request: LoanRequest; code: string; path: string }> = [
    {
      name: "a currency the product does not allow",
      request: { ...valid, currency: "EUR" },
      code: "currency_not_allowed",
      path: "currency",
    },
    {
      name: "one cent under the minimum",
      request: { ...valid, amountMinor: 99_999n },
      code: "amount_out_of_range",
      path: "amountMinor",
    },
    {
      name: "one cent over the maximum",
      request: { ...valid, amountMinor: 5_000_001n },
      code: "amount_out_of_range",
      path: "amountMinor",
    },
    {
      name: "too few payments",
      request: { ...valid, numberOfPayments: 11 },
      code: "term_out_of_range",
      path: "numberOfPayments",
    },
    {
      name: "too many payments",
      request: { ...valid, numberOfPayments: 61 },
      code: "term_out_of_range",
      path: "numberOfPayments",
    },
    {
      name: "a fractional term",
      request: { ...valid, numberOfPayments: 24.5 },
      code: "term_out_of_range",
      path: "numberOfPayments",
    },
    {
      name: "a rate under the minimum",
      request: { ...valid, ratePercent: "7.989999" },
      code: "rate_out_of_range",
      path: "ratePercent",
    },
    {
      name: "a rate over the maximum",
      request: { ...valid, ratePercent: "35.990001" },
      code: "rate_out_of_range",
      path: "ratePercent",
    },
    {
      name: "a rate that is not a decimal",
      request: { ...valid, ratePercent: "12%" },
      code: "invalid_rate",
      path: "ratePercent",
    },
    {
      name: "a rate with 7 decimals",
      request: { ...valid, ratePercent: "12.0000001" },
      code: "invalid_rate",
      path: "ratePercent",
    },
    {
      name: "a frequency the product does not allow",
      request: { ...valid, frequency: "weekly" },
      code: "frequency_not_allowed",
      path: "frequency",
    },
  ];
  it.each(refusals)("refuses $name with $code", ({ request, code, path }) => {
    const result = checkLoanRequest(personal, request);
    expect(result.ok ? null : { code: result.error.code, path: result.error.path?.join(".") }).toEqual({ code, path });
  });

  it("lists every problem in details.issues, the first one as the error", () => {
    const result = checkLoanRequest(personal, {
      amountMinor: 1n,
      currency: "EUR",
      numberOfPayments: 1,
      ratePercent: "99",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("currency_not_allowed");
    const issues = result.error.details?.issues as ReadonlyArray<{ code: string }>;
    expect(issues.map((issue) => issue.code)).toEqual([
      "currency_not_allowed",
      "amount_out_of_range",
      "term_out_of_range",
      "rate_out_of_range",
    ]);
  });
});
