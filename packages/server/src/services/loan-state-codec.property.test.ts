import { addDays } from "@lendstack/core/calendar";
import { closeDay, replay } from "@lendstack/core/servicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loanHistory } from "./close-day-histories.js";
import { decodeLoanState, decodeValue, encodeLoanState, encodeValue } from "./loan-state-codec.js";

// The codec must give back exactly what it was given, through real JSON text (as jsonb stores it):
// toStrictEqual also tells a missing key from one holding `undefined`, and -0 from 0.

const throughJson = (document: unknown): unknown => JSON.parse(JSON.stringify(document));

/** Plain data of every kind the codec accepts, including strings that look like its own tags. */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.bigInt(),
    fc.string(),
    fc.constantFrom("~", "~n", "~n12", "~u", "~h", "~t", "~~", "~z", "__proto__"),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.array(tie("value")),
    fc.array(tie("row"), { minLength: 2 }),
    fc.dictionary(fc.string(), tie("value"), { noNullPrototype: true }),
  ),
  // Rows that share (some of) their keys, so arrays of them are stored as tables with holes.
  row: fc.dictionary(fc.constantFrom("a", "b", "c", "~k", "__proto__"), tie("value"), {
    maxKeys: 4,
    noNullPrototype: true,
  }),
}));

describe("loan state codec", () => {
  it("plain data survives JSON exactly", () => {
    fc.assert(
      fc.property(plainData.value, (value) => {
        expect(decodeValue(throughJson(encodeValue(value)))).toStrictEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it("a replayed state survives storage exactly and closes the next days as the original does", () => {
    fc.assert(
      fc.property(
        loanHistory(),
        fc.integer({ min: 0, max: 450 }),
        fc.integer({ min: 1, max: 5 }),
        (history, at, ahead) => {
          const asOf = addDays(history.disbursed, at);
          const state = replay(history.loan, history.events, asOf);
          fc.pre(state.ok);
          if (!state.ok) return;
          const decoded = decodeLoanState(throughJson(encodeLoanState(state.value)), history.loan);
          expect(decoded).toStrictEqual({ ok: true, value: state.value });
          if (!decoded.ok) return;
          expect(decoded.value.loan).toBe(history.loan);
          let fromStored = decoded.value;
          let fromOriginal = state.value;
          for (let k = 1; k <= ahead; k++) {
            fromStored = closeDay(fromStored, addDays(asOf, k));
            fromOriginal = closeDay(fromOriginal, addDays(asOf, k));
          }
          expect(fromStored).toStrictEqual(fromOriginal);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses a document it did not write, so the caller replays instead", () => {
    const history = fc.sample(loanHistory(0), { numRuns: 1, seed: 7 })[0];
    if (history === undefined) throw new Error("no sample");
    const state = replay(history.loan, history.events, addDays(history.disbursed, 40));
    if (!state.ok) throw new Error(state.error.message);
    const document = encodeLoanState(state.value);
    const { lateFeeIndex: _dropped, ...missing } = document;
    const cases: ReadonlyArray<readonly [string, unknown]> = [
      ["not an object", []],
      ["a field missing (an older core)", missing],
      ["a field extra (a newer core)", { ...document, somethingNew: 1 }],
      ["an unknown tag", { ...document, currency: "~q" }],
      ["a bad bigint", { ...document, disbursedMinor: "~n12x" }],
      ["a table row of the wrong width", { ...document, installments: ["~t", ["number"], [1, 2]] }],
    ];
    for (const [, bad] of cases) {
      expect(decodeLoanState(bad, history.loan)).toMatchObject({ ok: false, error: { code: "invalid_checkpoint" } });
    }
  });

  it("throws on values that are not plain data (a bug, not a stored state)", () => {
    for (const bad of [() => 1, new Map(), new Date(0), Number.NaN, Number.POSITIVE_INFINITY, Symbol("s")]) {
      expect(() => encodeValue({ bad })).toThrow(/loan state codec/);
    }
  });
});
