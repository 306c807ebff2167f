import { demoProducts } from "@lendstack/core/demo";
import { policyFromProduct } from "@lendstack/core/servicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CorruptRecordError } from "../db/corrupt-record.js";
import { decodePolicy, encodePolicy } from "./codec.js";

// A loan's stored policy is checked once per distinct text (db/decode-cache.ts): the demo products' policies,
// read again, altered and corrupted.
const products = demoProducts;

describe("decodePolicy", () => {
  it("a policy decoded again is the same frozen value; an altered copy is decoded afresh; a corrupt one always throws", () => {
    const policies = products.map((product) => {
      const policy = policyFromProduct(product, "accrual");
      if (!policy.ok) throw new Error(policy.error.message);
      return policy.value;
    });
    const stored = (policy: (typeof policies)[number]) => JSON.parse(JSON.stringify(encodePolicy(policy)));
    fc.assert(
      fc.property(fc.constantFrom(...policies), fc.integer({ min: 0, max: 365 }), (policy, graceDays) => {
        const first = decodePolicy(stored(policy), "loan_1");
        expect(decodePolicy(stored(policy), "loan_2")).toBe(first);
        expect(first).toEqual(policy);
        expect(Object.isFrozen(first) && Object.isFrozen(first.waterfall)).toBe(true);
        const altered = { ...stored(policy), nonPerformingAfterDays: graceDays };
        expect(decodePolicy(altered, "loan_3")).toEqual({ ...policy, nonPerformingAfterDays: graceDays });
        const corrupt = { ...stored(policy), nonPerformingAfterDays: -graceDays - 1 };
        for (let attempt = 0; attempt < 2; attempt++) {
          expect(() => decodePolicy(corrupt, "loan_4")).toThrow(CorruptRecordError);
        }
      }),
      { numRuns: 100 },
    );
  });
});
