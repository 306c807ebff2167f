import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import type { ProductDefinition } from "./schema.js";
import { validateProductDefinition } from "./validate.js";

// Expected codes and paths come from the rules documented on validateProductDefinition; each case
// breaks exactly one rule of an otherwise valid product (the demo personal loan).

const base = demoProducts[0]!;
type Mutation = (product: Record<string, unknown> & ProductDefinition) => void;

function issuesOf(mutate: Mutation) {
  const product = structuredClone(base) as Record<string, unknown> & ProductDefinition;
  mutate(product);
  const result = validateProductDefinition(product);
  return result.ok ? [] : result.error.issues.map(({ path, code }) => ({ path: path.join("."), code }));
}

describe("validateProductDefinition", () => {
  it.each(demoProducts.map((product) => [product.name, product] as const))(
    "accepts the demo product %s",
    (_, product) => {
      const result = validateProductDefinition(product);
      expect(result).toEqual({ ok: true, value: product });
    },
  );

  it("fills in defaults for the optional sections", () => {
    const { name, currencies, amountLimits, termLimits, rateLimits } = base;
    const result = validateProductDefinition({ name, currencies, amountLimits, termLimits, rateLimits });
    expect(result.ok && result.value.paymentAllocation).toEqual({
      order: ["penalties", "fees", "interest", "principal"],
      strategy: "vertical",
    });
    expect(result.ok && result.value.delinquency.buckets.map((bucket) => bucket.name)).toEqual([
      "current",
      "1-30",
      "31-60",
      "61-90",
      "90+",
    ]);
    expect(result.ok && result.value.delinquency.nonPerformingAfterDays).toBe(90);
  });

  const cases: ReadonlyArray<{ name: string; mutate: Mutation; path: string; code: string }> = [
    {
      name: "amount min > max",
      path: "amountLimits.minMinor",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.amountLimits.minMinor = 6_000_000;
      },
    },
    {
      name: "term min > max",
      path: "termLimits.minPayments",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.termLimits.minPayments = 61;
      },
    },
    {
      name: "default term outside limits",
      path: "termLimits.defaultPayments",
      code: "default_out_of_range",
      mutate: (p) => {
        p.termLimits.defaultPayments = 72;
      },
    },
    {
      name: "rate min > max",
      path: "rateLimits.minPercent",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.rateLimits.minPercent = "36";
      },
    },
    {
      name: "default rate below min",
      path: "rateLimits.defaultPercent",
      code: "default_out_of_range",
      mutate: (p) => {
        p.rateLimits.defaultPercent = "7.98";
      },
    },
    {
      name: "rate above 100",
      path: "rateLimits.maxPercent",
      code: "invalid_rate",
      mutate: (p) => {
        p.rateLimits.maxPercent = "100.000001";
      },
    },
    {
      name: "rate with 7 decimals",
      path: "rateLimits.maxPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.maxPercent = "35.9999999";
      },
    },
    {
      name: "rate as a JSON number",
      path: "rateLimits.maxPercent",
      code: "invalid_type",
      mutate: (p) => {
        p.rateLimits.maxPercent = 35.99 as unknown as string;
      },
    },
    {
      name: "rate in exponent form",
      path: "rateLimits.minPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.minPercent = "8e0";
      },
    },
    {
      name: "negative rate",
      path: "rateLimits.minPercent",
      code: "invalid_format",
      mutate: (p) => {
        p.rateLimits.minPercent = "-1";
      },
    },
    {
      name: "penalty rate above 100",
      path: "latePayment.penaltyRatePercent",
      code: "invalid_rate",
      mutate: (p) => {
        p.latePayment.penaltyRatePercent = "150";
      },
    },
    {
      name: "default currency not allowed",
      path: "currencies.default",
      code: "default_currency_not_allowed",
      mutate: (p) => {
        p.currencies.default = "EUR";
      },
    },
    {
      name: "unknown currency",
      path: "currencies.allowed.1",
      code: "unknown_currency",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "XYZ"];
      },
    },
    {
      name: "lower-case currency",
      path: "currencies.allowed.0",
      code: "invalid_format",
      mutate: (p) => {
        p.currencies.allowed = ["usd"];
      },
    },
    {
      name: "duplicate currency",
      path: "currencies.allowed.1",
      code: "duplicate_value",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "USD"];
      },
    },
    {
      name: "currencies with different minor units",
      path: "currencies.allowed",
      code: "mixed_currency_exponents",
      mutate: (p) => {
        p.currencies.allowed = ["USD", "JPY"];
        delete p.rounding.decimalPlaces;
      },
    },
    {
      name: "fractional minor units",
      path: "amountLimits.maxMinor",
      code: "invalid_type",
      mutate: (p) => {
        p.amountLimits.maxMinor = 100.5;
      },
    },
    {
      name: "default frequency not allowed",
      path: "repayment.defaultFrequency",
      code: "default_frequency_not_allowed",
      mutate: (p) => {
        p.repayment.defaultFrequency = "weekly";
      },
    },
    {
      name: "fee percent above 100",
      path: "fees.late.percent",
      code: "invalid_percent",
      mutate: (p) => {
        p.fees.late = { type: "percent", percent: "101", base: "installment" };
      },
    },
    {
      name: "fee caps min > max",
      path: "fees.late.minMinor",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.fees.late = { type: "percent", percent: "5", base: "installment", minMinor: 5000, maxMinor: 1500 };
      },
    },
    {
      name: "fee base that does not fit the fee",
      path: "fees.prepayment.base",
      code: "invalid_fee_base",
      mutate: (p) => {
        p.fees.prepayment = { type: "percent", percent: "2", base: "installment" };
      },
    },
    {
      name: "caps on a flat fee",
      path: "fees.nsf.maxMinor",
      code: "unrecognized_key",
      mutate: (p) => {
        p.fees.nsf = { type: "flat", amountMinor: 2500, maxMinor: 3000 } as never;
      },
    },
    {
      name: "flat interest with equal principal",
      path: "amortization",
      code: "unsupported_combination",
      mutate: (p) => {
        p.interestMethod = "flat";
        p.amortization = "equal-principal";
      },
    },
    {
      name: "flat interest with interest only",
      path: "amortization",
      code: "unsupported_combination",
      mutate: (p) => {
        p.interestMethod = "flat";
        p.amortization = "interest-only";
      },
    },
    {
      name: "principal grace as long as the term",
      path: "grace.principalPeriods",
      code: "grace_exceeds_term",
      mutate: (p) => {
        p.grace = { principalPeriods: 12, interestPeriods: 0 };
      },
    },
    {
      name: "interest grace beyond principal grace",
      path: "grace.interestPeriods",
      code: "interest_grace_exceeds_principal_grace",
      mutate: (p) => {
        p.grace = { principalPeriods: 1, interestPeriods: 2 };
      },
    },
    {
      name: "allocation order missing a bucket",
      path: "paymentAllocation.order",
      code: "invalid_allocation_order",
      mutate: (p) => {
        p.paymentAllocation.order = ["fees", "interest", "principal"];
      },
    },
    {
      name: "allocation order repeating a bucket",
      path: "paymentAllocation.order.1",
      code: "duplicate_value",
      mutate: (p) => {
        p.paymentAllocation.order = ["fees", "fees", "penalties", "interest", "principal"];
      },
    },
    {
      name: "installment multiple 0",
      path: "rounding.installmentMultipleMinor",
      code: "too_small",
      mutate: (p) => {
        p.rounding.installmentMultipleMinor = 0;
      },
    },
    {
      name: "more decimals than the currency",
      path: "rounding.decimalPlaces",
      code: "decimal_places_exceed_currency",
      mutate: (p) => {
        p.rounding.decimalPlaces = 3;
      },
    },
    {
      name: "multiple not a whole rounding step",
      path: "rounding.installmentMultipleMinor",
      code: "inconsistent_rounding",
      mutate: (p) => {
        p.rounding = { decimalPlaces: 0, installmentMultipleMinor: 50, mode: "half-up" };
      },
    },
    {
      name: "first bucket not at 0 days",
      path: "delinquency.buckets.0.minDaysPastDue",
      code: "delinquency_gap",
      mutate: (p) => {
        p.delinquency.buckets = p.delinquency.buckets.slice(1);
      },
    },
    {
      name: "gap between buckets",
      path: "delinquency.buckets.2.minDaysPastDue",
      code: "delinquency_gap",
      mutate: (p) => {
        p.delinquency.buckets[2]!.minDaysPastDue = 32;
      },
    },
    {
      name: "overlapping buckets",
      path: "delinquency.buckets.2.minDaysPastDue",
      code: "delinquency_overlap",
      mutate: (p) => {
        p.delinquency.buckets[2]!.minDaysPastDue = 30;
      },
    },
    {
      name: "open bucket before the last",
      path: "delinquency.buckets.1.maxDaysPastDue",
      code: "delinquency_open_bucket",
      mutate: (p) => {
        delete p.delinquency.buckets[1]!.maxDaysPastDue;
      },
    },
    {
      name: "last bucket closed",
      path: "delinquency.buckets.4.maxDaysPastDue",
      code: "delinquency_last_bucket_closed",
      mutate: (p) => {
        p.delinquency.buckets[4]!.maxDaysPastDue = 120;
      },
    },
    // Bucket 1 becomes 1..0 and bucket 2 starts at 1, so only min > max is wrong (0 + 1 = 1: no gap, no overlap).
    {
      name: "bucket min > max",
      path: "delinquency.buckets.1.minDaysPastDue",
      code: "min_exceeds_max",
      mutate: (p) => {
        p.delinquency.buckets[1]!.maxDaysPastDue = 0;
        p.delinquency.buckets[2]!.minDaysPastDue = 1;
      },
    },
    {
      name: "duplicate bucket name",
      path: "delinquency.buckets.2.name",
      code: "duplicate_value",
      mutate: (p) => {
        p.delinquency.buckets[2]!.name = "1-30";
      },
    },
    {
      name: "unknown field",
      path: "lateFeeGraceDays",
      code: "unrecognized_key",
      mutate: (p) => {
        p.lateFeeGraceDays = 5;
      },
    },
    {
      name: "unknown nested field",
      path: "rounding.places",
      code: "unrecognized_key",
      mutate: (p) => {
        Object.assign(p.rounding, { places: 2 });
      },
    },
    {
      name: "unknown enum value",
      path: "dayCount",
      code: "invalid_value",
      mutate: (p) => {
        p.dayCount = "actual/364" as never;
      },
    },
    {
      name: "missing required section",
      path: "rateLimits",
      code: "invalid_type",
      mutate: (p) => {
        delete (p as Partial<ProductDefinition>).rateLimits;
      },
    },
    {
      name: "blank name",
      path: "name",
      code: "too_small",
      mutate: (p) => {
        p.name = "   ";
      },
    },
  ];

  it.each(cases)("refuses $name with $code at $path", ({ mutate, path, code }) => {
    expect(issuesOf(mutate)).toEqual([{ path, code }]);
  });

  it("reports every problem at once, structural and cross-field together", () => {
    const issues = issuesOf((p) => {
      p.amountLimits.minMinor = 6_000_000; // cross-field
      p.termLimits.maxPayments = 0; // structural, hides the term checks only
      p.currencies.default = "EUR"; // cross-field
      p.rounding.mode = "sideways" as never; // structural
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "amountLimits.minMinor", code: "min_exceeds_max" },
        { path: "termLimits.maxPayments", code: "too_small" },
        { path: "currencies.default", code: "default_currency_not_allowed" },
        { path: "rounding.mode", code: "invalid_value" },
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  it("refuses a non-object with one issue at the root", () => {
    const result = validateProductDefinition([base]);
    expect(result.ok ? null : result.error).toMatchObject({
      code: "validation_failed",
      issues: [{ path: [], code: "invalid_type" }],
      details: { issues: [{ path: [], code: "invalid_type" }] },
    });
  });
});
