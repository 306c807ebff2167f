import type { DomainError, Result } from "../errors/index.js";
import { type CompiledRuleSet, compileRuleSet, type RuleSetInput } from "../rules/index.js";

/** The rule language's arithmetic for workflow expressions: `/` keeps 10 decimals, half-even. */
const arithmetic = { divisionScale: 10, roundingMode: "half-even" } as const;

/** Output name of the i-th expression; the `_wf` prefix keeps it apart from fact names. */
export function outputName(index: number): string {
  return `_wf${index}`;
}

/**
 * A rule set whose i-th rule sets the boolean output `_wf<i>` when the i-th expression holds: the
 * rule engine's parser, type checker and compiler do all the work, so workflow conditions are the
 * rule language exactly, with its null rules (a comparison with a null fact is not true).
 */
function documentOf(facts: ReadonlyArray<RuleSetInput>, expressions: ReadonlyArray<string>): unknown {
  return {
    schemaVersion: 1,
    id: "workflow",
    arithmetic,
    defaultDecision: "approve",
    inputs: facts,
    rules: expressions.map((when, i) => ({ id: `wf${i}`, when, set: { [outputName(i)]: true } })),
    outputs: expressions.map((_, i) => ({ name: outputName(i), type: "boolean", combine: "last", default: false })),
  };
}

function relocate(error: DomainError, path: ReadonlyArray<string | number>): DomainError {
  return { ...error, path };
}

/**
 * Compiles the declared facts alone; a bad declaration is reported under `["facts", …]`.
 *
 * @example checkFacts([{ name: "amount", type: "number" }]).ok === true
 */
export function checkFacts(facts: ReadonlyArray<RuleSetInput>): Result<CompiledRuleSet> {
  const compiled = compileRuleSet(documentOf(facts, []));
  if (compiled.ok) return compiled;
  const [head, ...rest] = compiled.error.path ?? [];
  return { ok: false, error: relocate(compiled.error, head === "inputs" ? ["facts", ...rest] : ["facts"]) };
}

/**
 * Compiles one expression against the facts, reporting its error (with the engine's line and
 * column in `details`) at `path`.
 *
 * @example checkExpression(facts, "amount > 100", ["stages", 0, "entryCondition"])
 */
export function checkExpression(
  facts: ReadonlyArray<RuleSetInput>,
  expression: string,
  path: ReadonlyArray<string | number>,
): Result<CompiledRuleSet> {
  const compiled = compileRuleSet(documentOf(facts, [expression]));
  return compiled.ok ? compiled : { ok: false, error: relocate(compiled.error, path) };
}

/** Compiles every expression into one rule set; the caller has checked each already. */
export function compileExpressions(
  facts: ReadonlyArray<RuleSetInput>,
  expressions: ReadonlyArray<string>,
): Result<CompiledRuleSet> {
  return compileRuleSet(documentOf(facts, expressions));
}
