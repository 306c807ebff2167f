import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divideRounded, type RoundingMode, roundingModes } from "../money/index.js";
import { gcd, levelPaymentFraction, power, roundedLevelPayment } from "./level-payment.js";

type Args = readonly [bigint, bigint, bigint, bigint, bigint, bigint, number, bigint];

/** The exact answer: the whole fraction, divided once. */
function exact([principal, balloon, a, b, c, d, count, multiple]: Args, mode: RoundingMode): bigint {
  const [numerator, denominator] = levelPaymentFraction(principal, balloon, a, b, c, d, count);
  return divideRounded(numerator, denominator * multiple, mode) * multiple;
}

const inputs = fc
  .record({
    principal: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
    balloonPercent: fc.integer({ min: 0, max: 99 }),
    a: fc.bigInt({ min: 0n, max: 5_000n }),
    b: fc.bigInt({ min: 1n, max: 1_000_000n }),
    c: fc.bigInt({ min: 0n, max: 5_000n }),
    d: fc.bigInt({ min: 1n, max: 1_000_000n }),
    count: fc.integer({ min: 1, max: 600 }),
    multiple: fc.constantFrom(1n, 5n, 100n),
    mode: fc.constantFrom(...roundingModes),
    precisionBits: fc.constantFrom(1, 2, 8, 32, 128),
  })
  .map((r): readonly [Args, RoundingMode, number] => {
    const balloon = (r.principal * BigInt(r.balloonPercent)) / 100n;
    return [[r.principal, balloon, r.a, r.b, r.c, r.d, r.count, r.multiple], r.mode, r.precisionBits];
  });

describe("roundedLevelPayment", () => {
  it("equals the exact fraction rounded once, at any bracket precision (low precision forces the exact fallback)", () => {
    fc.assert(
      fc.property(inputs, ([args, mode, precisionBits]) => {
        expect(roundedLevelPayment(...args, mode, precisionBits)).toBe(exact(args, mode));
      }),
      { numRuns: 1_000 },
    );
  });

  it("payments that are exact multiples: every rounding mode returns them unchanged", () => {
    // L = 1,000,000, i = 1/10, two periods: PMT = L·i(1+i)²/((1+i)² − 1) = 1,000,000 × 0.121 / 0.21 = 576,190.476…;
    // with L = 2,100,000 the payment is 1,210,000 exactly (2,100,000 × 0.121 / 0.21), a boundary for every mode.
    for (const mode of roundingModes) {
      expect(roundedLevelPayment(2_100_000n, 0n, 1n, 10n, 1n, 10n, 2, 1n, mode)).toBe(1_210_000n);
      expect(roundedLevelPayment(2_100_000n, 0n, 1n, 10n, 1n, 10n, 2, 1n, mode, 4)).toBe(1_210_000n);
    }
  });
});

describe("power", () => {
  it("equals ** for any base and exponent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 700 }), (base, exponent) => {
        expect(power(base, exponent)).toBe(base ** BigInt(exponent));
      }),
      { numRuns: 300 },
    );
  });

  it("gcd divides both numbers and leaves coprime quotients", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 15n }), (x, y) => {
        const divisor = gcd(x, y);
        expect(x % divisor).toBe(0n);
        expect(y % divisor).toBe(0n);
        expect(gcd(x / divisor, y / divisor)).toBe(1n);
      }),
    );
  });
});
