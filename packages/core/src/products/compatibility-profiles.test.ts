import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { buildSchedule } from "../schedule/index.js";
import { policyFromProduct } from "../servicing/index.js";
import { compatibilityProfileSettings, compatibilityProfiles } from "./compatibility-profiles.js";
import { demoProducts } from "./demo-products.js";
import { toScheduleTerms } from "./to-schedule-terms.js";
import { validateProductDefinition } from "./validate.js";

// Issue 13: compatibility profiles set the options that mirror another core together (sources in
// compatibility-profiles.ts). Expected figures are computed independently (Python fractions.Fraction, rounding
// written out), not with this code.

/** The demo personal loan without the fields a profile sets, so the profile's values show. */
function productWith(extra: Record<string, unknown>) {
  const {
    interestMethod: _m,
    amortization: _a,
    interestCalculation: _c,
    dayCount: _d,
    rounding: _r,
    paymentAllocation: _p,
    overpayment: _o,
    prepayment: _pp,
    latePayment: _l,
    fees: _f,
    ...rest
  } = structuredClone(demoProducts[0]!);
  return {
    ...rest,
    amountLimits: { min: 10_000, max: 5_000_000 },
    termLimits: { minPayments: 2, maxPayments: 60, defaultPayments: 12 },
    rateLimits: { minPercent: "0", maxPercent: "36", defaultPercent: "12" },
    businessDayAdjustment: "none",
    fees: { late: { type: "percent", percent: "5", base: "installment" } },
    ...extra,
  };
}

function scheduleUnder(profile: "fineract" | "mambu", ratePercent: string, numberOfPayments: number) {
  const product = unwrap(validateProductDefinition(productWith({ compatibilityProfile: profile })));
  const terms = unwrap(
    toScheduleTerms(product, { amountMinor: 100_000n, ratePercent, numberOfPayments, disbursementDate: "2026-01-01" }),
  );
  return unwrap(buildSchedule(terms)).rows;
}

describe("compatibility profiles", () => {
  it("fineract: $1,000 at 9.75 %, 6 monthly, 30/360 per period, HALF_EVEN: interest 8.125 → 8.12, last $171.42", () => {
    // PMT(9.75 %/12, 6, 1000) = 171.4366… → 171.44. Interest = balance × 0.8125 %: 8.125 → 8.12 (half-even; half-up
    // would give 8.13 and a last installment of 171.43), 6.80, 5.46, 4.11, 2.75, 1.38; the last takes the rest.
    const rows = scheduleUnder("fineract", "9.75", 6);
    expect(rows.map((row) => row.interestMinor)).toEqual([812n, 680n, 546n, 411n, 275n, 138n]);
    expect(rows.map((row) => row.totalMinor)).toEqual([...Array(5).fill(17_144n), 17_142n]);
    expect(rows.map((row) => row.dueDate)).toEqual([
      "2026-02-01",
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
    ]);
  });

  it("mambu: $1,000 at 12 %, 4 monthly, daily on Actual/365 Fixed: 3 × $256.33, interest by the days, last $255.78", () => {
    // The level payment is solved with the first period's own rate (12 % × 31/365) and 1 % after it: L with
    // 1000 × (1 + c)(1.01)³ = L × ((1.01)³ + ((1.01)³ − 1)/0.01) is 256.3298 → 256.33. Interest = balance × 12 % ×
    // days/365, half-up: 31 days on 1,000.00 = 10.19; 28 on 753.86 = 6.94; 31 on 504.47 = 5.14; 30 on 253.28 = 2.50,
    // so the last is 253.28 + 2.50 = 255.78.
    const rows = scheduleUnder("mambu", "12", 4);
    expect(rows.map((row) => row.interestMinor)).toEqual([1_019n, 694n, 514n, 250n]);
    expect(rows.map((row) => row.totalMinor)).toEqual([25_633n, 25_633n, 25_633n, 25_578n]);
  });

  it("sets the product's options together, and its servicing policy follows them", () => {
    const fineract = unwrap(validateProductDefinition(productWith({ compatibilityProfile: "fineract" })));
    expect(fineract).toMatchObject({
      compatibilityProfile: "fineract",
      interestCalculation: "periodic",
      dayCount: "30/360-us",
      rounding: { mode: "half-even", installmentMultiple: 1 },
      overpayment: "hold-as-credit",
      latePayment: { graceDays: 2, lateFeeBase: "principal" },
      payoffInterest: "to-payoff-date",
    });
    expect(unwrap(policyFromProduct(fineract, "accrual"))).toMatchObject({
      waterfall: ["penalties", "fees", "interest", "principal"],
      overpayment: "hold-as-credit",
      lateFee: { graceDays: 2, base: "principal" },
    });
    const mambu = unwrap(validateProductDefinition(productWith({ compatibilityProfile: "mambu" })));
    expect(mambu).toMatchObject({ interestCalculation: "daily", dayCount: "actual/365-fixed" });
    expect(unwrap(policyFromProduct(mambu, "accrual"))).toMatchObject({
      overpayment: "apply-to-principal",
      prepayment: "reduce-installment",
      lateFee: { base: "principal-and-interest" },
    });
  });

  it("fields the product sets win over the profile's, section by section", () => {
    const product = unwrap(
      validateProductDefinition(
        productWith({
          compatibilityProfile: "fineract",
          dayCount: "actual/360",
          rounding: { installmentMultiple: 100 },
        }),
      ),
    );
    expect(product.dayCount).toBe("actual/360");
    expect(product.rounding).toMatchObject({ installmentMultiple: 100, mode: "half-even" });
  });

  it("an unknown profile is a validation issue at compatibilityProfile; every profile validates", () => {
    const result = validateProductDefinition(productWith({ compatibilityProfile: "loanpro" }));
    expect(result.ok ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual(["compatibilityProfile"]);
    for (const profile of compatibilityProfiles) {
      expect(validateProductDefinition(productWith({ compatibilityProfile: profile })).ok).toBe(true);
      expect(Object.keys(compatibilityProfileSettings[profile]).length).toBeGreaterThan(5);
    }
  });
});
