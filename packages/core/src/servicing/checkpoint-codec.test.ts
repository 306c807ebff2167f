import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { addDays, type LocalDate } from "../calendar/index.js";
import { decodeState, encodeState } from "./checkpoint-codec.js";

const installments = [
  { n: 1, due: "2026-01-31", principalMinor: 1_000n, note: "#first", kind: "level", odd: "2026-02-30" },
  { n: 2, due: "2026-02-28", principalMinor: 2_000n, kind: "level", odd: "2026-02-30" },
  { n: 3, due: "2026-03-31", principalMinor: 9_007_199_254_740_993n, kind: "level", odd: "2026-02-31" },
];

/** A mortgage's installments as a checkpoint holds them: paid ones, then future ones (no payment date). */
const schedule = Array.from({ length: 8 }, (_, i) => ({
  number: i + 1,
  dueDate: addDays("2026-01-31" as LocalDate, 30 * i),
  status: i < 5 ? "paid" : "future",
  dueMinor: i < 5 ? BigInt(1_000 + i) : 0n,
  paidMinor: i < 5 ? BigInt(1_000 + i) - (i === 4 ? 1n : 0n) : 0n,
  ...(i < 5 ? { paidDate: addDays("2026-01-31" as LocalDate, 30 * i) } : {}),
}));

describe("the checkpoint codec", () => {
  it("writes constants once and each other column once, in its shortest form", () => {
    expect(JSON.parse(encodeState(schedule))).toEqual({
      "#k": ["number", "dueDate", "status", "dueMinor", "paidMinor", "paidDate"],
      "#c": {},
      "#n": ["dueMinor", "paidMinor"],
      "#d": ["dueDate", "paidDate"],
      "#len": 8,
      "#v": [
        { "#s": [1, 1] }, // 1, 2, 3 …: first and step
        { "#s": [20484, 30] }, // due every 30 days: epoch days in steps of 30
        { "#l": ["paid", 5, "future", 3] }, // runs
        [1000, 1001, 1002, 1003, 1004, 0, 0, 0],
        { "#e": [3, 4, 1003] }, // column 3 (the amounts due) but for row 4
        { "#e": [1, 5, "#u", 6, "#u", 7, "#u"] }, // column 1 (the due dates) but for the rows not paid
      ],
    });
    expect(decodeState(encodeState(schedule))).toEqual(schedule);
  });

  it("reads tables written one array of cells per row, as it wrote them before", () => {
    const earlier =
      '{"amountMinor":"#5","installments":{"#k":["n","due","principalMinor","note"],' +
      '"#c":{"kind":"level","odd":"2026-02-30"},"#n":["principalMinor"],"#d":["due"],' +
      '"#r":[[1,20484,1000,"##first"],[2,20512,2000,"#u"]]}}';
    expect(decodeState(earlier)).toEqual({ amountMinor: 5n, installments: installments.slice(0, 2) });
    expect(decodeState('{"#k":[],"#r":[[],[]]}')).toEqual([{}, {}]);
  });

  it("reads back what it wrote, the same every time (remembered conversions), beyond safe integers too", () => {
    const state = { installments, flags: [true, null, "#x"], nested: { at: "2026-01-31" } };
    const first = encodeState(state);
    expect(encodeState(state)).toBe(first);
    expect(decodeState(first)).toEqual(state);
    expect(decodeState(first)).toEqual(decodeState(encodeState(decodeState(first))));
  });

  it("round-trips more distinct dates than it remembers", () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ i, on: addDays("1900-01-01" as LocalDate, i) }));
    const text = encodeState(rows);
    expect(JSON.parse(text)["#d"]).toEqual(["on"]);
    expect(decodeState(text)).toEqual(rows);
    expect(encodeState(rows)).toBe(text);
  });

  it("round-trips any table: runs, progressions, columns equal to others, keys some rows lack, nested values", () => {
    const cell = fc.oneof(
      fc.constantFrom(0n, 1n, 5n, -3n, 9_007_199_254_740_993n),
      fc.constantFrom("2026-01-31", "2026-02-28", "2026-02-30", "#x", "paid"),
      fc.constantFrom(0, 1, 2, 1.5, true, false, null),
      fc.record({ a: fc.constantFrom(1n, 2n) }),
      fc.constant(undefined),
    );
    const row = fc.record(
      { a: cell, b: cell, c: cell, d: cell, n: fc.integer({ min: -3, max: 3 }) },
      { requiredKeys: [] },
    );
    // Rows built from a few distinct ones, so runs and repeats are common; a counter column for progressions.
    const tableArb = fc
      .tuple(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat({ max: 3 }), { minLength: 2, maxLength: 40 }),
      )
      .map(([kinds, picks]) => picks.map((pick, i) => ({ ...kinds[pick % kinds.length], i: i * 7 })));
    fc.assert(
      fc.property(tableArb, (rows) => {
        const expected = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
        const decoded = decodeState(encodeState({ rows })) as { rows: Array<Record<string, unknown>> };
        expect(decoded.rows).toEqual(expected);
        for (const [i, decodedRow] of decoded.rows.entries()) {
          expect(Object.getPrototypeOf(decodedRow)).toBe(Object.prototype);
          expect(Object.keys(decodedRow).sort()).toEqual(Object.keys(expected[i] ?? {}).sort());
        }
      }),
      { numRuns: 500 },
    );
  });

  it("builds rows field by field where the runtime forbids compiling code, the same rows", () => {
    // Keys no other test uses, so no row builder compiled before is found in the cache.
    const rows = [
      { fallbackA: 1n, fallbackB: "x", fallbackC: true },
      { fallbackA: 2n, fallbackC: true },
    ];
    vi.stubGlobal(
      "Function",
      class {
        constructor() {
          throw new EvalError("code generation from strings disallowed");
        }
      },
    );
    try {
      expect(() => new Function("return 1")).toThrow(EvalError);
      const decoded = decodeState(encodeState(rows)) as Array<Record<string, unknown>>;
      expect(decoded).toEqual(rows);
      expect(Object.keys(decoded[1] ?? {})).toEqual(["fallbackC", "fallbackA"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses text it did not write: a column's runs, length or form that does not fit, a reserved key", () => {
    const table = (columns: string, length = 3) =>
      `{"#k":["a"],"#c":{},"#n":[],"#d":[],"#len":${length},"#v":[${columns}]}`;
    expect(decodeState(table('{"#l":[1,3]}'))).toEqual([{ a: 1 }, { a: 1 }, { a: 1 }]);
    expect(() => decodeState(table('{"#l":[1,2]}'))).toThrow(/runs/);
    expect(() => decodeState(table("[1,2]"))).toThrow(/length/);
    expect(() => decodeState(table('{"#q":[1]}'))).toThrow(/form/);
    expect(() => decodeState(table('{"#e":[0]}'))).toThrow(/not there/);
    expect(() => decodeState(table("[1,2,3]", -1))).toThrow(/length/);
    expect(() => decodeState('{"#k":["__proto__"],"#c":{},"#len":2,"#v":[[1,2]]}')).toThrow(/__proto__/);
    // Minor units and dates are written as safe integers only (a larger amount is written as text).
    expect(() => decodeState('{"#k":["a"],"#c":{},"#n":["a"],"#len":2,"#v":[[1,1e20]]}')).toThrow(/safe integer/);
    expect(() => decodeState('{"#k":["a"],"#c":{},"#d":["a"],"#len":2,"#v":[[1,1.5]]}')).toThrow(/safe integer/);
  });
});
