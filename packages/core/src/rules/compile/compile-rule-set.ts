import { parseLocalDate } from "../../calendar/index.js";
import type { CreditorBusinessDays, UsuryCapTable } from "../../compliance/index.js";
import { fail, ok, type Result, unwrap } from "../../errors/index.js";
import { hashRuleSet } from "../hash-rule-set.js";
import type { ExpressionNode, ValueType } from "../language/ast.js";
import { type RuleSetDocument, ruleSetLimits, ruleSetSchema } from "../schema.js";
import { CompileContext, compileConstant, parseAssigned } from "./compile-context.js";
import { CompileFailure, checkAt, collectNames, parseAt, raise, type Site } from "./compile-site.js";
import { compileTable, type ParsedTable, parseTable } from "./compile-table.js";
import {
  type CompiledRuleSet,
  type ComputedPlan,
  type OutputPlan,
  type RulePlan,
  rankOf,
  type ScorecardPlan,
  type TablePlan,
} from "./plan.js";
import { compileScorecardStep, parseScorecard } from "./scorecard-step.js";
import { sortSteps } from "./sort-steps.js";

/**
 * Compile-time data for the compliance functions, used when the document does not carry its own.
 *
 * @example compileRuleSet(doc, { usuryTable: sampleUsuryCapTable, usuryWhenNoRule: "fail" })
 */
export interface CompileOptions {
  readonly usuryTable?: UsuryCapTable;
  readonly usuryWhenNoRule?: "pass" | "fail";
}

const inputTypes: Readonly<Record<string, ValueType>> = {
  number: "number",
  decimal: "number",
  string: "string",
  boolean: "boolean",
  date: "date",
};
const outputValueTypes: Readonly<Record<OutputPlan["type"], ValueType>> = {
  integer: "number",
  decimal: "number",
  string: "string",
  boolean: "boolean",
  date: "date",
  list: "null",
};

function site(path: ReadonlyArray<string | number>, label: string, ids: Record<string, string> = {}): Site {
  return { path, label, ids };
}

/** Checks the document's size before anything else looks at it; returns the parsed object. */
function readDocument(input: unknown): Result<unknown> {
  if (typeof input === "string") {
    if (input.length > ruleSetLimits.documentChars) {
      return fail("too_large", `rule set is larger than ${ruleSetLimits.documentChars} characters`, []);
    }
    try {
      return ok(JSON.parse(input));
    } catch {
      return fail("invalid_json", "rule set is not valid JSON", []);
    }
  }
  let size: number;
  try {
    size = JSON.stringify(input)?.length ?? 0;
  } catch {
    return fail("too_deep", "rule set cannot be serialized (too deeply nested or cyclic)", []);
  }
  if (size > ruleSetLimits.documentChars) {
    return fail("too_large", `rule set is larger than ${ruleSetLimits.documentChars} characters`, []);
  }
  return ok(input);
}

function checkUnique(names: ReadonlyArray<{ name: string; path: (string | number)[] }>, what: string): void {
  const seen = new Set<string>();
  for (const { name, path } of names) {
    if (seen.has(name)) raise("duplicate_name", `${what} "${name}" is declared twice`, site(path, what));
    seen.add(name);
  }
}

function checkNames(doc: RuleSetDocument): void {
  checkUnique(
    [
      ...doc.inputs.map((input, i) => ({ name: input.name, path: ["inputs", i, "name"] })),
      ...(doc.computed ?? []).map((c, i) => ({ name: c.name, path: ["computed", i, "name"] })),
      ...(doc.scorecards ?? []).map((s, i) => ({ name: s.name, path: ["scorecards", i, "name"] })),
      ...(doc.tables ?? []).flatMap((t, i) =>
        t.outputs.map((o, j) => ({ name: o.name, path: ["tables", i, "outputs", j] })),
      ),
    ],
    "name",
  );
  checkUnique(
    doc.rules.map((rule, i) => ({ name: rule.id, path: ["rules", i, "id"] })),
    "rule id",
  );
  checkUnique(
    (doc.tables ?? []).map((table, i) => ({ name: table.id, path: ["tables", i, "id"] })),
    "table id",
  );
  checkUnique(
    (doc.outputs ?? []).map((output, i) => ({ name: output.name, path: ["outputs", i, "name"] })),
    "output",
  );
}

