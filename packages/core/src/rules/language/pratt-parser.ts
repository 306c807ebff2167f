import { decimal, parseDecimal } from "../../money/index.js";
import { ruleSetLimits } from "../schema.js";
import type { BinaryOperator, ExpressionNode, Value, ValueType } from "./ast.js";
import { SyntaxFailure, type Token } from "./tokenizer.js";

/** Binding power of comparisons, `in` and `between`: operands of a cell test parse above it. */
export const comparisonBindingPower = 6;
/** Infix operators with their binding powers (higher binds tighter); `=` is `==` as in DMN cells. */
export const binaryOperators: Readonly<Record<string, { op: BinaryOperator; bp: number }>> = {
  "??": { op: "??", bp: 2 },
  or: { op: "or", bp: 3 },
  and: { op: "and", bp: 4 },
  "==": { op: "==", bp: 6 },
  "=": { op: "==", bp: 6 },
  "!=": { op: "!=", bp: 6 },
  "<": { op: "<", bp: 6 },
  "<=": { op: "<=", bp: 6 },
  ">": { op: ">", bp: 6 },
  ">=": { op: ">=", bp: 6 },
  "+": { op: "+", bp: 7 },
  "-": { op: "-", bp: 7 },
  "*": { op: "*", bp: 8 },
  "/": { op: "/", bp: 8 },
};

function numberLiteral(token: Token): ExpressionNode {
  const parsed = parseDecimal(token.text);
  if (!parsed.ok) throw new SyntaxFailure("syntax_error", parsed.error.message, token.start);
  const asNumber = Number(token.text);
  const value: Value =
    parsed.value.scale === 0 && Number.isSafeInteger(asNumber)
      ? asNumber
      : decimal(parsed.value.units, parsed.value.scale);
  return { kind: "literal", value, type: "number", start: token.start, end: token.end };
}

/**
 * Recursive-descent / Pratt parser over one expression's tokens. Throws `SyntaxFailure`.
 *
 * @example
 * const parser = new Parser(tokenize("a + 1"));
 * parser.finish(parser.parse(0)).kind // "binary"
 */
