import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSafeIntegers, unsafeIntegerPath } from "./safe-integer.js";

// The walk runs before every loan change commits, so it walks without copying its path; these pin what it
// finds (the first unsafe `…Minor` figure in key order, with its path) against the plain copying walk.

type Path = ReadonlyArray<string | number>;

/** The straightforward walk the fast one replaced: a fresh path per node. */
function reference(value: unknown, path: Path = []): Path | undefined {
  if (typeof value === "bigint") {
    const unsafe = value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER);
    return unsafe && String(path.at(-1) ?? "").endsWith("Minor") ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = reference(item, [...path, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = reference(item, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

const edge = 2n ** 53n;
const figure = fc.oneof(
  fc.bigInt({ min: -edge - 2n, max: edge + 1n }),
  fc.constantFrom(edge - 1n, edge, -edge + 1n, -edge, 2n ** 80n),
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.constant(null),
);
const key = fc.constantFrom("principalMinor", "feeMinor", "scaled", "rate", "Minor", "minor", "items");
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, figure, tie("array"), tie("object")),
  array: fc.array(tie("node"), { maxLength: 4 }),
  object: fc.dictionary(key, tie("node"), { maxKeys: 4 }),
})).node;

describe("unsafeIntegerPath", () => {
  it("finds the same first unsafe figure, at the same path, as the copying walk", () => {
    fc.assert(
      fc.property(tree, (value) => {
        expect(unsafeIntegerPath(value)).toEqual(reference(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it("finds the first in key order, not the largest; bigints under other keys are not amounts", () => {
    const state = { schedule: [{ dueMinor: 1n }, { dueMinor: edge }], totalMinor: 2n ** 70n, accrual: 2n ** 90n };
    expect(unsafeIntegerPath(state)).toEqual(["schedule", 1, "dueMinor"]);
    expect(unsafeIntegerPath({ accrual: { scaled: 2n ** 80n }, rateMinor: edge - 1n })).toBeUndefined();
    expect(unsafeIntegerPath(edge)).toBeUndefined();
    expect(unsafeIntegerPath(edge, ["loan", "feeMinor"])).toEqual(["loan", "feeMinor"]);
  });

  it("leaves the caller's path as it was, found or not", () => {
    const start = ["state"] as const;
    expect(unsafeIntegerPath({ a: [{ feeMinor: edge }] }, start)).toEqual(["state", "a", 0, "feeMinor"]);
    expect(unsafeIntegerPath({ a: [{ feeMinor: 1n }] }, start)).toBeUndefined();
    expect(start).toEqual(["state"]);
  });
});

describe("checkSafeIntegers", () => {
  it("is ok for a state within 2^53 - 1, and unsafe_integer naming the figure's path beyond it", () => {
    expect(checkSafeIntegers({ outstanding: { principalMinor: edge - 1n } }, "loan")).toEqual({
      ok: true,
      value: true,
    });
    const failed = checkSafeIntegers({ outstanding: { principalMinor: 1n, interestMinor: -edge } }, "loan");
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe("unsafe_integer");
    expect(failed.error.message).toBe(
      "A figure of this loan (outstanding.interestMinor) exceeds 2^53 - 1 minor units, which a JSON number cannot carry exactly.",
    );
  });
});
