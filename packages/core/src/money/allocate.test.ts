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
    // Fowler, PoEAA "Money": allocate($0.05, [3, 7]) -> [$0.02, $0.03] (ties go to the earlier part).
    { given: 5n, ratios: [3, 7], want: [2n, 3n], source: "Fowler PoEAA" },
    // dinero.js v2 docs, allocate: 1003 split [50, 50] -> [502, 501].
    { given: 1003n, ratios: [50, 50], want: [502n, 501n], source: "dinero.js docs" },
    // Largest remainder: 100/3 = 33.33 each, one unit left, ties -> first part.
    { given: 100n, ratios: [1, 1, 1], want: [34n, 33n, 33n], source: "Hamilton method" },
    // 100 × 1/3 = 33.33, 100 × 2/3 = 66.67: the leftover unit goes to the larger remainder (0.67).
    { given: 100n, ratios: [1n, 2n], want: [33n, 67n], source: "Hamilton method" },
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
