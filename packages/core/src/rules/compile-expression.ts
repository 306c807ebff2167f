import { daysBetween, type LocalDate, wholeMonthsBetween } from "../calendar/index.js";
import type { RoundingMode } from "../money/index.js";
import type { BinaryOperator, ExpressionNode, Value } from "./ast.js";
import {
  compareSlotToNumber,
  compareToConstant,
  compareValues,
  compileConstantBand,
  numberConstant,
} from "./compile-comparison.js";
import { type ComplianceEnvironment, complianceFunctions } from "./compliance-functions.js";
import {
  absExact,
  addExact,
  compareExact,
  divideExact,
  type ExactNumber,
  multiplyExact,
  negateExact,
  roundExact,
  subtractExact,
  valuesEqual,
} from "./runtime-values.js";

/** A compiled expression: reads the slot vector, returns a value, never throws. @example const fn: Evaluator = (slots) => slots[0] ?? null; */
export type Evaluator = (slots: ReadonlyArray<Value>) => Value;

/** How `/` and `round` round; declared once per rule set. @example const a: Arithmetic = { divisionScale: 10, roundingMode: "half-even" }; */
export interface Arithmetic {
  readonly divisionScale: number;
  readonly roundingMode: RoundingMode;
  /** Data for the compliance functions (usury table, creditor business days), fixed at compile time. */
  readonly compliance?: ComplianceEnvironment;
}

/** Resolves a checked name to its slot index. @example const slotOf: SlotResolver = (name) => slots.get(name)!; */
export type SlotResolver = (name: string) => number;

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
      return (s: ReadonlyArray<Value>) => {
        const a = left(s);
        if (a === false) return false;
        const b = right(s);
        if (b === false) return false;
        return a === null || b === null ? null : true;
      };
    case "or":
      return (s: ReadonlyArray<Value>) => {
        const a = left(s);
        if (a === true) return true;
        const b = right(s);
        if (b === true) return true;
        return a === null || b === null ? null : false;
      };
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

function yearsBetween(start: LocalDate, end: LocalDate): number {
  return Math.trunc(wholeMonthsBetween(start, end) / 12);
}

function compileCall(
  node: Extract<ExpressionNode, { kind: "call" }>,
  slotOf: SlotResolver,
  settings: Arithmetic,
): Evaluator {
  const args = node.args.map((arg) => compileExpression(arg, slotOf, settings));
  const [first, second] = [args[0]!, args[1]!];
  const strict1 =
    (fn: (v: Value) => Value): Evaluator =>
    (s) => {
      const v = first(s);
      return v === null ? null : fn(v);
    };
  const dates =
    (fn: (a: LocalDate, b: LocalDate) => number): Evaluator =>
    (s) => {
      const a = first(s);
      const b = a === null ? null : second(s);
      return a === null || b === null ? null : fn(a as LocalDate, b as LocalDate);
    };
  switch (node.name) {
    case "min":
    case "max": {
      const sign = node.name === "min" ? -1 : 1;
      return (s) => {
        let best: ExactNumber | null = null;
        for (const arg of args) {
          const v = arg(s) as ExactNumber | null;
          if (v === null) return null;
          if (best === null || compareExact(v, best) === sign) best = v;
        }
        return best;
      };
    }
    case "abs":
      return strict1((v) => absExact(v as ExactNumber));
    case "round": {
      const places = (node.args[1] as { value: number }).value;
      const mode = (node.args[2] as { value: RoundingMode } | undefined)?.value ?? settings.roundingMode;
      return strict1((v) => roundExact(v as ExactNumber, places, mode));
    }
    case "coalesce":
      return (s) => {
        for (const arg of args) {
          const v = arg(s);
          if (v !== null) return v;
        }
        return null;
      };
    case "isNull":
      return (s) => first(s) === null;
    case "isPresent":
      return (s) => first(s) !== null;
    case "count":
      return strict1((v) => (v as ReadonlyArray<Value>).length);
    case "daysBetween":
      return dates(daysBetween);
    case "monthsBetween":
      return dates(wholeMonthsBetween);
    case "yearsBetween":
      return dates(yearsBetween);
    case "date": {
      const value = (node.args[0] as { value: string }).value;
      return () => value;
    }
    default:
      return compileComplianceCall(node.name, args, settings.compliance ?? {});
  }
}

/** A compliance-table call: null when a required argument is null, else the function's value. */
function compileComplianceCall(name: string, args: ReadonlyArray<Evaluator>, env: ComplianceEnvironment): Evaluator {
  const fn = complianceFunctions.get(name);
  if (fn === undefined) throw new Error(`unchecked function ${name}`);
  const required = fn.required;
  return (s) => {
    const values: Value[] = [];
    for (let i = 0; i < args.length; i++) {
      const v = args[i]!(s);
      if (v === null && i < required) return null;
      values.push(v);
    }
    return fn.evaluate(values, env);
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
      return compileCall(node, slotOf, settings);
  }
}