export class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }
  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }
  isAt(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return (token.kind === "punct" || token.kind === "name") && token.text === text;
  }
  expect(text: string): Token {
    const token = this.peek();
    if (!this.isAt(text)) {
      const found = token.kind === "end" ? "end of expression" : `'${token.text}'`;
      throw new SyntaxFailure("syntax_error", `expected '${text}' but found ${found}`, token.start);
    }
    return this.next();
  }
  enter(at: number): void {
    this.depth += 1;
    if (this.depth > ruleSetLimits.expressionDepth) {
      throw new SyntaxFailure("too_deep", `expression nests deeper than ${ruleSetLimits.expressionDepth} levels`, at);
    }
  }

  parse(minBp: number): ExpressionNode {
    this.enter(this.peek().start);
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      if (token.kind !== "punct" && token.kind !== "name") break;
      if (token.text === "?" && minBp < 1) {
        this.next();
        const then = this.parse(0);
        this.expect(":");
        const otherwise = this.parse(0);
        left = { kind: "conditional", test: left, then, otherwise, start: left.start, end: otherwise.end };
        continue;
      }
      const negatedIn = token.text === "not" && this.isAt("in", 1);
      if ((token.text === "in" || negatedIn) && minBp < comparisonBindingPower) {
        this.next();
        if (negatedIn) this.next();
        left = this.inTail(left, negatedIn);
        continue;
      }
      if (token.text === "between" && minBp < comparisonBindingPower) {
        this.next();
        const low = this.parse(comparisonBindingPower);
        this.expect("and");
        const high = this.parse(comparisonBindingPower);
        left = {
          kind: "range",
          subject: left,
          low,
          high,
          lowInclusive: true,
          highInclusive: true,
          start: left.start,
          end: high.end,
        };
        continue;
      }
      const binary = binaryOperators[token.text];
      if (binary === undefined || binary.bp <= minBp) break;
      this.next();
      const right = this.parse(binary.bp);
      left = { kind: "binary", op: binary.op, left, right, start: left.start, end: right.end };
    }
    this.depth -= 1;
    return left;
  }

  /** After `in`: a list literal `[a, b]`, a range `[a..b)`, or a list-valued expression. */
  inTail(subject: ExpressionNode, negated: boolean): ExpressionNode {
    const open = this.peek();
    if (!this.isAt("[") && !this.isAt("(")) {
      const collection = this.parse(comparisonBindingPower);
      return { kind: "inCollection", subject, collection, negated, start: subject.start, end: collection.end };
    }
    this.next();
    if (open.text === "[" && this.isAt("]")) {
      const close = this.next();
      return { kind: "in", subject, items: [], negated, start: subject.start, end: close.end };
    }
    const first = this.parse(0);
    if (this.isAt("..")) {
      const range = this.rangeTail(subject, open, first);
      if (!negated) return range;
      return { kind: "unary", op: "not", operand: range, start: range.start, end: range.end };
    }
    if (open.text === "(")
      throw new SyntaxFailure("syntax_error", "expected '..' in a range like (1..5)", this.peek().start);
    const items = this.listTail(first, ruleSetLimits.listItems, `list has more than ${ruleSetLimits.listItems} items`);
    const close = this.expect("]");
    return { kind: "in", subject, items, negated, start: subject.start, end: close.end };
  }

  /** The rest of a comma-separated list after its `first` item: at most `limit` items in all, else `too_large`. */
  listTail(first: ExpressionNode, limit: number, tooMany: string): ExpressionNode[] {
    const items = [first];
    while (this.isAt(",")) {
      this.next();
      if (items.length >= limit) throw new SyntaxFailure("too_large", tooMany, this.peek().start);
      items.push(this.parse(0));
    }
    return items;
  }

  rangeTail(subject: ExpressionNode, open: Token, low: ExpressionNode): ExpressionNode {
    this.expect("..");
    const high = this.parse(0);
    const close = this.peek();
    if (!this.isAt("]") && !this.isAt(")")) {
      throw new SyntaxFailure("syntax_error", "expected ']' or ')' to close the range", close.start);
    }
    this.next();
    return {
      kind: "range",
      subject,
      low,
      high,
      lowInclusive: open.text === "[",
      highInclusive: close.text === "]",
      start: subject.start,
      end: close.end,
    };
  }

  prefix(): ExpressionNode {
    const token = this.next();
    if (token.kind === "number") return numberLiteral(token);
    if (token.kind === "string")
      return { kind: "literal", value: token.text, type: "string", start: token.start, end: token.end };
    if (token.kind === "name") return this.namePrefix(token);
    if (token.text === "(") {
      const inner = this.parse(0);
      this.expect(")");
      return inner;
    }
    if (token.text === "-") {
      const operand = this.parse(9);
      return { kind: "unary", op: "-", operand, start: token.start, end: operand.end };
    }
    const found = token.kind === "end" ? "end of expression" : `'${token.text}'`;
    throw new SyntaxFailure("syntax_error", `unexpected ${found}`, token.start);
  }

  namePrefix(token: Token): ExpressionNode {
    const span = { start: token.start, end: token.end };
    const literal = (value: Value, type: ValueType): ExpressionNode => ({ kind: "literal", value, type, ...span });
    switch (token.text) {
      case "true":
        return literal(true, "boolean");
      case "false":
        return literal(false, "boolean");
      case "null":
        return literal(null, "null");
      case "not": {
        const operand = this.parse(5);
        return { kind: "unary", op: "not", operand, start: token.start, end: operand.end };
      }
      case "and":
      case "or":
      case "in":
      case "between":
        throw new SyntaxFailure("syntax_error", `unexpected '${token.text}'`, token.start);
    }
    if (!this.isAt("(")) return { kind: "name", name: token.text, ...span };
    this.next();
    const args = this.isAt(")") ? [] : this.listTail(this.parse(0), 20, "more than 20 arguments");
    const close = this.expect(")");
    return { kind: "call", name: token.text, args, start: token.start, end: close.end };
  }

  finish(node: ExpressionNode): ExpressionNode {
    const token = this.peek();
    if (token.kind !== "end") {
      const hint = token.text === ")" ? " (unbalanced parentheses)" : "";
      throw new SyntaxFailure("syntax_error", `unexpected '${token.text}'${hint}`, token.start);
    }
    return node;
  }
}
