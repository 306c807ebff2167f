import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, compare, dec, divide, formatDecimal, multiply, parseDecimal, round, subtract } from "./decimal.js";
import { divideRounded } from "./rounding.js";

describe("divideRounded", () => {
  // Expected values: IEEE 754-2008 rounding-direction definitions applied to n/d by hand.
  const cases = [
    { n: 5n, d: 2n, mode: "half-even", want: 2n },
    { n: 7n, d: 2n, mode: "half-even", want: 4n },
    { n: -5n, d: 2n, mode: "half-even", want: -2n },
    { n: 5n, d: 2n, mode: "half-up", want: 3n },
    { n: -5n, d: 2n, mode: "half-up", want: -3n },
    { n: 7n, d: 3n, mode: "down", want: 2n },
    { n: -7n, d: 3n, mode: "down", want: -2n },
    { n: 7n, d: 3n, mode: "up", want: 3n },
    { n: -7n, d: 3n, mode: "up", want: -3n },
    { n: -7n, d: 3n, mode: "floor", want: -3n },
    { n: -7n, d: 3n, mode: "ceiling", want: -2n },
    { n: 6n, d: 3n, mode: "up", want: 2n },
  ] as const;
  it.each(cases)("$n / $d by $mode = $want", ({ n, d, mode, want }) => {
    expect(divideRounded(n, d, mode)).toBe(want);
  });
});

describe("decimal", () => {
  it("adds 0.1 and 0.2 exactly", () => {
    expect(formatDecimal(add(dec("0.1"), dec("0.2")))).toBe("0.3");
  });
  it("refuses exponents, NaN and blanks", () => {
    for (const text of ["1e5", "NaN", "", " 1", "+1", "1.", ".5", "0x10", "Infinity"]) {
      const parsed = parseDecimal(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error.code).toBe("invalid_decimal");
    }
  });
  it("divides with the named rounding mode", () => {
    expect(formatDecimal(divide(dec("1"), dec("3"), 4, "half-even"))).toBe("0.3333");
    expect(formatDecimal(divide(dec("2"), dec("3"), 4, "down"))).toBe("0.6666");
    expect(formatDecimal(divide(dec("2"), dec("0.03"), 2, "half-up"))).toBe("66.67");
  });
  it("rounds half-even at the tie", () => {
    expect(formatDecimal(round(dec("2.345"), 2, "half-even"))).toBe("2.34");
    expect(formatDecimal(round(dec("2.355"), 2, "half-even"))).toBe("2.36");
    expect(formatDecimal(round(dec("-2.345"), 2, "half-up"))).toBe("-2.35");
  });
  it("round-trips any parsed decimal through formatting", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 9 }),
        (units, scale) => {
          const value = { units, scale };
          const parsed = parseDecimal(formatDecimal(value));
          expect(parsed.ok && compare(parsed.value, value)).toBe(0);
        },
      ),
    );
  });
  it("a - b + b = a and (a*b) is exact", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (x, y) => {
          const a = { units: x, scale: 3 };
          const b = { units: y, scale: 5 };
          expect(compare(add(subtract(a, b), b), a)).toBe(0);
          expect(multiply(a, b).units).toBe(x * y);
        },
      ),
    );
  });
});
