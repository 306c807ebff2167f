import { describe, expect, it } from "vitest";
import { dec } from "../../money/index.js";
import { compileExpression } from "../compile/compile-expression.js";
import { renderValue } from "../runtime/runtime-values.js";
import type { Value, ValueType } from "./ast.js";
import { checkExpression } from "./checker.js";
import { parseExpression } from "./parser.js";

const arithmetic = { divisionScale: 6, roundingMode: "half-even" } as const;
const facts: Record<string, Value> = {
  score: 700,
  nothing: null,
  rate: dec("7.25"),
  income: 500000,
  debt: 215000,
  state: "CA",
  flags: ["FRAUD_ALERT"],
  isOwner: true,
  start: "2024-01-31",
  end: "2025-02-28",
};
const types: Record<string, ValueType> = {
  score: "number",
  nothing: "number",
  rate: "number",
  income: "number",
  debt: "number",
  state: "string",
  flags: "string[]",
  isOwner: "boolean",
  start: "date",
  end: "date",
};
const names = Object.keys(facts);

function run(text: string): unknown {
  const node = parseExpression(text);
  checkExpression(node, (name) => types[name]);
  const evaluator = compileExpression(node, (name) => names.indexOf(name), arithmetic);
  return renderValue(evaluator(names.map((name) => facts[name]!)));
}

describe("expression language", () => {
  // Expected values are worked by hand; decimal results are exact (no float), see each comment.
  const cases: Array<[string, unknown, string]> = [
    ["1 + 2 * 3", 7, "precedence: * before +"],
    ["(1 + 2) * 3", 9, "parentheses"],
    ["10 - 4 - 3", 3, "left associative"],
    ["-2 * 3", -6, "unary minus"],
    ["0.1 + 0.2", "0.3", "exact decimal, not 0.30000000000000004"],
    ["rate * 2", "14.5", "7.25 × 2"],
    ["debt / income", "0.43", "215000 / 500000 = 0.43 exactly"],
    ["1 / 3", "0.333333", "rounded to the declared 6 places, half-even"],
    ["2 / 3", "0.666667", "half-even rounds 0.6666666… up"],
    ["1 / 0", null, "division by zero is null, never an exception"],
    ["9007199254740991 + 2", "9007199254740993", "past 2^53 the fast path promotes to exact decimal"],
    ["round(2.345, 2)", "2.34", "half-even (the rule set's mode) keeps the even digit"],
    ['round(2.345, 2, "half-up")', "2.35", "explicit mode"],
    ["abs(-3.5)", "3.5", "abs"],
    ["min(3, 1.5, 2)", "1.5", "min over mixed integers and decimals"],
    ["max(score, 650)", 700, "max"],
    ['score >= 620 and state == "CA"', true, "and"],
    ["not (score < 620) or false", true, "not binds looser than comparison"],
    ['state in ["NY", "CA"]', true, "in list"],
    ['state not in ["NY", "CA"]', false, "not in"],
    ["score in [620..700]", true, "closed range includes its end"],
    ["score in [620..700)", false, "half-open range excludes its end"],
    ["score between 600 and 700", true, "between is inclusive"],
    ['"FRAUD_ALERT" in flags', true, "membership in a list input"],
    ["count(flags)", 1, "count"],
    ["nothing + 1", null, "null propagates through arithmetic"],
    ["nothing < 580", false, "comparison with null is false"],
    ["nothing >= 580", false, "… for every operator"],
    ["nothing == null", false, "even equality: use isNull"],
    ["isNull(nothing)", true, "isNull"],
    ["isPresent(score)", true, "isPresent"],
    ["nothing ?? 5", 5, "?? default"],
    ["coalesce(nothing, nothing, 7)", 7, "coalesce"],
    ["nothing < 5 and false", false, "Kleene and: false wins"],
    ["not isOwner", false, "not"],
    ["score > 650 ? 1 : 2", 1, "conditional"],
    ["nothing > 1 ? 1 : 2", 2, "a null test takes the else branch"],
    ["daysBetween(start, end)", 394, "2024-01-31 → 2025-02-28: 335 + 59 days"],
    ["monthsBetween(start, end)", 13, "counted back from an end-of-month end date (Appendix J (b)(5))"],
    ["yearsBetween(start, end)", 1, "whole years"],
    ['date("2025-01-31") < end', true, "date literal"],
  ];
  it.each(cases)("%s → %j (%s)", (text, want) => {
    expect(run(text)).toEqual(want);
  });
});

describe("comma-separated lists", () => {
  // A call takes at most 20 arguments (parser limit); the 21st is refused at its own offset:
  // "max(" is 4 characters and each "1," before it 2, so it starts at 4 + 20 × 2 = 44.
  const call = (count: number) => `max(${Array.from({ length: count }, () => "1").join(",")})`;
  it("parses a call with 20 arguments", () => {
    const node = parseExpression(call(20));
    expect(node.kind === "call" ? node.args.length : 0).toBe(20);
  });
  it("refuses a 21st argument with too_large at its offset", () => {
    expect(() => parseExpression(call(21))).toThrow(
      expect.objectContaining({ code: "too_large", message: "more than 20 arguments", offset: 44 }),
    );
  });
  it("keeps list items in order", () => {
    const node = parseExpression('state in ["NY", "CA", "TX"]');
    const items = node.kind === "in" ? node.items.map((item) => (item.kind === "literal" ? item.value : "?")) : [];
    expect(items).toEqual(["NY", "CA", "TX"]);
  });
});
