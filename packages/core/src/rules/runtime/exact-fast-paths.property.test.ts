/**
 * The double / prescaled-bigint fast paths against the bigint `Decimal` arithmetic they stand in for, with the
 * operands pushed to where exactness is at stake: products just below and above 2^53, integers near ±2^53, many
 * decimals (up to 30), huge units; then whole rule sets with thresholds at those boundaries, compiled (fast paths)
 * against the tree-walking interpreter (money's bigint arithmetic only).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import {
  compare,
  type Decimal,
  decimal,
  divide,
  formatDecimal,
  type RoundingMode,
  roundingModes,
} from "../../money/index.js";
import { compileRuleSet } from "../compile/compile-rule-set.js";
import type { RuleSetDocument } from "../schema.js";
import { evaluate } from "./evaluate.js";
import { constantComparer, divideSafeIntegers } from "./exact-fast-paths.js";
import { interpretRuleSet } from "./interpret-rule-set.js";

const maxSafe = Number.MAX_SAFE_INTEGER;
const maxSafeBig = BigInt(maxSafe);

/** Safe integers that sit at the edge for `scale`: ⌊(2^53 − 1) / 10^scale⌋ ± a little, and the extremes. */
const edgeInteger = (scale: number) =>
  fc.oneof(
    fc.integer({ min: -1_000, max: 1_000 }),
    fc.integer({ min: -3, max: 3 }).map((k) => Math.floor(maxSafe / 10 ** Math.min(scale, 22)) + k),
    fc.integer({ min: 0, max: 3 }).map((k) => maxSafe - k),
    fc.integer({ min: 0, max: 3 }).map((k) => -maxSafe + k),
    fc.integer({ min: -maxSafe, max: maxSafe }),
  );
const sign = fc.constantFrom(1, -1);
const signedEdge = (scale: number) =>
  fc.tuple(edgeInteger(scale), sign).map(([n, s]) => (n === 0 ? 0 : Math.max(-maxSafe, Math.min(maxSafe, n * s))));

const bigUnits = fc.oneof(
  fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }),
  fc.bigInt({ min: maxSafeBig - 5n, max: maxSafeBig + 5n }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
);
const someDecimal: fc.Arbitrary<Decimal> = fc
  .tuple(bigUnits, fc.integer({ min: 0, max: 30 }))
  .map(([units, scale]) => decimal(units, scale));
const someNumber: fc.Arbitrary<number | Decimal> = fc.oneof(
  fc.integer({ min: 0, max: 22 }).chain((scale) => signedEdge(scale)),
  someDecimal,
);
const toExact = (value: number | Decimal): Decimal => (typeof value === "number" ? decimal(BigInt(value)) : value);

