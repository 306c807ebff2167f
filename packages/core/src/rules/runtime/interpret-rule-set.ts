/**
 * A deliberately plain tree-walking interpreter over a compiled rule set's syntax trees: every
 * number is a `Decimal`, names are looked up in a Map, tables are scanned without shortcuts. It
 * exists only as the oracle the property tests compare `evaluate` against; it is not exported
 * from the package.
 */
import { daysBetween, type LocalDate, wholeMonthsBetween } from "../../calendar/index.js";
import { fail, ok, type Result } from "../../errors/index.js";
import { add, compare, type Decimal, decimal, divide, multiply, round, subtract } from "../../money/index.js";
import type { CompiledRuleSet, ScorecardPlan, TablePlan } from "../compile/plan.js";
import type { ExpressionNode, Value } from "../language/ast.js";
import type { Decision } from "../schema.js";
import { complianceFunctions } from "./compliance-functions.js";
import { readFacts } from "./facts.js";
import { finishOutputs } from "./outputs.js";

type Env = Map<string, Value>;
const isNumber = (v: Value): v is number | Decimal =>
  typeof v === "number" || (typeof v === "object" && v !== null && !Array.isArray(v));
const asDecimal = (v: Value): Decimal => (typeof v === "number" ? decimal(BigInt(v), 0) : (v as Decimal));

function same(a: Value, b: Value): boolean {
  if (a === null || b === null) return false;
  if (isNumber(a) && isNumber(b)) return compare(asDecimal(a), asDecimal(b)) === 0;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i] as Value));
  return a === b;
}

