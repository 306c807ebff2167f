import type { RowPlan, TablePlan } from "../compile/plan.js";
import type { Value } from "../language/ast.js";
import { addExact, compareExact, type ExactNumber } from "./runtime-values.js";

/** Receives each selected row (for decisions, reasons and the trace). */
export interface RowSink {
  select(row: RowPlan): void;
}

function matches(row: RowPlan, slots: ReadonlyArray<Value>): boolean {
  const tests = row.tests;
  for (let i = 0; i < tests.length; i++) if (tests[i]!(slots) !== true) return false;
  return true;
}

function writeRow(table: TablePlan, row: RowPlan | undefined, slots: Value[]): void {
  const outputSlots = table.outputSlots;
  for (let k = 0; k < outputSlots.length; k++)
    slots[outputSlots[k]!] = row === undefined ? null : row.values[k]!(slots);
}

function aggregate(table: TablePlan, matched: RowPlan[], slots: Value[]): void {
  table.outputSlots.forEach((slot, k) => {
    if (table.aggregation === "count") {
      slots[slot] = matched.length;
      return;
    }
    const values: Value[] = [];
    for (const row of matched) {
      const value = row.values[k]!(slots);
      if (value !== null) values.push(value);
    }
    switch (table.aggregation) {
      case "sum":
        slots[slot] = values.reduce<ExactNumber>((sum, v) => addExact(sum, v as ExactNumber), 0);
        break;
      case "min":
      case "max": {
        const sign = table.aggregation === "min" ? -1 : 1;
        let best: ExactNumber | null = null;
        for (const v of values as ExactNumber[]) if (best === null || compareExact(v, best) === sign) best = v;
        slots[slot] = best;
        break;
      }
      default:
        slots[slot] = values;
    }
  });
}

function sumSingleOutput(table: TablePlan, slots: Value[], sink: RowSink): void {
  // The scorecard shape (COLLECT SUM of one column) without intermediate arrays.
  let sum: ExactNumber = 0;
  for (const row of table.rows) {
    if (!matches(row, slots)) continue;
    sink.select(row);
    const value = row.values[0]!(slots);
    if (value !== null) sum = addExact(sum, value as ExactNumber);
  }
  slots[table.outputSlots[0]!] = sum;
}

/**
 * Evaluates one decision table into its output slots under its DMN hit policy. Returns false
 * when a `unique` table matched more than one row (the caller reports `table_not_unique`).
 */
export function runTable(table: TablePlan, slots: Value[], sink: RowSink): boolean {
  const inputs = table.inputs;
  for (let k = 0; k < inputs.length; k++) slots[table.inputSlots[k]!] = inputs[k]!(slots);
  const rows = table.rows;
  switch (table.hitPolicy) {
    case "first": {
      let selected: RowPlan | undefined;
      for (let r = 0; r < rows.length && selected === undefined; r++) if (matches(rows[r]!, slots)) selected = rows[r];
      if (selected !== undefined) sink.select(selected);
      writeRow(table, selected, slots);
      return true;
    }
    case "unique": {
      let selected: RowPlan | undefined;
      for (const row of rows) {
        if (!matches(row, slots)) continue;
        if (selected !== undefined) return false;
        selected = row;
      }
      if (selected !== undefined) sink.select(selected);
      writeRow(table, selected, slots);
      return true;
    }
    case "priority": {
      let selected: RowPlan | undefined;
      let best = Number.POSITIVE_INFINITY;
      for (const row of rows) {
        if (!matches(row, slots)) continue;
        const rank = table.priority?.get(String(row.values[0]!(slots))) ?? Number.MAX_SAFE_INTEGER;
        if (rank < best) {
          best = rank;
          selected = row;
        }
      }
      if (selected !== undefined) sink.select(selected);
      writeRow(table, selected, slots);
      return true;
    }
    case "collect": {
      if (table.aggregation === "sum" && table.outputSlots.length === 1) {
        sumSingleOutput(table, slots, sink);
        return true;
      }
      const matched = rows.filter((row) => matches(row, slots));
      for (const row of matched) sink.select(row);
      aggregate(table, matched, slots);
      return true;
    }
  }
}
