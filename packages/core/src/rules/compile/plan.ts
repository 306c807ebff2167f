import type { Scorecard } from "../../scoring/index.js";
import type { ExpressionNode, Value, ValueType } from "../language/ast.js";
import type { ComplianceEnvironment, ComplianceFunction } from "../runtime/compliance-functions.js";
import type { Decision, RuleSetDocument } from "../schema.js";
import type { Arithmetic, Evaluator } from "./compile-expression.js";

/** 0 = no decision, 1 = approve, 2 = refer, 3 = decline (worst wins). */
export type DecisionRank = 0 | 1 | 2 | 3;
export const decisionByRank: ReadonlyArray<Decision | undefined> = [undefined, "approve", "refer", "decline"];
export function rankOf(decision: Decision | undefined): DecisionRank {
  return decision === undefined ? 0 : decision === "approve" ? 1 : decision === "refer" ? 2 : 3;
}

/** A compliance-function call a rule or row depends on; re-run for the trace when it fires. */
export interface CheckSite {
  readonly fn: ComplianceFunction;
  readonly args: ReadonlyArray<Evaluator>;
}

/** A scorecard declared in the rule set: reads attribute slots, writes its score into `slot`. */
export interface ScorecardPlan {
  readonly kind: "scorecard";
  readonly name: string;
  /** Position in the document's `scorecards` (and in an evaluation's `scorecards`). */
  readonly index: number;
  readonly slot: number;
  readonly scorecard: Scorecard;
  readonly attributeSlots: ReadonlyArray<number>;
  /** The scorecard's snake_case reason codes in the rule set's UPPER_SNAKE_CASE. */
  readonly reasonCodeOf: ReadonlyMap<string, string>;
}

/** A declared input and the slot its validated fact is copied into. */
export interface InputPlan {
  readonly name: string;
  readonly type: "number" | "decimal" | "string" | "boolean" | "date" | "list";
  readonly items: "string" | "number" | undefined;
  readonly nullable: boolean;
  readonly slot: number;
}

/** A computed value: one expression written into one slot. */
export interface ComputedPlan {
  readonly kind: "computed";
  readonly name: string;
  readonly slot: number;
  readonly type: ValueType;
  readonly node: ExpressionNode;
  readonly evaluate: Evaluator;
}

/** An output value assignment (`set` of a rule, `set` of a row). */
export interface AssignmentPlan {
  readonly output: number;
  readonly node: ExpressionNode;
  readonly evaluate: Evaluator;
}

/** One decision-table row: its cell tests (`any` cells dropped from `tests`) and output values. */
export interface RowPlan {
  readonly id: string;
  readonly index: number;
  /** Position in the trace's numbering: rules first, then every row of every table. */
  readonly traceId: number;
  readonly testNodes: ReadonlyArray<ExpressionNode>;
  readonly tests: ReadonlyArray<Evaluator>;
  readonly valueNodes: ReadonlyArray<ExpressionNode>;
  readonly values: ReadonlyArray<Evaluator>;
  readonly decisionRank: DecisionRank;
  readonly reasonCodes: ReadonlyArray<string>;
  /** Slots this row reads (the table's input columns it tests, and names its values use). */
  readonly reads: ReadonlyArray<number>;
  /** Compliance calls behind its columns, cells and values (through computed values too). */
  readonly checks: ReadonlyArray<CheckSite>;
}

/** A decision table in evaluation order. */
export interface TablePlan {
  readonly kind: "table";
  readonly id: string;
  readonly index: number;
  readonly hitPolicy: "first" | "unique" | "priority" | "collect";
  readonly aggregation: "sum" | "min" | "max" | "count" | "list" | undefined;
  readonly inputSlots: ReadonlyArray<number>;
  readonly inputNodes: ReadonlyArray<ExpressionNode>;
  readonly inputs: ReadonlyArray<Evaluator>;
  readonly outputSlots: ReadonlyArray<number>;
  readonly outputNames: ReadonlyArray<string>;
  /** For `priority`: rank of each string value of the first output (lower is higher priority). */
  readonly priority: ReadonlyMap<string, number> | undefined;
  readonly rows: ReadonlyArray<RowPlan>;
}

/** A rule: condition, outcome and assignments. */
export interface RulePlan {
  readonly id: string;
  readonly index: number;
  readonly node: ExpressionNode;
  readonly when: Evaluator;
  readonly decisionRank: DecisionRank;
  readonly reasonCodes: ReadonlyArray<string>;
  readonly assignments: ReadonlyArray<AssignmentPlan>;
  readonly reads: ReadonlyArray<number>;
  /** Index of the scorecard whose ranked reasons this rule gives (`reasonCodesFrom`), or -1. */
  readonly scorecard: number;
  /** Compliance calls behind its condition and assignments (through computed values too). */
  readonly checks: ReadonlyArray<CheckSite>;
}

/** A declared output and how assignments combine into it. */
export interface OutputPlan {
  readonly name: string;
  readonly type: "integer" | "decimal" | "string" | "boolean" | "date" | "list";
  readonly combine: "first" | "last" | "sum" | "min" | "max" | "list";
  readonly defaultValue: Value;
}

/**
 * A rule set parsed, type-checked and compiled once; `evaluate` never re-parses. Treat it as
 * opaque: the fields are for the evaluator, the oracle interpreter and tooling.
 *
 * @example
 * const compiled = unwrap(compileRuleSet(demoUnderwritingRuleSet));
 * console.log(compiled.id, compiled.hash);
 */
export interface CompiledRuleSet {
  readonly id: string;
  /** `hashRuleSet(document)`: proves which exact document made a decision. */
  readonly hash: string;
  readonly document: RuleSetDocument;
  readonly arithmetic: Arithmetic;
  readonly defaultDecision: Decision;
  /** Name of each slot (inputs, computed values, table columns and outputs), for traces. */
  readonly slotNames: ReadonlyArray<string>;
  readonly inputs: ReadonlyArray<InputPlan>;
  readonly steps: ReadonlyArray<ComputedPlan | TablePlan | ScorecardPlan>;
  /** Declared scorecards in document order. */
  readonly scorecards: ReadonlyArray<ScorecardPlan>;
  /** The data compliance functions were compiled with. */
  readonly compliance: ComplianceEnvironment;
  readonly rules: ReadonlyArray<RulePlan>;
  readonly outputs: ReadonlyArray<OutputPlan>;
  /** Rules plus all table rows: the most trace records one evaluation can produce. */
  readonly traceCapacity: number;
}