function order(a: Value, b: Value): number {
  if (isNumber(a)) return compare(asDecimal(a), asDecimal(b));
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

function comparison(op: string, a: Value, b: Value): boolean {
  if (a === null || b === null) return false;
  if (op === "==") return same(a, b);
  if (op === "!=") return !same(a, b);
  const c = order(a, b);
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

function run(node: ExpressionNode, env: Env, c: CompiledRuleSet): Value {
  const ev = (n: ExpressionNode) => run(n, env, c);
  switch (node.kind) {
    case "literal":
      return node.value;
    case "any":
      return true;
    case "name":
      return env.get(node.name) ?? null;
    case "unary": {
      const v = ev(node.operand);
      if (v === null) return null;
      return node.op === "not" ? !v : subtract(decimal(0n), asDecimal(v));
    }
    case "binary": {
      const a = ev(node.left);
      const b = ev(node.right);
      switch (node.op) {
        case "and":
          return a === false || b === false ? false : a === null || b === null ? null : true;
        case "or":
          return a === true || b === true ? true : a === null || b === null ? null : false;
        case "??":
          return a ?? b;
        case "+":
        case "-":
        case "*":
        case "/": {
          if (a === null || b === null) return null;
          const [x, y] = [asDecimal(a), asDecimal(b)];
          if (node.op === "+") return add(x, y);
          if (node.op === "-") return subtract(x, y);
          if (node.op === "*") return multiply(x, y);
          if (y.units === 0n) return null;
          return divide(x, y, c.arithmetic.divisionScale, c.arithmetic.roundingMode);
        }
        default:
          return comparison(node.op, a, b);
      }
    }
    case "conditional":
      return ev(node.test) === true ? ev(node.then) : ev(node.otherwise);
    case "in": {
      const v = ev(node.subject);
      if (v === null) return false;
      return node.items.map(ev).some((item) => same(v, item)) !== node.negated;
    }
    case "inCollection": {
      const v = ev(node.subject);
      const list = ev(node.collection) as Value[] | null;
      if (v === null || list === null) return false;
      return list.some((item) => same(v, item)) !== node.negated;
    }
    case "range": {
      const v = ev(node.subject);
      return (
        comparison(node.lowInclusive ? ">=" : ">", v, ev(node.low)) &&
        comparison(node.highInclusive ? "<=" : "<", v, ev(node.high))
      );
    }
    case "call":
      return call(node, node.args.map(ev), c);
  }
}

function call(node: Extract<ExpressionNode, { kind: "call" }>, args: Value[], c: CompiledRuleSet): Value {
  const [a, b] = args;
  const literal = (i: number) => (node.args[i] as { value: unknown } | undefined)?.value;
  switch (node.name) {
    case "coalesce":
      return args.find((v) => v !== null) ?? null;
    case "isNull":
      return a === null;
    case "isPresent":
      return a !== null;
    case "date":
      return a ?? null;
  }
  const fn = complianceFunctions.get(node.name);
  if (fn !== undefined) {
    // The compliance library's own check, not the compiled fast path.
    if (args.slice(0, fn.required).some((v) => v === null)) return null;
    const result = fn.explain(args, c.compliance);
    return result === null ? null : fn.valueOf(result);
  }
  if (args.some((v) => v === null)) return null;
  switch (node.name) {
    case "min":
    case "max":
      return args.reduce((best, v) => ((node.name === "min" ? order(v, best) < 0 : order(v, best) > 0) ? v : best));
    case "abs":
      return compare(asDecimal(a!), decimal(0n)) < 0 ? subtract(decimal(0n), asDecimal(a!)) : a!;
    case "round":
      return round(asDecimal(a!), literal(1) as number, (literal(2) as never) ?? c.arithmetic.roundingMode);
    case "count":
      return (a as Value[]).length;
    case "daysBetween":
      return daysBetween(a as LocalDate, b as LocalDate);
    case "monthsBetween":
      return wholeMonthsBetween(a as LocalDate, b as LocalDate);
    case "yearsBetween":
      return Math.trunc(wholeMonthsBetween(a as LocalDate, b as LocalDate) / 12);
    default:
      throw new Error(`oracle does not know ${node.name}`);
  }
}

/** What the oracle reports: the evaluation, plus the ids of everything that fired, in order. */
export interface InterpretedEvaluation {
  readonly decision: Decision;
  readonly reasonCodes: ReadonlyArray<string>;
  readonly outputs: Readonly<Record<string, unknown>>;
  readonly fired: ReadonlyArray<string>;
  /** Per declared scorecard: the score and the reason codes ranked by points below the best bin. */
  readonly scorecards: ReadonlyArray<{ name: string; score: number; reasonCodes: string[] }>;
}

type Scored = { name: string; score: number; reasonCodes: string[] };

/** The bin a value falls in, by exact decimal comparison; undefined when none. */
function binPoints(attribute: ScorecardPlan["scorecard"]["attributes"][number], v: Value) {
  if (v === null) return attribute.missingBin;
  const inBin = attribute.bins.find((bin) => {
    if (bin.values !== undefined) return typeof v === "string" && bin.values.has(v);
    const lower = bin.lower?.value === undefined ? 1 : compare(asDecimal(v), bin.lower.value);
    const upper = bin.upper?.value === undefined ? -1 : compare(asDecimal(v), bin.upper.value);
    return (lower > 0 || (lower === 0 && bin.lower!.inclusive)) && (upper < 0 || (upper === 0 && bin.upper!.inclusive));
  });
  return inBin ?? attribute.otherBin;
}

/** Scores by a plain walk, ranking shortfalls below each attribute's maximum; null when a value has no bin. */
function scoreSlowly(plan: ScorecardPlan, env: Env): Scored | null {
  let score = plan.scorecard.baseScore;
  const lost = new Map<string, number>();
  for (const attribute of plan.scorecard.attributes) {
    const bin = binPoints(attribute, env.get(attribute.id) ?? null);
    if (bin === undefined) return null;
    score += bin.points;
    const code = bin.reasonCode.toUpperCase();
    const shortfall = attribute.maxPoints - bin.points;
    if (shortfall > 0) lost.set(code, (lost.get(code) ?? 0) + shortfall);
  }
  const order = [...lost.keys()];
  const reasonCodes = order.sort((x, y) => lost.get(y)! - lost.get(x)! || order.indexOf(x) - order.indexOf(y));
  return { name: plan.name, score, reasonCodes };
}

interface Tally {
  rank: number;
  reasons: string[];
  fired: string[];
  assigned: Array<Value | undefined>;
}

function fire(t: Tally, id: string, rank: number, reasons: ReadonlyArray<string>): void {
  t.rank = Math.max(t.rank, rank);
  for (const code of reasons) if (!t.reasons.includes(code)) t.reasons.push(code);
  t.fired.push(id);
}

function aggregateValues(kind: TablePlan["aggregation"], values: Value[], matched: number): Value {
  const present = values.filter((v) => v !== null);
  if (kind === "count") return matched;
  if (kind === "list") return present;
  if (kind === "sum") return present.reduce<Decimal>((sum, v) => add(sum, asDecimal(v)), decimal(0n));
  if (present.length === 0) return null;
  return present.reduce((best, v) => ((kind === "min" ? order(v, best) < 0 : order(v, best) > 0) ? v : best));
}

/** Returns false when a unique table matched twice. */
function runTableSlowly(table: TablePlan, env: Env, c: CompiledRuleSet, t: Tally): boolean {
  table.inputNodes.forEach((node, k) => {
    env.set(c.slotNames[table.inputSlots[k]!]!, run(node, env, c));
  });
  const matched = table.rows.filter((row) => row.testNodes.every((node) => run(node, env, c) === true));
  let selected = matched;
  if (table.hitPolicy === "first") selected = matched.slice(0, 1);
  if (table.hitPolicy === "unique" && matched.length > 1) return false;
  if (table.hitPolicy === "priority" && matched.length > 0) {
    const rankOf = (row: (typeof matched)[number]) =>
      table.priority?.get(String(run(row.valueNodes[0]!, env, c))) ?? Number.MAX_SAFE_INTEGER;
    const best = Math.min(...matched.map(rankOf));
    selected = [matched.find((row) => rankOf(row) === best)!];
  }
  for (const row of selected) fire(t, `${table.id}/${row.id}`, row.decisionRank, row.reasonCodes);
  table.outputNames.forEach((name, k) => {
    const values = selected.map((row) => run(row.valueNodes[k]!, env, c));
    env.set(
      name,
      table.hitPolicy === "collect" ? aggregateValues(table.aggregation, values, selected.length) : (values[0] ?? null),
    );
  });
  return true;
}

function combine(t: Tally, combine: string, output: number, value: Value): void {
  if (value === null) return;
  const current = t.assigned[output];
  if (combine === "list") t.assigned[output] = [...((current as Value[] | undefined) ?? []), value];
  else if (current === undefined || combine === "last") t.assigned[output] = value;
  else if (combine === "sum") t.assigned[output] = add(asDecimal(current), asDecimal(value));
  else if (combine === "min" && order(value, current) < 0) t.assigned[output] = value;
  else if (combine === "max" && order(value, current) > 0) t.assigned[output] = value;
}

/**
 * Test oracle: evaluates `compiled` by walking its syntax trees.
 *
 * @example interpretRuleSet(compiled, facts) // same decision, reasons and outputs as evaluate()
 */
export function interpretRuleSet(compiled: CompiledRuleSet, facts: unknown): Result<InterpretedEvaluation> {
  const read = readFacts(compiled.inputs, compiled.slotNames.length, facts);
  if (!read.ok) return read;
  const env: Env = new Map(compiled.inputs.map((input) => [input.name, read.value[input.slot] ?? null]));
  const t: Tally = { rank: 0, reasons: [], fired: [], assigned: compiled.outputs.map(() => undefined) };
  const scored: Scored[] = [];
  for (const step of compiled.steps) {
    if (step.kind === "computed") env.set(step.name, run(step.node, env, compiled));
    else if (step.kind === "scorecard") {
      const result = scoreSlowly(step, env);
      if (result === null) return fail("scorecard_no_bin", `scorecard "${step.name}" has no bin for a value`, []);
      env.set(step.name, result.score);
      scored[step.index] = result;
    } else if (!runTableSlowly(step, env, compiled, t)) {
      return fail("table_not_unique", `table "${step.id}" matched more than one row`, ["tables", step.index]);
    }
  }
  for (const rule of compiled.rules) {
    if (run(rule.node, env, compiled) !== true) continue;
    const fromScore = rule.scorecard < 0 ? [] : (scored[rule.scorecard]?.reasonCodes.slice(0, 4) ?? []);
    fire(t, rule.id, rule.decisionRank, fromScore.length > 0 ? fromScore : rule.reasonCodes);
    for (const a of rule.assignments) {
      combine(t, compiled.outputs[a.output]!.combine, a.output, run(a.node, env, compiled));
    }
  }
  const outputs = finishOutputs(compiled.outputs, t.assigned);
  if (!outputs.ok) return outputs;
  const decisions: Decision[] = ["approve", "refer", "decline"];
  const decision = t.rank === 0 ? compiled.defaultDecision : decisions[t.rank - 1]!;
  return ok({ decision, reasonCodes: t.reasons, outputs: outputs.value, fired: t.fired, scorecards: scored });
}
