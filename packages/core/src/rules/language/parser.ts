import { ruleSetLimits } from "../schema.js";
import { childrenOf, type ExpressionNode } from "./ast.js";
import { binaryOperators, comparisonBindingPower, Parser } from "./pratt-parser.js";
import { SyntaxFailure, tokenize } from "./tokenizer.js";

function treeHeight(node: ExpressionNode): number {
  return 1 + Math.max(0, ...childrenOf(node).map(treeHeight));
}

function checkHeight(node: ExpressionNode): ExpressionNode {
  // Left-leaning chains (a + b + c ...) are built iteratively, so bound the finished tree too.
  if (treeHeight(node) > ruleSetLimits.expressionDepth * 2) {
    throw new SyntaxFailure(
      "too_deep",
      `expression tree is deeper than ${ruleSetLimits.expressionDepth * 2}`,
      node.start,
    );
  }
  return node;
}

/**
 * Parses one expression. Throws `SyntaxFailure` (code `syntax_error`, `too_deep` or `too_large`,
 * with the offset) — `compileRuleSet` turns it into a `DomainError` naming the rule.
 *
 * @example
 * parseExpression("creditScore >= 620 and state in [\"CA\", \"NY\"]").kind // "binary"
 */
export function parseExpression(text: string): ExpressionNode {
  const parser = new Parser(tokenize(text));
  return checkHeight(parser.finish(parser.parse(0)));
}

const cellComparisons = new Set(["<", "<=", ">", ">=", "=", "==", "!="]);

/**
 * Parses a decision-table cell (a DMN-style unary test) against `subject`: `-` (any), `< 580`,
 * `[580..640)`, `"CA", "NY"` (any of), `null` (is null), or a value (equals).
 *
 * @example
 * parseUnaryTests("[580..640)", subjectNode).kind // "range"
 */
export function parseUnaryTests(text: string, subject: ExpressionNode): ExpressionNode {
  const trimmed = text.trim();
  if (trimmed === "-" || trimmed === "") return { kind: "any", start: 0, end: text.length };
  const parser = new Parser(tokenize(text));
  let result = parseOneTest(parser, subject);
  while (parser.isAt(",")) {
    parser.next();
    const test = parseOneTest(parser, subject);
    result = { kind: "binary", op: "or", left: result, right: test, start: result.start, end: test.end };
  }
  return checkHeight(parser.finish(result));
}

function parseOneTest(parser: Parser, subject: ExpressionNode): ExpressionNode {
  const token = parser.peek();
  if (token.kind === "punct" && cellComparisons.has(token.text)) {
    parser.next();
    const right = parser.parse(comparisonBindingPower);
    const op = binaryOperators[token.text]!.op;
    return { kind: "binary", op, left: subject, right, start: token.start, end: right.end };
  }
  if (token.kind === "punct" && (token.text === "[" || token.text === "(")) {
    parser.next();
    const low = parser.parse(0);
    if (parser.isAt("..")) return { ...parser.rangeTail(subject, token, low), start: token.start };
    if (token.text === "[")
      throw new SyntaxFailure("syntax_error", "expected '..' in a range like [1..5]", parser.peek().start);
    parser.expect(")");
    return equalsTest(subject, low);
  }
  if (token.kind === "name" && token.text === "null" && (parser.isAt(",", 1) || parser.peek(1).kind === "end")) {
    parser.next();
    return { kind: "call", name: "isNull", args: [subject], start: token.start, end: token.end };
  }
  return equalsTest(subject, parser.parse(comparisonBindingPower));
}

function equalsTest(subject: ExpressionNode, value: ExpressionNode): ExpressionNode {
  return { kind: "binary", op: "==", left: subject, right: value, start: value.start, end: value.end };
}
