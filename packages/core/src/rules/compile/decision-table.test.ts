import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import { evaluate } from "../runtime/evaluate.js";
import type { RuleSetDocument, RuleSetTable } from "../schema.js";
import { compileRuleSet } from "./compile-rule-set.js";

/** Bands from the DMN 1.3 spec's hit-policy examples, reduced to one numeric column. */
function tableSet(table: Omit<RuleSetTable, "id" | "inputs" | "outputs">, copy = "points") {
  const doc: RuleSetDocument = {
    schemaVersion: 1,
    id: "tables",
    arithmetic: { divisionScale: 4, roundingMode: "half-even" },
    defaultDecision: "approve",
    inputs: [{ name: "score", type: "number", nullable: true }],
    tables: [
      { id: "t", inputs: ["score"], outputs: [{ name: "points", priorityList: ["HIGH", "MID", "LOW"] }], ...table },
    ],
    rules: [{ id: "copy", when: "true", set: { result: copy } }],
    outputs: [{ name: "result", type: "integer", combine: "last" }],
  };
  return unwrap(compileRuleSet(doc));
}

const rows = [
  { id: "low", when: ["< 600"], set: { points: 10 } },
  { id: "mid", when: ["[580..700)"], set: { points: 20 } },
  { id: "high", when: [">= 650"], set: { points: 30 } },
  { id: "missing", when: ["null"], set: { points: 0 } },
];

function resultFor(compiled: ReturnType<typeof tableSet>, score: number | null) {
  const evaluation = evaluate(compiled, { score });
  return evaluation.ok ? evaluation.value.outputs.result : evaluation.error.code;
}

describe("decision tables", () => {
  // Overlaps are deliberate: 590 matches low+mid, 680 matches mid+high.
  const cases: Array<[string, Omit<RuleSetTable, "id" | "inputs" | "outputs">, number | null, unknown]> = [
    ["first takes the first match", { hitPolicy: "first", rows }, 590, 10],
    ["first with one match", { hitPolicy: "first", rows }, 720, 30],
    ["first with no match gives null", { hitPolicy: "first", rows: rows.slice(0, 1) }, 720, null],
    ["null score matches only the null cell", { hitPolicy: "first", rows }, null, 0],
    ["unique with one match", { hitPolicy: "unique", rows }, 720, 30],
    ["unique with two matches is an error", { hitPolicy: "unique", rows }, 680, "table_not_unique"],
    ["collect sum adds every match", { hitPolicy: "collect", aggregation: "sum", rows }, 680, 50],
    ["collect min", { hitPolicy: "collect", aggregation: "min", rows }, 680, 20],
    ["collect max", { hitPolicy: "collect", aggregation: "max", rows }, 590, 20],
    ["collect count", { hitPolicy: "collect", aggregation: "count", rows }, 590, 2],
    ["collect sum of nothing is 0", { hitPolicy: "collect", aggregation: "sum", rows: rows.slice(0, 1) }, 720, 0],
  ];
  it.each(cases)("%s", (_, table, score, want) => {
    expect(resultFor(tableSet(table), score)).toEqual(want);
  });

  it("collect list gathers every matching value in row order", () => {
    const compiled = tableSet({ hitPolicy: "collect", aggregation: "list", rows }, "count(points)");
    expect(unwrap(evaluate(compiled, { score: 680 })).outputs.result).toBe(2);
    const trace = unwrap(evaluate(compiled, { score: 680 })).trace;
    expect(trace.map((entry) => entry.id)).toEqual(["mid", "high", "copy"]);
    expect(trace[0]?.values).toEqual({ score: 680 });
  });

  it("priority picks the matching row whose output ranks highest, whatever its position", () => {
    const priorityRows = [
      { id: "a", when: ["< 700"], set: { band: '"LOW"' } },
      { id: "b", when: ["> 600"], set: { band: '"HIGH"' } },
      { id: "c", when: ["-"], set: { band: '"MID"' } },
    ];
    const compiled = unwrap(
      compileRuleSet({
        schemaVersion: 1,
        id: "priority",
        arithmetic: { divisionScale: 4, roundingMode: "half-even" },
        defaultDecision: "approve",
        inputs: [{ name: "score", type: "number" }],
        tables: [
          {
            id: "t",
            hitPolicy: "priority",
            inputs: ["score"],
            outputs: [{ name: "band", priorityList: ["HIGH", "MID", "LOW"] }],
            rows: priorityRows,
          },
        ],
        rules: [{ id: "copy", when: "true", set: { result: "band" } }],
        outputs: [{ name: "result", type: "string", combine: "last" }],
      }),
    );
    expect(unwrap(evaluate(compiled, { score: 650 })).outputs.result).toBe("HIGH");
    expect(unwrap(evaluate(compiled, { score: 500 })).outputs.result).toBe("MID");
    const trace = unwrap(evaluate(compiled, { score: 650 })).trace;
    expect(trace.filter((entry) => entry.kind === "row").map((entry) => entry.id)).toEqual(["b"]);
  });

  it("refuses a row with the wrong number of cells and collect without aggregation", () => {
    expect(() => tableSet({ hitPolicy: "first", rows: [{ id: "x", when: ["1", "2"], set: { points: 1 } }] })).toThrow(
      /2 cells for 1 inputs/,
    );
    expect(() => tableSet({ hitPolicy: "collect", rows })).toThrow(/aggregation/);
  });
});
