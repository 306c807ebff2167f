import type { ExpressionNode, ValueType } from "../language/ast.js";
import type { RuleSetTable } from "../schema.js";
import { type CompileContext, parseAssigned } from "./compile-context.js";
import { checkAt, collectNames, parseAt, parseCellAt, raise, type Site } from "./compile-site.js";
import { type RowPlan, rankOf, type TablePlan } from "./plan.js";

/** A table after parsing, before type checking (dependencies are known, slots are not). */
export interface ParsedTable {
  readonly table: RuleSetTable;
  readonly index: number;
  readonly inputNodes: ReadonlyArray<{ node: ExpressionNode; source: string }>;
  readonly rows: ReadonlyArray<{
    readonly cells: ReadonlyArray<{ node: ExpressionNode; source: string }>;
    readonly values: ReadonlyArray<{ node: ExpressionNode; source: string }>;
  }>;
  /** Names read by any column, cell or value (excluding the table's own columns). */
  readonly dependencies: ReadonlySet<string>;
}

/** Hidden slot name of a table column; not an identifier, so it never clashes with a declared name. */
export function columnName(tableId: string, column: number): string {
  return `${tableId}#${column}`;
}

function tableSite(table: RuleSetTable, index: number, path: ReadonlyArray<string | number>, rowId?: string): Site {
  const ids: Record<string, string> = { tableId: table.id };
  if (rowId !== undefined) ids.rowId = rowId;
  const label = rowId === undefined ? `table "${table.id}"` : `table "${table.id}" row "${rowId}"`;
  return { path: ["tables", index, ...path], label, ids };
}

function checkShape(table: RuleSetTable, index: number): void {
  const site = tableSite(table, index, []);
  if ((table.hitPolicy === "collect") !== (table.aggregation !== undefined)) {
    raise("invalid_rule_set", "aggregation is required with hitPolicy collect and allowed only there", site);
  }
  if (table.hitPolicy === "priority" && table.outputs[0]?.priorityList === undefined) {
    raise("invalid_rule_set", "hitPolicy priority needs a priorityList on the first output", site);
  }
  const rowIds = new Set<string>();
  table.rows.forEach((row, r) => {
    const rowSite = tableSite(table, index, ["rows", r], row.id);
    if (rowIds.has(row.id)) raise("duplicate_name", `row id "${row.id}" is used twice`, rowSite);
    rowIds.add(row.id);
    if (row.when.length !== table.inputs.length) {
      raise("invalid_rule_set", `has ${row.when.length} cells for ${table.inputs.length} inputs`, rowSite);
    }
    if (row.decision === "decline" && (row.reasonCodes?.length ?? 0) === 0) {
      raise("missing_reason_code", "a decline row needs at least one reason code", rowSite);
    }
    for (const name of Object.keys(row.set)) {
      if (!table.outputs.some((output) => output.name === name)) {
        raise("unknown_output", `"${name}" is not an output of the table`, {
          ...rowSite,
          path: [...rowSite.path, "set", name],
        });
      }
    }
  });
}

/** Parses a table's columns, cells and values and lists what it reads. */
export function parseTable(table: RuleSetTable, index: number): ParsedTable {
  checkShape(table, index);
  const dependencies = new Set<string>();
  const inputNodes = table.inputs.map((source, k) => {
    const node = parseAt(source, tableSite(table, index, ["inputs", k]));
    collectNames(node, dependencies);
    return { node, source };
  });
  const rows = table.rows.map((row, r) => {
    const cells = row.when.map((source, k) => {
      const subject: ExpressionNode = { kind: "name", name: columnName(table.id, k), start: 0, end: 0 };
      const node = parseCellAt(source, subject, tableSite(table, index, ["rows", r, "when", k], row.id));
      collectNames(node, dependencies);
      return { node, source };
    });
    const values = table.outputs.map((output) => {
      const value = row.set[output.name];
      const site = tableSite(table, index, ["rows", r, "set", output.name], row.id);
      if (value === undefined) raise("invalid_rule_set", `has no value for output "${output.name}"`, site);
      const parsed = parseAssigned(value, site);
      collectNames(parsed.node, dependencies);
      return parsed;
    });
    return { cells, values };
  });
  table.inputs.forEach((_, k) => {
    dependencies.delete(columnName(table.id, k));
  });
  return { table, index, inputNodes, rows, dependencies };
}

