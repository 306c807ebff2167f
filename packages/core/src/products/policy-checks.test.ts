import { describe, expect, it } from "vitest";
import { demoProducts } from "./demo-products.js";
import type { ProductDefinition } from "./schema.js";
import { validateProductDefinition } from "./validate.js";

// Cross-field rules on repayment, interest/amortization, grace, allocation, rounding and delinquency, checked through validateProductDefinition. Expected codes and paths come from the rules
// documented on validateProductDefinition; each case breaks exactly one rule of an otherwise valid
// product (the demo personal loan), so exactly one issue is expected.

const base = demoProducts[0]!;
type Mutation = (product: Record<string, unknown> & ProductDefinition) => void;

function issuesOf(mutate: Mutation) {
  const product = structuredClone(base) as Record<string, unknown> & ProductDefinition;
  mutate(product);
  const result = validateProductDefinition(product);
  return result.ok ? [] : result.error.issues.map(({ path, code }) => ({ path: path.join("."), code }));
}

describe("policy-checks", () => {
  const cases: ReadonlyArray<{ name: string; mutate: Mutation; path: string; code: string }> = [
    {
      name: "default frequency not allowed",
      path: "repayment.defaultFrequency",
      code: "default_frequency_not_allowed",
      mutate: (p) => {
        p.repayment.defaultFrequency = "weekly";
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
      name: "more decimals than the currency",
      path: "rounding.decimalPlaces",
      code: "decimal_places_exceed_currency",
      mutate: (p) => {
        p.rounding.decimalPlaces = 3;
      },
    },
    {
      name: "multiple not a whole rounding step",
      path: "rounding.installmentMultiple",
      code: "inconsistent_rounding",
      mutate: (p) => {
        p.rounding = { decimalPlaces: 0, installmentMultiple: 50, mode: "half-up" };
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
      path: "delinquency.buckets.5.maxDaysPastDue",
      code: "delinquency_last_bucket_closed",
      mutate: (p) => {
        p.delinquency.buckets[5]!.maxDaysPastDue = 180;
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
  ];

  it.each(cases)("refuses $name with $code at $path", ({ mutate, path, code }) => {
    expect(issuesOf(mutate)).toEqual([{ path, code }]);
  });

  it("refuses an allocation order repeating a bucket (which, at most 4 long, then misses one)", () => {
    expect(
      issuesOf((p) => {
        p.paymentAllocation.order = ["fees", "fees", "interest", "principal"];
      }),
    ).toEqual([
      { path: "paymentAllocation.order.1", code: "duplicate_value" },
      { path: "paymentAllocation.order", code: "invalid_allocation_order" },
    ]);
  });
});