function declareInputs(doc: RuleSetDocument, ctx: CompileContext): CompiledRuleSet["inputs"] {
  return doc.inputs.map((input, i) => {
    let type = inputTypes[input.type];
    if (input.type === "list") {
      if (input.items === undefined)
        raise("invalid_rule_set", "a list input needs items", site(["inputs", i], `input "${input.name}"`));
      type = input.items === "string" ? "string[]" : "number[]";
    }
    const slot = ctx.declare(input.name, type!);
    return { name: input.name, type: input.type, items: input.items, nullable: input.nullable ?? false, slot };
  });
}

function compileOutputs(doc: RuleSetDocument, ctx: CompileContext): OutputPlan[] {
  return (doc.outputs ?? []).map((output, i) => {
    const where = site(["outputs", i], `output "${output.name}"`, { output: output.name });
    const numeric = output.combine === "sum" || output.combine === "min" || output.combine === "max";
    if (numeric && output.type !== "integer" && output.type !== "decimal") {
      raise("invalid_rule_set", `combine ${output.combine} needs an integer or decimal output`, where);
    }
    if ((output.combine === "list") !== (output.type === "list")) {
      raise("invalid_rule_set", "combine list and type list go together", where);
    }
    const defaultValue =
      output.default === undefined || output.type === "list"
        ? null
        : compileConstant(
            output.default,
            { ...where, path: [...where.path, "default"] },
            outputValueTypes[output.type],
            ctx,
          );
    return { name: output.name, type: output.type, combine: output.combine, defaultValue };
  });
}

function compileRule(doc: RuleSetDocument, index: number, ctx: CompileContext, outputs: OutputPlan[]): RulePlan {
  const rule = doc.rules[index]!;
  const where = site(["rules", index, "when"], `rule "${rule.id}"`, { ruleId: rule.id });
  const scorecard = (doc.scorecards ?? []).findIndex((each) => each.name === rule.reasonCodesFrom);
  if (rule.reasonCodesFrom !== undefined && scorecard < 0) {
    raise("unknown_scorecard", `"${rule.reasonCodesFrom}" is not a declared scorecard`, {
      ...where,
      path: ["rules", index, "reasonCodesFrom"],
    });
  }
  if (rule.decision === "decline" && (rule.reasonCodes?.length ?? 0) === 0 && scorecard < 0) {
    raise("missing_reason_code", "a decline rule needs at least one reason code", { ...where, path: ["rules", index] });
  }
  const node: ExpressionNode = parseAt(rule.when, where);
  checkAt(node, ctx.typeOf, where, rule.when, "boolean");
  const names = collectNames(node, new Set());
  const assignments = Object.entries(rule.set ?? {}).map(([name, value]) => {
    const at = { ...where, path: ["rules", index, "set", name] };
    const output = outputs.findIndex((o) => o.name === name);
    if (output < 0) raise("unknown_output", `"${name}" is not a declared output`, at);
    const plan = outputs[output]!;
    const parsed = parseAssigned(value, at);
    const type = checkAt(parsed.node, ctx.typeOf, at, parsed.source);
    const wanted = outputValueTypes[plan.type];
    const fits =
      plan.type === "list"
        ? type === "string" || type === "number" || type === "null"
        : type === wanted || type === "null";
    if (!fits) raise("type_mismatch", `output "${name}" is ${plan.type}, the value is ${type}`, at, parsed.source, 0);
    collectNames(parsed.node, names);
    return { output, node: parsed.node, evaluate: ctx.compile(parsed.node) };
  });
  return {
    id: rule.id,
    index,
    node,
    when: ctx.compile(node),
    decisionRank: rankOf(rule.decision),
    reasonCodes: rule.reasonCodes ?? [],
    assignments,
    reads: ctx.readsOf(names),
    scorecard,
    checks: ctx.checksOf([node, ...assignments.map((a) => a.node)], names),
  };
}

type Step = ComputedPlan | TablePlan | ScorecardPlan;