function outputType(parsed: ParsedTable, column: number, ctx: CompileContext): ValueType {
  const { table, index } = parsed;
  const name = table.outputs[column]!.name;
  let type = "null" as ValueType;
  parsed.rows.forEach((row, r) => {
    const site = tableSite(table, index, ["rows", r, "set", name], table.rows[r]!.id);
    const value = row.values[column]!;
    const found = checkAt(value.node, ctx.typeOf, site, value.source, type === "null" ? undefined : type);
    if (type === "null") type = found;
  });
  const site = tableSite(table, index, ["outputs", column]);
  switch (table.aggregation) {
    case undefined:
      return type;
    case "count":
      return "number";
    case "sum":
    case "min":
    case "max":
      if (type !== "number" && type !== "null")
        raise("type_mismatch", `${table.aggregation} needs numbers, not ${type}`, site);
      return "number";
    case "list":
      if (type === "string" || type === "null") return "string[]";
      if (type === "number") return "number[]";
      return raise("type_mismatch", `a collected list holds strings or numbers, not ${type}`, site);
  }
}

/** Declares the table's slots, type-checks every cell and value, and compiles them. */
export function compileTable(parsed: ParsedTable, ctx: CompileContext, firstTraceId: number): TablePlan {
  const { table, index } = parsed;
  const inputSlots = parsed.inputNodes.map(({ node, source }, k) => {
    const type = checkAt(node, ctx.typeOf, tableSite(table, index, ["inputs", k]), source);
    ctx.checksOf([node], collectNames(node, new Set()), columnName(table.id, k));
    return ctx.declare(columnName(table.id, k), type);
  });
  const outputTypes = table.outputs.map((_, column) => outputType(parsed, column, ctx));
  const rows: RowPlan[] = parsed.rows.map((row, r) => {
    const doc = table.rows[r]!;
    const names = new Set<string>();
    const testNodes = row.cells.map(({ node, source }, k) => {
      checkAt(node, ctx.typeOf, tableSite(table, index, ["rows", r, "when", k], doc.id), source, "boolean");
      collectNames(node, names);
      return node;
    });
    for (const value of row.values) collectNames(value.node, names);
    const valueNodes = row.values.map((value) => value.node);
    return {
      id: doc.id,
      index: r,
      traceId: firstTraceId + r,
      testNodes,
      tests: testNodes.filter((node) => node.kind !== "any").map((node) => ctx.compile(node)),
      valueNodes,
      values: row.values.map((value) => ctx.compile(value.node)),
      decisionRank: rankOf(doc.decision),
      reasonCodes: doc.reasonCodes ?? [],
      reads: ctx.readsOf(names),
      checks: ctx.checksOf([...testNodes, ...valueNodes], names),
    };
  });
  const outputSlots = table.outputs.map((output, column) => ctx.declare(output.name, outputTypes[column]!));
  const priorityList = table.outputs[0]?.priorityList;
  return {
    kind: "table",
    id: table.id,
    index,
    hitPolicy: table.hitPolicy,
    aggregation: table.aggregation,
    inputSlots,
    inputNodes: parsed.inputNodes.map((input) => input.node),
    inputs: parsed.inputNodes.map((input) => ctx.compile(input.node)),
    outputSlots,
    outputNames: table.outputs.map((output) => output.name),
    priority: priorityList === undefined ? undefined : new Map(priorityList.map((value, rank) => [value, rank])),
    rows,
  };
}
