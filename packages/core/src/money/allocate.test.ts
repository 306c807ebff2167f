import { describe, expect, it } from "vitest";
import { InvariantError } from "../errors/index.js";
import { allocate } from "./allocate.js";
import { currencyOf, money, toMinor } from "./money.js";

describe("allocate", () => {
  const cases: ReadonlyArray<{
    given: bigint;
    ratios: ReadonlyArray<bigint | number>;
    want: bigint[];
    source: string;
  }> = [
    // 5 × 3/10 = 1.5 → 1, 5 × 7/10 = 3.5 → 3; equal remainders: the leftover unit goes to the larger ratio
    // (Fowler's PoEAA example gives it to the first part instead: [2, 3]; both are within one unit).
    { given: 5n, ratios: [3, 7], want: [1n, 4n], source: "dinero.js allocate" },
    // 2 × 999997/1999994 = 1 exactly, 2 × 999996/1999994 = 0.999999: the leftover unit goes to the part that
    // lost 0.999999, not to the largest ratio, whose share was whole (dinero.js gives [2, 0, 0]).
    { given: 2n, ratios: [999_997n, 1n, 999_996n], want: [1n, 0n, 1n], source: "largest remainder" },
    // dinero.js v2 docs, allocate: 1003 split [50, 50] -> [502, 501].
    { given: 1003n, ratios: [50, 50], want: [502n, 501n], source: "dinero.js docs" },
    // 100/3 = 33.33 each, one unit left, equal ratios -> first part.
    { given: 100n, ratios: [1, 1, 1], want: [34n, 33n, 33n], source: "dinero.js allocate" },
    // 100 × 1/3 = 33.33, 100 × 2/3 = 66.67: the leftover unit goes to the larger ratio.
    { given: 100n, ratios: [1n, 2n], want: [33n, 67n], source: "dinero.js allocate" },
    // 10 over twelve equal parts: 0 each, ten units left, one each to the first ten.
    { given: 10n, ratios: Array(12).fill(1), want: [...Array(10).fill(1n), 0n, 0n], source: "dinero.js allocate" },
    { given: -100n, ratios: [1, 1, 1], want: [-34n, -33n, -33n], source: "negated |amount|" },
    { given: 1000n, ratios: [0.5, 0.25, 0.25], want: [500n, 250n, 250n], source: "exact shares" },
    { given: 7n, ratios: [0, 1, 0], want: [0n, 7n, 0n], source: "zero ratios get nothing" },
    { given: 0n, ratios: [1, 1], want: [0n, 0n], source: "nothing to split" },
  ];
  it.each(cases)("$given by $ratios -> $want ($source)", ({ given, ratios, want }) => {
    expect(allocate(given, ratios)).toEqual(want);
  });

  it("splits Money into Money of the same currency", () => {
    const parts = allocate(money(1000n, "KWD"), [1, 2]);
    expect(parts.map(toMinor)).toEqual([333n, 667n]);
    expect(parts.map(currencyOf)).toEqual(["KWD", "KWD"]);
  });

  it.each([[[]], [[0, 0]], [[-1, 2]], [[Number.NaN]], [[1e-7]]])("refuses ratios %j", (ratios) => {
    expect(() => allocate(10n, ratios)).toThrow(InvariantError);
  });
});
