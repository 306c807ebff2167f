import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.js";

const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
const ratios = fc
  .array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 })
  .filter((rs) => rs.some((r) => r > 0n));

describe("allocate properties", () => {
  it("never loses or creates a minor unit", () => {
    fc.assert(
      fc.property(amount, ratios, (a, rs) => {
        expect(allocate(a, rs).reduce((sum, part) => sum + part, 0n)).toBe(a);
      }),
    );
  });

  it("keeps each part strictly within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(amount, ratios, (a, rs) => {
        const total = rs.reduce((sum, r) => sum + r, 0n);
        allocate(a, rs).forEach((part, i) => {
          // |part - a × r / total| < 1  <=>  |part × total - a × r| < total
          const gap = part * total - a * (rs[i] ?? 0n);
          expect(gap < 0n ? -gap : gap).toBeLessThan(total);
        });
      }),
    );
  });

  it("gives a part whose share is a whole number of units exactly that (small amounts and ratios)", () => {
    const small = fc.integer({ min: -60, max: 60 }).map(BigInt);
    const smallRatios = fc
      .array(fc.integer({ min: 0, max: 6 }).map(BigInt), { minLength: 1, maxLength: 6 })
      .filter((rs) => rs.some((r) => r > 0n));
    fc.assert(
      fc.property(small, smallRatios, (a, rs) => {
        const total = rs.reduce((sum, r) => sum + r, 0n);
        allocate(a, rs).forEach((part, i) => {
          const gap = part * total - a * (rs[i] ?? 0n);
          expect(gap < 0n ? -gap : gap).toBeLessThan(total);
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it("is deterministic and symmetric in sign", () => {
    fc.assert(
      fc.property(amount, ratios, (a, rs) => {
        expect(allocate(a, rs)).toEqual(allocate(a, rs));
        expect(allocate(-a, rs)).toEqual(allocate(a, rs).map((part) => -part));
      }),
    );
  });
});