function compileSteps(doc: RuleSetDocument, ctx: CompileContext): Step[] {
  const computed = (doc.computed ?? []).map((c, i) => {
    const where = site(["computed", i, "expression"], `computed "${c.name}"`, { computed: c.name });
    const node = parseAt(c.expression, where);
    return { kind: "computed" as const, c, where, node, dependencies: collectNames(node, new Set()) };
  });
  const tables: ParsedTable[] = (doc.tables ?? []).map((table, i) => parseTable(table, i));
  const scorecards = (doc.scorecards ?? []).map((declaration, i) => parseScorecard(declaration, i));
  const order = sortSteps(computed, tables, scorecards);
  let traceId = doc.rules.length;
  return order.map((step): Step => {
    if (step.kind === "scorecard") return compileScorecardStep(step.scorecard, ctx);
    if (step.kind === "table") {
      const plan = compileTable(step.parsed, ctx, traceId);
      traceId += plan.rows.length;
      return plan;
    }
    const { c, where, node } = step.computed;
    const type = checkAt(node, ctx.typeOf, where, c.expression);
    ctx.checksOf([node], step.computed.dependencies, c.name);
    const slot = ctx.declare(c.name, type);
    return { kind: "computed", name: c.name, slot, type, node, evaluate: ctx.compile(node) };
  });
}

function creditorDays(creditor: { closedWeekdays: number[]; closedDates: string[] }): CreditorBusinessDays {
  return {
    closedWeekdays: creditor.closedWeekdays,
    closedDates: creditor.closedDates.map((text) => unwrap(parseLocalDate(text))),
  };
}

function complianceOf(doc: RuleSetDocument, options: CompileOptions): CompiledRuleSet["compliance"] {
  const usuryTable = doc.compliance?.usuryTable ?? options.usuryTable;
  const usuryWhenNoRule = doc.compliance?.usuryWhenNoRule ?? options.usuryWhenNoRule;
  const creditor = doc.compliance?.creditorBusinessDays;
  return {
    ...(usuryTable === undefined ? {} : { usuryTable }),
    ...(usuryWhenNoRule === undefined ? {} : { usuryWhenNoRule }),
    ...(creditor === undefined ? {} : { creditorBusinessDays: creditorDays(creditor) }),
  };
}

function compileDocument(doc: RuleSetDocument, options: CompileOptions): CompiledRuleSet {
  checkNames(doc);
  const compliance = complianceOf(doc, options);
  const ctx = new CompileContext({ ...doc.arithmetic, compliance });
  const inputs = declareInputs(doc, ctx);
  const steps = compileSteps(doc, ctx);
  const outputs = compileOutputs(doc, ctx);
  const rules = doc.rules.map((_, i) => compileRule(doc, i, ctx, outputs));
  const rows = steps.reduce((sum, step) => sum + (step.kind === "table" ? step.rows.length : 0), 0);
  return {
    id: doc.id,
    hash: hashRuleSet(doc),
    document: doc,
    arithmetic: doc.arithmetic,
    defaultDecision: doc.defaultDecision,
    slotNames: ctx.slotNames,
    inputs,
    steps,
    scorecards: steps
      .filter((step): step is ScorecardPlan => step.kind === "scorecard")
      .sort((a, b) => a.index - b.index),
    compliance,
    rules,
    outputs,
    traceCapacity: rules.length + rows,
  };
}

/**
 * Validates a rule-set document (an object, or its JSON text), parses and type-checks every
 * expression once, and compiles it to closures. The first problem found is returned as a
 * `DomainError` with a stable code — `invalid_json`, `invalid_rule_set`, `too_large`, `too_deep`,
 * `syntax_error`, `unknown_variable`, `unknown_function`, `invalid_arguments`, `type_mismatch`,
 * `duplicate_name`, `unknown_output`, `missing_reason_code`, `cycle`, `missing_table` (a usury
 * call with no usury table), `unknown_scorecard`, and scoring's scorecard codes (`overlapping_bins`,
 * …) — a `path` into the document,
 * and `details` with the rule/table/row id and the line, column and offset in the expression.
 *
 * @example
 * const compiled = compileRuleSet(demoUnderwritingRuleSet);
 * if (!compiled.ok) console.log(compiled.error.code, compiled.error.message);
 */
export function compileRuleSet(input: unknown, options: CompileOptions = {}): Result<CompiledRuleSet> {
  const read = readDocument(input);
  if (!read.ok) return read;
  const parsed = ruleSetSchema.safeParse(read.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const code = issue.code === "too_big" ? "too_large" : "invalid_rule_set";
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    return fail(code, `rule set ${path.length ? `at ${path.join(".")} ` : ""}is invalid: ${issue.message}`, path);
  }
  try {
    return ok(compileDocument(parsed.data, options));
  } catch (error) {
    if (error instanceof CompileFailure) return { ok: false, error: error.error };
    throw error;
  }
}
