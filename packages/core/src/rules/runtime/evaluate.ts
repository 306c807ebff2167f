import { fail, ok, type Result } from "../../errors/index.js";
import { type CompiledRuleSet, type DecisionRank, decisionByRank, type RowPlan } from "../compile/plan.js";
import { runScorecard, type ScorecardOutcome, scorecardReasons } from "../compile/scorecard-step.js";
import type { Value } from "../language/ast.js";
import type { Decision } from "../schema.js";
import type { FiredComplianceCheck } from "./compliance-functions.js";
import { readFacts } from "./facts.js";
import { finishOutputs } from "./outputs.js";
import { type RowSink, runTable } from "./run-table.js";
import { addExact, compareExact, type ExactNumber } from "./runtime-values.js";
import { materializeTrace, type TraceEntry } from "./trace.js";

/** Options for `evaluate`. @example evaluate(compiled, facts, { trace: false }) */
export interface EvaluateOptions {
  /** Record which rules and rows fired (default true). The record is compact; `trace` is built on first read. */
  readonly trace?: boolean;
}

/**
 * The result of one evaluation. `trace` is materialized lazily from a compact record the first
 * time it is read; `toJSON()` gives the plain object the API stores and returns.
 *
 * @example
 * const result = unwrap(evaluate(compiled, facts));
 * if (result.decision === "decline") console.log(result.reasonCodes, result.trace);
 */
export interface Evaluation {
  readonly decision: Decision;
  /** Reason codes of every rule and selected row that fired, in firing order, without duplicates. */
  readonly reasonCodes: ReadonlyArray<string>;
  /** Declared outputs: integers as numbers, decimals as strings ("0.25"), lists as arrays. */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** Every rule and selected table row that fired, in order, with the values it read. */
  readonly trace: ReadonlyArray<TraceEntry>;
  /** Each declared scorecard's score and ranked reason codes, in document order (empty when none). */
  readonly scorecards: ReadonlyArray<ScorecardOutcome>;
  /** The compliance checks behind the rules and rows that fired, each once, in trace order (read from `trace`). */
  readonly complianceChecks: ReadonlyArray<FiredComplianceCheck>;
  toJSON(): {
    decision: Decision;
    reasonCodes: string[];
    outputs: Record<string, unknown>;
    trace: TraceEntry[];
    scorecards: ScorecardOutcome[];
    complianceChecks: FiredComplianceCheck[];
  };
}

const noScores: ReadonlyArray<ScorecardOutcome> = Object.freeze([]);

class EvaluationResult implements Evaluation {
  private materialized: ReadonlyArray<TraceEntry> | undefined;
  constructor(
    readonly decision: Decision,
    readonly reasonCodes: ReadonlyArray<string>,
    readonly outputs: Readonly<Record<string, unknown>>,
    private readonly compiled: CompiledRuleSet,
    private readonly slots: ReadonlyArray<Value>,
    private readonly fired: Int32Array | null,
    readonly scorecards: ReadonlyArray<ScorecardOutcome>,
  ) {}

  get trace(): ReadonlyArray<TraceEntry> {
    if (this.materialized === undefined) {
      this.materialized =
        this.fired === null ? [] : materializeTrace(this.compiled, this.slots, this.fired, this.scorecards);
    }
    return this.materialized;
  }

  get complianceChecks(): ReadonlyArray<FiredComplianceCheck> {
    const seen = new Map<string, FiredComplianceCheck>();
    for (const entry of this.trace) {
      for (const check of entry.checks ?? []) {
        const key = `${check.function}\u0000${check.code}\u0000${JSON.stringify(check.values)}`;
        if (!seen.has(key)) seen.set(key, check);
      }
    }
    return [...seen.values()];
  }

  toJSON() {
    return {
      decision: this.decision,
      reasonCodes: [...this.reasonCodes],
      outputs: { ...this.outputs },
      trace: [...this.trace],
      scorecards: [...this.scorecards],
      complianceChecks: [...this.complianceChecks],
    };
  }
}

/** Per-evaluation accumulator. Reused between calls: evaluation is synchronous and never re-entered. */
class Accumulator implements RowSink {
  rank: DecisionRank = 0;
  reasons: string[] = [];
  count = 0;
  record: Int32Array = new Int32Array(64);
  tracing = true;
  assigned: Array<Value | undefined> = [];
  scores: ReadonlyArray<ScorecardOutcome> = noScores;

