import { describe, expect, it } from "vitest";
import { demoUnderwritingRuleSet } from "../demo-underwriting.js";
import type { RuleSetDocument } from "../schema.js";
import { compileRuleSet } from "./compile-rule-set.js";

const base: RuleSetDocument = {
  schemaVersion: 1,
  id: "test",
  arithmetic: { divisionScale: 6, roundingMode: "half-even" },
  defaultDecision: "approve",
  inputs: [
    { name: "score", type: "number" },
    { name: "state", type: "string" },
    { name: "opened", type: "date" },
  ],
  rules: [],
};

function withRule(when: string, extra: Partial<RuleSetDocument["rules"][number]> = {}): RuleSetDocument {
  return { ...base, rules: [{ id: "r1", when, decision: "refer", reasonCodes: ["X"], ...extra }] };
}

describe("compileRuleSet errors", () => {
  const cases: Array<[string, string, string, number]> = [
    ["unknown variable", "scor > 1", "unknown_variable", 1],
    ["type mismatch", 'score > "600"', "type_mismatch", 9],
    ["condition not boolean", "score + 1", "type_mismatch", 1],
    ["unbalanced open parenthesis", "(score > 1", "syntax_error", 11],
    ["unbalanced close parenthesis", "score > 1)", "syntax_error", 10],
    ["unknown function", "sqrt(score) > 1", "unknown_function", 1],
    ["wrong arity", "abs(score, 2) > 1", "invalid_arguments", 1],
    ["bad date literal", 'opened > date("2025-02-30")', "invalid_arguments", 15],
    ["unterminated string", 'state == "CA', "syntax_error", 10],
    ["stray character", "score > 1 & true", "syntax_error", 11],
  ];
  it.each(cases)("%s: %s → %s at column %i", (_, when, code, column) => {
    const result = compileRuleSet(withRule(when));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.path).toEqual(["rules", 0, "when"]);
    expect(result.error.details).toMatchObject({ ruleId: "r1", line: 1, column });
    expect(result.error.message).toContain('rule "r1"');
  });

  it("reports the line and column on a multi-line expression", () => {
    const result = compileRuleSet(withRule("score > 1 and\n  stat == 2"));
    expect(result.ok || result.error.details).toMatchObject({ line: 2, column: 3 });
  });

  it("refuses duplicate names, rule ids and missing reason codes", () => {
    const duplicateInput = { ...base, inputs: [...base.inputs, { name: "score", type: "number" as const }] };
    expect(compileRuleSet(duplicateInput)).toMatchObject({ ok: false, error: { code: "duplicate_name" } });
    const duplicateRule = { ...base, rules: [...withRule("true").rules, ...withRule("true").rules] };
    expect(compileRuleSet(duplicateRule)).toMatchObject({
      ok: false,
      error: { code: "duplicate_name", path: ["rules", 1, "id"] },
    });
    const noReason = withRule("true", { decision: "decline", reasonCodes: [] });
    expect(compileRuleSet(noReason)).toMatchObject({ ok: false, error: { code: "missing_reason_code" } });
  });

  it("refuses a computed-value cycle and an unknown output", () => {
    const cycle = {
      ...base,
      computed: [
        { name: "a", expression: "b + 1" },
        { name: "b", expression: "a + 1" },
      ],
    };
    expect(compileRuleSet(cycle)).toMatchObject({
      ok: false,
      error: { code: "cycle", path: ["computed", 0, "expression"] },
    });
    const unknownOutput = withRule("true", { set: { nope: 1 } });
    expect(compileRuleSet(unknownOutput)).toMatchObject({ ok: false, error: { code: "unknown_output" } });
  });

  it("refuses schema violations with the path of the bad field", () => {
    const result = compileRuleSet({ ...base, inputs: [{ name: "constructor", type: "number" }] });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_rule_set", path: ["inputs", 0, "name"] } });
    expect(compileRuleSet("{not json")).toMatchObject({ ok: false, error: { code: "invalid_json" } });
  });

  it("refuses a 10 MB document before parsing it", () => {
    const started = performance.now();
    const huge = JSON.stringify({ ...base, description: "x".repeat(10_000_000) });
    expect(compileRuleSet(huge)).toMatchObject({ ok: false, error: { code: "too_large" } });
    expect(compileRuleSet(JSON.parse(huge))).toMatchObject({ ok: false, error: { code: "too_large" } });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a 10,000-deep expression without blowing the stack", () => {
    const deep = `${"(".repeat(10_000)}1${")".repeat(10_000)} > 0`;
    expect(compileRuleSet(withRule(deep))).toMatchObject({
      ok: false,
      error: { code: "too_large", path: ["rules", 0, "when"] },
    });
    // Within the length limit, nesting is still bounded: too_deep at the offset where it was exceeded.
    const nested = `${"(".repeat(60)}score${")".repeat(60)} > 0`;
    expect(compileRuleSet(withRule(nested))).toMatchObject({ ok: false, error: { code: "too_deep" } });
    const negations = `${"not ".repeat(400)}true`;
    expect(compileRuleSet(withRule(negations))).toMatchObject({ ok: false, error: { code: "too_deep" } });
    const chain = `${Array.from({ length: 300 }, () => "1").join(" + ")} > 0`;
    expect(compileRuleSet(withRule(chain))).toMatchObject({ ok: false, error: { code: "too_deep" } });
  });

  it("compiles the demo rule set and pins its content hash", () => {
    const result = compileRuleSet(demoUnderwritingRuleSet);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rules).toHaveLength(23);
    expect(result.value.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
