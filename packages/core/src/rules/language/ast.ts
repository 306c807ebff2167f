import type { Decimal } from "../../money/index.js";

/**
 * A runtime value of the expression language. Numbers are exact: a JavaScript number only when it
 * is a safe integer (the fast path), otherwise a `Decimal`. Dates are `YYYY-MM-DD` strings.
 *
 * @example
 * const values: Value[] = [720, dec("0.43"), "CA", true, null, ["BANKRUPTCY"]];
 */
export type Value = null | boolean | string | number | Decimal | ReadonlyArray<Value>;

/** Static type of an expression. `null` is the type of the `null` literal and unifies with any. @example const t: ValueType = "number"; */
export type ValueType = "number" | "string" | "boolean" | "date" | "string[]" | "number[]" | "null";

interface Span {
  /** Offset of the first character in the expression text. */
  readonly start: number;
  readonly end: number;
}

/** Binary operators of the language. @example const op: BinaryOperator = "<="; */
export type BinaryOperator = "+" | "-" | "*" | "/" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "and" | "or" | "??";

/**
 * The syntax tree produced by `parseExpression`; every node carries its source span.
 *
 * @example
 * const node: ExpressionNode = { kind: "name", name: "creditScore", start: 0, end: 11 };
 */
export type ExpressionNode =
  | (Span & { readonly kind: "literal"; readonly value: Value; readonly type: ValueType })
  | (Span & { readonly kind: "name"; readonly name: string })
  | (Span & { readonly kind: "unary"; readonly op: "-" | "not"; readonly operand: ExpressionNode })
  | (Span & {
      readonly kind: "binary";
      readonly op: BinaryOperator;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    })
  | (Span & {
      readonly kind: "conditional";
      readonly test: ExpressionNode;
      readonly then: ExpressionNode;
      readonly otherwise: ExpressionNode;
    })
  | (Span & {
      readonly kind: "in";
      readonly subject: ExpressionNode;
      readonly items: ReadonlyArray<ExpressionNode>;
      readonly negated: boolean;
    })
  | (Span & {
      readonly kind: "inCollection";
      readonly subject: ExpressionNode;
      readonly collection: ExpressionNode;
      readonly negated: boolean;
    })
  | (Span & {
      readonly kind: "range";
      readonly subject: ExpressionNode;
      readonly low: ExpressionNode;
      readonly high: ExpressionNode;
      readonly lowInclusive: boolean;
      readonly highInclusive: boolean;
    })
  | (Span & { readonly kind: "call"; readonly name: string; readonly args: ReadonlyArray<ExpressionNode> })
  | (Span & { readonly kind: "any" });

/**
 * The direct sub-expressions of a node, left to right as written; leaves (literal, name, any) have none.
 * The one walk every pass over the tree (names read, compliance calls, tree height) shares.
 *
 * @example
 * childrenOf(parseExpression("a + b")).length // 2
 */
export function childrenOf(node: ExpressionNode): ReadonlyArray<ExpressionNode> {
  switch (node.kind) {
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "conditional":
      return [node.test, node.then, node.otherwise];
    case "in":
      return [node.subject, ...node.items];
    case "inCollection":
      return [node.subject, node.collection];
    case "range":
      return [node.subject, node.low, node.high];
    case "call":
      return node.args;
    default:
      return [];
  }
}