  reset(capacity: number, outputs: number, tracing: boolean, scorecards: number): void {
    this.scores = scorecards === 0 ? noScores : new Array<ScorecardOutcome>(scorecards);
    this.rank = 0;
    this.reasons = [];
    this.count = 0;
    this.tracing = tracing;
    if (this.record.length < capacity) this.record = new Int32Array(capacity);
    this.assigned = new Array<Value | undefined>(outputs);
  }

  fire(rank: DecisionRank, reasons: ReadonlyArray<string>, traceId: number): void {
    if (rank > this.rank) this.rank = rank;
    for (let i = 0; i < reasons.length; i++) {
      const code = reasons[i]!;
      if (!this.reasons.includes(code)) this.reasons.push(code);
    }
    if (this.tracing) this.record[this.count++] = traceId;
  }

  select(row: RowPlan): void {
    this.fire(row.decisionRank, row.reasonCodes, row.traceId);
  }
}

const scratch = new Accumulator();

function assign(acc: Accumulator, combine: string, output: number, value: Value): void {
  if (value === null) return;
  const current = acc.assigned[output];
  if (current === undefined) {
    acc.assigned[output] = combine === "list" ? [value] : value;
    return;
  }
  switch (combine) {
    case "first":
      return;
    case "last":
      acc.assigned[output] = value;
      return;
    case "sum":
      acc.assigned[output] = addExact(current as ExactNumber, value as ExactNumber);
      return;
    case "min":
    case "max": {
      const order = compareExact(value as ExactNumber, current as ExactNumber);
      if (order === (combine === "min" ? -1 : 1)) acc.assigned[output] = value;
      return;
    }
    default:
      (current as Value[]).push(value);
  }
}

/**
 * Evaluates a compiled rule set against facts: validates the facts, computes values and tables in
 * dependency order, evaluates every rule in order, and returns the worst decision fired (decline >
 * refer > approve; `defaultDecision` when none), the reason codes, the outputs and the trace.
 * Pure and synchronous; never throws for any facts. Errors: `invalid_fact`, `missing_fact`,
 * `table_not_unique`, `non_integer_output`, `scorecard_no_bin`.
 *
 * @example
 * const result = evaluate(compiled, { creditScore: 700, state: "CA" });
 * if (result.ok) console.log(result.value.decision, result.value.reasonCodes);
 */
export function evaluate(compiled: CompiledRuleSet, facts: unknown, options?: EvaluateOptions): Result<Evaluation> {
  const read = readFacts(compiled.inputs, compiled.slotNames.length, facts);
  if (!read.ok) return read;
  const slots = read.value;
  const acc = scratch;
  acc.reset(compiled.traceCapacity, compiled.outputs.length, options?.trace !== false, compiled.scorecards.length);
  const steps = compiled.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.kind === "computed") slots[step.slot] = step.evaluate(slots);
    else if (step.kind === "table") {
      if (!runTable(step, slots, acc)) {
        return fail("table_not_unique", `table "${step.id}" matched more than one row`, ["tables", step.index], {
          tableId: step.id,
        });
      }
    } else {
      const scored = runScorecard(step, slots);
      if (!scored.ok) return scored;
      (acc.scores as ScorecardOutcome[])[step.index] = scored.value;
    }
  }
  const rules = compiled.rules;
  const outputs = compiled.outputs;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.when(slots) !== true) continue;
    const reasons =
      rule.scorecard < 0 ? rule.reasonCodes : scorecardReasons(acc.scores[rule.scorecard], rule.reasonCodes);
    acc.fire(rule.decisionRank, reasons, i);
    const assignments = rule.assignments;
    for (let k = 0; k < assignments.length; k++) {
      const assignment = assignments[k]!;
      assign(acc, outputs[assignment.output]!.combine, assignment.output, assignment.evaluate(slots));
    }
  }
  const finished = finishOutputs(outputs, acc.assigned);
  if (!finished.ok) return finished;
  const decision = decisionByRank[acc.rank] ?? compiled.defaultDecision;
  const fired = acc.tracing ? acc.record.slice(0, acc.count) : null;
  return ok(new EvaluationResult(decision, acc.reasons, finished.value, compiled, slots, fired, acc.scores));
}
