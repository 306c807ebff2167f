import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jaro, jaroWinkler } from "./jaro-winkler.js";

describe("jaro and jaroWinkler", () => {
  // Winkler (1990) and its common worked examples: MARTHA/MARHTA m = 6, t = 1; DWAYNE/DUANE m = 4, t = 0;
  // DIXON/DICKSONX m = 4, t = 0 (window 3).
  const cases = [
    { a: "MARTHA", b: "MARHTA", jaro: 0.944444, winkler: 0.961111 },
    { a: "DWAYNE", b: "DUANE", jaro: 0.822222, winkler: 0.84 },
    { a: "DIXON", b: "DICKSONX", jaro: 0.766667, winkler: 0.813333 },
    { a: "CRATE", b: "TRACE", jaro: 0.733333, winkler: 0.733333 },
    { a: "ABC", b: "XYZ", jaro: 0, winkler: 0 },
    { a: "SAME", b: "SAME", jaro: 1, winkler: 1 },
  ];
  for (const given of cases) {
    it(`${given.a} / ${given.b}`, () => {
      expect(jaro(given.a, given.b)).toBeCloseTo(given.jaro, 5);
      expect(jaroWinkler(given.a, given.b)).toBeCloseTo(given.winkler, 5);
    });
  }

  it("is symmetric, within 0 to 1, and 1 only for equal strings", () => {
    const token = fc.string({ unit: fc.constantFrom(..."ABDEHILMNORSU"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(token, token, (a, b) => {
        const score = jaroWinkler(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(score, 12);
        expect(score === 1).toBe(a === b);
      }),
    );
  });
});