describe("divideSafeIntegers equals bigint divide (issue 4 fast path)", () => {
  it("for every rounding mode, at and around the 2^53 boundary of a × 10^scale", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }).chain((scale) => fc.tuple(fc.constant(scale), signedEdge(scale))),
        fc.oneof(signedEdge(0), fc.constantFrom(1, -1, 2, -2, 3, 7, 10, maxSafe, -maxSafe)),
        fc.constantFrom(...roundingModes),
        ([scale, a], b, mode: RoundingMode) => {
          fc.pre(b !== 0);
          const fast = divideSafeIntegers(a, b, scale, mode);
          const isSafeProduct =
            scale <= 22 &&
            BigInt(a) * 10n ** BigInt(scale) <= maxSafeBig &&
            BigInt(a) * 10n ** BigInt(scale) >= -maxSafeBig;
          expect(fast !== undefined).toBe(isSafeProduct); // taken exactly when proven exact
          if (fast !== undefined) {
            const slow = divide(decimal(BigInt(a)), decimal(BigInt(b)), scale, mode);
            expect([fast.units, fast.scale]).toEqual([slow.units, slow.scale]);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("ties and exact quotients round like divideRounded (table from the rounding-mode definitions)", () => {
    // 5/2 = 2.5, −5/2 = −2.5, 7/2 = 3.5, 6/3 = 2: the cases each mode settles differently (IEEE 754 § 4.3 names).
    const cases: ReadonlyArray<[number, number, RoundingMode, bigint]> = [
      [5, 2, "half-even", 2n],
      [7, 2, "half-even", 4n],
      [-5, 2, "half-even", -2n],
      [5, 2, "half-up", 3n],
      [-5, 2, "half-up", -3n],
      [5, 2, "down", 2n],
      [-5, 2, "down", -2n],
      [5, 2, "up", 3n],
      [-5, 2, "floor", -3n],
      [5, 2, "ceiling", 3n],
      [-5, 2, "ceiling", -2n],
      [6, -3, "floor", -2n],
    ];
    for (const [a, b, mode, want] of cases) expect(divideSafeIntegers(a, b, 0, mode)?.units).toBe(want);
  });
});

describe("constantComparer equals bigint compare (issue 4 fast path)", () => {
  it("for integers and decimals of any scale against integer and decimal constants", () => {
    fc.assert(
      fc.property(someNumber, someNumber, (value, constant) => {
        const order = constantComparer(constant);
        const want = compare(toExact(value), toExact(constant));
        expect(order(value)).toBe(want);
        expect(order(value)).toBe(want); // second call: the per-scale cache
      }),
      { numRuns: 5_000 },
    );
  });
});

/** Thresholds placed where the fast paths switch: a 15-decimal constant, a constant near 2^53, a band. */
function boundaryRuleSet(low: string, high: string): RuleSetDocument {
  return {
    schemaVersion: 1,
    id: "boundaries",
    arithmetic: { divisionScale: 15, roundingMode: "half-even" },
    defaultDecision: "approve",
    inputs: [
      { name: "a", type: "number" },
      { name: "b", type: "number" },
      { name: "x", type: "decimal", nullable: true },
    ],
    computed: [{ name: "ratio", expression: "a / b" }],
    rules: [
      { id: "ratio-low", when: `ratio < ${low}`, decision: "refer", reasonCodes: ["LOW"] },
      { id: "ratio-band", when: `ratio in (${low}..${high}]`, set: { hits: 1 } },
      { id: "x-high", when: `x >= ${high}`, decision: "decline", reasonCodes: ["HIGH"] },
      { id: "x-band", when: `x between ${low} and ${high}`, set: { hits: 2 } },
      { id: "x-equal", when: `x == ${low}`, set: { hits: 4 } },
    ],
    outputs: [{ name: "hits", type: "integer", combine: "sum" }],
  };
}

const decimalText = fc
  .tuple(bigUnits, fc.integer({ min: 0, max: 18 }))
  .map(([units, scale]) => formatDecimal(decimal(units, scale)));
/** Thresholds are written without a sign (a leading "-" would be a unary minus, folded at compile time). */
const thresholdText = fc
  .tuple(bigUnits, fc.integer({ min: 0, max: 18 }))
  .map(([units, scale]) => formatDecimal(decimal(units < 0n ? -units : units, scale)));

describe("compiled rules with boundary thresholds agree with the interpreter", () => {
  it("for ratios, decimal facts and thresholds near 2^53 and with many decimals", () => {
    fc.assert(
      fc.property(
        thresholdText,
        thresholdText,
        signedEdge(15),
        fc.oneof(signedEdge(0), fc.constantFrom(1, 3, 7, maxSafe)),
        fc.option(decimalText, { nil: null }),
        (low, high, a, b, x) => {
          fc.pre(b !== 0);
          const compiled = unwrap(compileRuleSet(boundaryRuleSet(low, high)));
          const facts = { a, b, x };
          const fast = evaluate(compiled, facts);
          const slow = interpretRuleSet(compiled, facts);
          expect(fast.ok).toBe(slow.ok);
          if (fast.ok && slow.ok) {
            const { decision, reasonCodes, outputs } = fast.value;
            expect({ decision, reasonCodes, outputs }).toEqual({
              decision: slow.value.decision,
              reasonCodes: slow.value.reasonCodes,
              outputs: slow.value.outputs,
            });
          }
        },
      ),
      { numRuns: 1_000 },
    );
  }, 60_000);
});
