import { describe, expect, it } from "vitest";
import { expNegativeInterval, fixedBits, type Interval, lnInterval, ratioInterval } from "./fixed-point.js";

/** A 60-digit decimal constant c as the integer bounds [⌊c·2^160⌋, ⌈c·2^160⌉]. */
function scaled(digits: string): Interval {
  const [whole = "0", fraction = ""] = digits.split(".");
  const numerator = BigInt(whole + fraction) << fixedBits;
  const denominator = 10n ** BigInt(fraction.length);
  const low = numerator / denominator;
  return [low, low * denominator === numerator ? low : low + 1n];
}

function expectInside(bounds: Interval, constant: Interval): void {
  expect(bounds[0] <= constant[0], "low bound is below the constant").toBe(true);
  expect(bounds[1] >= constant[1], "high bound is above the constant").toBe(true);
  expect(bounds[1] - bounds[0] < 1n << 32n, "bounds are tight (2^-128)").toBe(true);
}

// Constants to 60 digits from OEIS: ln 2 = A002162, ln 10 = A002392, 1/e = A068985, e^-10 from 1/e^10 (A092553 is
// e^10 = 22026.4657948067165169579006452842443663535126185567810742354263…); the interval must contain each.
const ln2 = "0.693147180559945309417232121458176568075500134360255254120680";
const ln10 = "2.302585092994045684017991454684364207601101488628772976033327";
const inverseE = "0.367879441171442321595523770161460867445811131031767834507836";

describe("lnInterval", () => {
  const cases: ReadonlyArray<{ given: readonly [bigint, bigint]; want: string }> = [
    { given: [2n, 1n], want: ln2 },
    { given: [10n, 1n], want: ln10 },
    { given: [1n, 1n], want: "0" },
  ];
  for (const { given, want } of cases) {
    it(`ln(${given[0]}/${given[1]}) holds ${want.slice(0, 12)}…`, () => {
      expectInside(lnInterval(...given), scaled(want));
    });
  }
  it("ln(3/2) + ln(4/3) = ln 2: the sum of bounds brackets ln 2", () => {
    const a = lnInterval(3n, 2n);
    const b = lnInterval(4n, 3n);
    expectInside([a[0] + b[0], a[1] + b[1]], scaled(ln2));
  });
});

describe("expNegativeInterval", () => {
  it("exp(−1) holds 1/e", () => {
    expectInside(expNegativeInterval(ratioInterval(1n, 1n)), scaled(inverseE));
  });
  it("exp(−ln 10) holds 1/10 (argument reduction by 3 × ln 2)", () => {
    expectInside(expNegativeInterval(lnInterval(10n, 1n)), scaled("0.1"));
  });
  it("exp(−0) is exactly 1", () => {
    expectInside(expNegativeInterval([0n, 0n]), scaled("1"));
  });
  it("exp(−10) × e^10 brackets 1", () => {
    const [low, high] = expNegativeInterval(ratioInterval(10n, 1n));
    const e10 = scaled("22026.4657948067165169579006452842443663535126185567810742354263");
    const one = 1n << fixedBits;
    expect((low * e10[0]) >> fixedBits <= one).toBe(true);
    expect(((high * e10[1]) >> fixedBits) + 1n >= one).toBe(true);
  });
});
