import type { CheckSite, CompiledRuleSet, RowPlan, TablePlan } from "../compile/plan.js";
import { decisionByRank } from "../compile/plan.js";
import { type ScorecardOutcome, scorecardReasons } from "../compile/scorecard-step.js";
import type { Value } from "../language/ast.js";
import type { Decision } from "../schema.js";
import { explainComplianceCall, type FiredComplianceCheck } from "./compliance-functions.js";
import { renderValue } from "./runtime-values.js";

/**
 * One fired rule or selected table row, in evaluation order, with the values it read (inputs,
 * computed values and table columns by name) — the raw material of an adverse-action notice.
 *
 * @example
 * { kind: "rule", id: "dti-max", decision: "decline", reasonCodes: ["DTI_TOO_HIGH"], values: { dti: "0.47" } }
 */
export interface TraceEntry {
  readonly kind: "rule" | "row";
  /** Rule id, or row id for a table row. */
  readonly id: string;
  /** Table id, for a row. */
  readonly tableId?: string;
  readonly decision: Decision | null;
  readonly reasonCodes: ReadonlyArray<string>;
  readonly values: Readonly<Record<string, unknown>>;
  /** The compliance checks its condition or values called (directly or through computed values), when any. */
  readonly checks?: ReadonlyArray<FiredComplianceCheck>;
}

function displayName(compiled: CompiledRuleSet, slot: number): string {
  const name = compiled.slotNames[slot]!;
  const hash = name.lastIndexOf("#");
  if (hash < 0) return name;
  const tableId = name.slice(0, hash);
  const table = compiled.document.tables?.find((t) => t.id === tableId);
  return table?.inputs[Number(name.slice(hash + 1))] ?? name;
}

function valuesOf(compiled: CompiledRuleSet, reads: ReadonlyArray<number>, slots: ReadonlyArray<Value>) {
  const values: Record<string, unknown> = {};
  for (const slot of reads) values[displayName(compiled, slot)] = renderValue(slots[slot] ?? null);
  return values;
}

/** Re-runs the compliance calls behind a fired rule or row (evaluation is pure, the slots are final). */
function checksOf(compiled: CompiledRuleSet, sites: ReadonlyArray<CheckSite>, slots: ReadonlyArray<Value>) {
  if (sites.length === 0) return {};
  const checks = sites.map((site) =>
    explainComplianceCall(
      site.fn,
      site.args.map((arg) => arg(slots)),
      compiled.compliance,
    ),
  );
  return { checks };
}

/**
 * Builds the readable trace from the compact record (rule indexes, then row trace ids).
 *
 * @example materializeTrace(compiled, slots, new Int32Array([0, 3]), [])
 */
export function materializeTrace(
  compiled: CompiledRuleSet,
  slots: ReadonlyArray<Value>,
  fired: Int32Array,
  scores: ReadonlyArray<ScorecardOutcome>,
): TraceEntry[] {
  const rows = new Map<number, { table: TablePlan; row: RowPlan }>();
  for (const step of compiled.steps) {
    if (step.kind === "table") for (const row of step.rows) rows.set(row.traceId, { table: step, row });
  }
  return Array.from(fired, (id): TraceEntry => {
    const rule = compiled.rules[id];
    if (rule !== undefined) {
      return {
        kind: "rule",
        id: rule.id,
        decision: decisionByRank[rule.decisionRank] ?? null,
        reasonCodes: rule.scorecard < 0 ? rule.reasonCodes : scorecardReasons(scores[rule.scorecard], rule.reasonCodes),
        values: valuesOf(compiled, rule.reads, slots),
        ...checksOf(compiled, rule.checks, slots),
      };
    }
    const { table, row } = rows.get(id)!;
    return {
      kind: "row",
      id: row.id,
      tableId: table.id,
      decision: decisionByRank[row.decisionRank] ?? null,
      reasonCodes: row.reasonCodes,
      values: valuesOf(compiled, row.reads, slots),
      ...checksOf(compiled, row.checks, slots),
    };
  });
}
