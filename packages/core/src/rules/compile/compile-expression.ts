import type { BinaryOperator, ExpressionNode, Value } from "../language/ast.js";
import {
  addExact,
  divideExact,
  type ExactNumber,
  multiplyExact,
  negateExact,
  subtractExact,
  valuesEqual,
} from "../runtime/runtime-values.js";
import { compileCall } from "./compile-call.js";
import {
  compareSlotToNumber,
  compareToConstant,
  compareValues,
  compileConstantBand,
  numberConstant,
} from "./compile-comparison.js";
import type { Arithmetic, Evaluator, SlotResolver } from "./evaluator.js";

export type { Arithmetic, Evaluator, SlotResolver } from "./evaluator.js";

function arithmetic(op: "+" | "-" | "*" | "/", left: Evaluator, right: Evaluator, settings: Arithmetic): Evaluator {
  const { divisionScale, roundingMode } = settings;
  const apply = (a: ExactNumber, b: ExactNumber): ExactNumber | null => {
    switch (op) {
      case "+":
        return addExact(a, b);
      case "-":
        return subtractExact(a, b);
      case "*":
        return multiplyExact(a, b);
      case "/":
        return divideExact(a, b, divisionScale, roundingMode);
    }
  };
  return (s) => {
    const a = left(s);
    if (a === null) return null;
    const b = right(s);
    return b === null ? null : apply(a as ExactNumber, b as ExactNumber);
  };
}

/**
 * Kleene three-valued `and` (`decisive` false) and `or` (`decisive` true): the decisive value on either side wins,
 * the right side is read only when the left is not decisive, else null on either side gives null.
 */
function kleene(decisive: boolean, left: Evaluator, right: Evaluator): Evaluator {
  return (s) => {
    const a = left(s);
    if (a === decisive) return decisive;
    const b = right(s);
    if (b === decisive) return decisive;
    return a === null || b === null ? null : !decisive;
  };
}

function compileBinary(node: Extract<ExpressionNode, { kind: "binary" }>, slotOf: SlotResolver, settings: Arithmetic) {
  const op: BinaryOperator = node.op;
  if (op !== "and" && op !== "or" && op !== "??" && op !== "+" && op !== "-" && op !== "*" && op !== "/") {
    if (node.left.kind === "name" && node.right.kind === "literal" && typeof node.right.value === "number") {
      return compareSlotToNumber(op, slotOf(node.left.name), node.right.value);
    }
    const constant = numberConstant(node.right);
    if (constant !== undefined) {
      const slot = node.left.kind === "name" ? slotOf(node.left.name) : -1;
      return compareToConstant(op, slot, compileExpression(node.left, slotOf, settings), constant);
    }
  }
  const left = compileExpression(node.left, slotOf, settings);
  const right = compileExpression(node.right, slotOf, settings);
  switch (op) {
    case "and":
      return kleene(false, left, right);
    case "or":
      return kleene(true, left, right);
    case "??":
      return (s: ReadonlyArray<Value>) => {
        const a = left(s);
        return a !== null ? a : right(s);
      };
    case "+":
    case "-":
    case "*":
    case "/":
      return arithmetic(op, left, right, settings);
    default:
      return (s: ReadonlyArray<Value>) => compareValues(op, left(s), right(s));
  }
}

function compileIn(node: Extract<ExpressionNode, { kind: "in" }>, slotOf: SlotResolver, settings: Arithmetic) {
  const subject = compileExpression(node.subject, slotOf, settings);
  const negated = node.negated;
  const constants = node.items.every(
    (item) => item.kind === "literal" && (typeof item.value === "string" || typeof item.value === "number"),
  );
  if (constants) {
    const set = new Set(node.items.map((item) => (item as { value: Value }).value));
    const items = [...set];
    return (s: ReadonlyArray<Value>) => {
      const v = subject(s);
      if (v === null) return false;
      const found = typeof v === "string" || typeof v === "number" ? set.has(v) : items.some((i) => valuesEqual(v, i));
      return found !== negated;
    };
  }
  const items = node.items.map((item) => compileExpression(item, slotOf, settings));
  return (s: ReadonlyArray<Value>) => {
    const v = subject(s);
    if (v === null) return false;
    let found = false;
    for (const item of items) {
      if (valuesEqual(v, item(s))) {
        found = true;
        break;
      }
    }
    return found !== negated;
  };
}

function compileRange(node: Extract<ExpressionNode, { kind: "range" }>, slotOf: SlotResolver, settings: Arithmetic) {
  const subject = compileExpression(node.subject, slotOf, settings);
  const low = compileExpression(node.low, slotOf, settings);
  const high = compileExpression(node.high, slotOf, settings);
  const lowOp = node.lowInclusive ? ">=" : ">";
  const highOp = node.highInclusive ? "<=" : "<";
  const band = compileConstantBand(node, node.subject.kind === "name" ? slotOf(node.subject.name) : -1, subject);
  if (band !== undefined) return band;
  return (s: ReadonlyArray<Value>) => {
    const v = subject(s);
    return compareValues(lowOp, v, low(s)) && compareValues(highOp, v, high(s));
  };
}

/**
 * Compiles a type-checked expression to a closure over the slot vector. No `eval`, no
 * `new Function`; nulls propagate and comparisons with null are false, so it never throws.
 *
 * @example
 * const fn = compileExpression(parseExpression("score >= 620"), () => 0, arithmetic);
 * fn([700]) // true
 */
export function compileExpression(node: ExpressionNode, slotOf: SlotResolver, settings: Arithmetic): Evaluator {
  switch (node.kind) {
    case "literal": {
      const value = node.value;
      return () => value;
    }
    case "any":
      return () => true;
    case "name": {
      const slot = slotOf(node.name);
      return (s) => s[slot]!;
    }
    case "unary": {
      const operand = compileExpression(node.operand, slotOf, settings);
      if (node.op === "not") {
        return (s) => {
          const v = operand(s);
          return v === null ? null : !v;
        };
      }
      const constant = numberConstant(node.operand);
      if (constant !== undefined) {
        const negated = negateExact(constant); // "-0.5" folded once: values are immutable
        return () => negated;
      }
      return (s) => {
        const v = operand(s);
        return v === null ? null : negateExact(v as ExactNumber);
      };
    }
    case "binary":
      return compileBinary(node, slotOf, settings);
    case "conditional": {
      const test = compileExpression(node.test, slotOf, settings);
      const then = compileExpression(node.then, slotOf, settings);
      const otherwise = compileExpression(node.otherwise, slotOf, settings);
      return (s) => (test(s) === true ? then(s) : otherwise(s));
    }
    case "in":
      return compileIn(node, slotOf, settings);
    case "inCollection": {
      const subject = compileExpression(node.subject, slotOf, settings);
      const collection = compileExpression(node.collection, slotOf, settings);
      const negated = node.negated;
      return (s) => {
        const v = subject(s);
        const list = v === null ? null : (collection(s) as ReadonlyArray<Value> | null);
        if (v === null || list === null) return false;
        return list.some((item) => valuesEqual(v, item)) !== negated;
      };
    }
    case "range":
      return compileRange(node, slotOf, settings);
    case "call":
      return compileCall(
        node,
        node.args.map((arg) => compileExpression(arg, slotOf, settings)),
        settings,
      );
  }
}
