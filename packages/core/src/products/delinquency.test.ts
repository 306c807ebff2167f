import { describe, expect, it } from "vitest";
import {
  defaultDelinquencyBuckets,
  delinquencyBucketFor,
  delinquencyBucketIndex,
  delinquencyBucketNames,
} from "./delinquency.js";
import { demoProducts } from "./demo-products.js";
import { validateProductDefinition } from "./validate.js";

describe("delinquency buckets", () => {
  // Band edges of the default set (inclusive at both ends; 120+ starts at 121 days).
  const cases: ReadonlyArray<{ daysPastDue: number; want: string; index: number }> = [
    { daysPastDue: 0, want: "current", index: 0 },
    { daysPastDue: 1, want: "1-30", index: 1 },
    { daysPastDue: 30, want: "1-30", index: 1 },
    { daysPastDue: 31, want: "31-60", index: 2 },
    { daysPastDue: 90, want: "61-90", index: 3 },
    { daysPastDue: 91, want: "91-120", index: 4 },
    { daysPastDue: 120, want: "91-120", index: 4 },
    { daysPastDue: 121, want: "120+", index: 5 },
    { daysPastDue: 5_000, want: "120+", index: 5 },
  ];
  it.each(cases)("$daysPastDue days past due → $want", ({ daysPastDue, want, index }) => {
    expect(delinquencyBucketFor(defaultDelinquencyBuckets, daysPastDue)).toBe(want);
    expect(delinquencyBucketIndex(defaultDelinquencyBuckets, daysPastDue)).toBe(index);
  });

  it("names days no bucket covers unbucketed, listed last", () => {
    const closed = defaultDelinquencyBuckets.slice(0, 2);
    expect(delinquencyBucketFor(closed, 31)).toBe("unbucketed");
    expect(delinquencyBucketIndex(closed, 31)).toBe(2);
    expect(delinquencyBucketNames(closed)).toEqual(["current", "1-30", "unbucketed"]);
  });

  it("the default set passes the product's own bucket rules", () => {
    const product = {
      ...demoProducts[0]!,
      delinquency: { buckets: [...defaultDelinquencyBuckets], nonPerformingAfterDays: 90 },
    };
    expect(validateProductDefinition(product).ok).toBe(true);
  });
});
