import type { ExpressionNode, Value } from "../language/ast.js";
import { constantComparer } from "../runtime/exact-fast-paths.js";
import { compareExact, type ExactNumber, isExactNumber, valuesEqual } from "../runtime/runtime-values.js";
import type { Evaluator } from "./evaluator.js";

/** A comparison operator. @example const op: Comparison = "<="; */
export type Comparison = "==" | "!=" | "<" | "<=" | ">" | ">=";

function ordered(a: Value, b: Value): number {
  if (typeof a === "string") return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  return compareExact(a as ExactNumber, b as ExactNumber);
}

/**
 * Comparison of two non-null values of one type; null on either side is false for every operator.
 *
 * @example compareValues("<", 1, dec("1.5")) === true
 */
export function compareValues(op: Comparison, a: Value, b: Value): boolean {
  if (a === null || b === null) return false;
  switch (op) {
    case "==":
      return valuesEqual(a, b);
    case "!=":
      return !valuesEqual(a, b);
    case "<":
      return ordered(a, b) < 0;
    case "<=":
      return ordered(a, b) <= 0;
    case ">":
      return ordered(a, b) > 0;
    case ">=":
      return ordered(a, b) >= 0;
  }
}

/**
 * `slot op constant` without the generic dispatch: the dominant shape of lending rules.
 *
 * @example compareSlotToNumber("<", 0, 580)([570]) === true
 */
export function compareSlotToNumber(op: Comparison, slot: number, constant: number): Evaluator {
  switch (op) {
    case "<":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v < constant : compareValues(op, v, constant);
      };
    case "<=":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v <= constant : compareValues(op, v, constant);
      };
    case ">":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v > constant : compareValues(op, v, constant);
      };
    case ">=":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v >= constant : compareValues(op, v, constant);
      };
    case "==":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v === constant : compareValues(op, v, constant);
      };
    case "!=":
      return (s) => {
        const v = s[slot]!;
        return typeof v === "number" ? v !== constant : compareValues(op, v, constant);
      };
  }
}

/**
 * `operand op constant` for a number constant (a whole number or a decimal such as 0.43): an exact, allocation-free
 * three-way comparison (`constantComparer`) instead of converting both sides to `Decimal`s on every call. A name
 * operand (`slot` ≥ 0) is read straight from the slot vector.
 *
 * @example compareToConstant(">", 0, () => null, dec("0.43"))([dec("0.47")]) === true
 */
export function compareToConstant(op: Comparison, slot: number, operand: Evaluator, constant: ExactNumber): Evaluator {
  const order = constantComparer(constant);
  const general = (v: Value) => compareValues(op, v, constant);
  switch (op) {
    case "<":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) < 0 : general(v);
      };
    case "<=":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) <= 0 : general(v);
      };
    case ">":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) > 0 : general(v);
      };
    case ">=":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) >= 0 : general(v);
      };
    case "==":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) === 0 : general(v);
      };
    case "!=":
      return (s) => {
        const v = slot >= 0 ? s[slot]! : operand(s);
        return isExactNumber(v) ? order(v) !== 0 : general(v);
      };
  }
}

/** The value of a number literal (a safe integer or a `Decimal`), else undefined. @example numberConstant(literal) */
export function numberConstant(node: ExpressionNode): ExactNumber | undefined {
  if (node.kind !== "literal" || node.type !== "number" || node.value === null) return undefined;
  return isExactNumber(node.value) ? node.value : undefined;
}

/**
 * A band with number bounds, `subject in (0.36..0.43]` or `score between 580 and 619`, as two exact
 * allocation-free comparisons (whole-number bounds against a whole-number value compare directly); undefined when a
 * bound is not a number literal. A name subject (`slot` ≥ 0) is read straight from the slot vector.
 *
 * @example compileConstantBand(parseExpression("x between 1 and 3"), 0, subject)?.([2]) === true
 */
export function compileConstantBand(
  node: Extract<ExpressionNode, { kind: "range" }>,
  slot: number,
  subject: Evaluator,
): Evaluator | undefined {
  const low = numberConstant(node.low);
  const high = numberConstant(node.high);
  if (low === undefined || high === undefined) return undefined;
  const lowOrder = constantComparer(low);
  const highOrder = constantComparer(high);
  const { lowInclusive, highInclusive } = node;
  const lowOp = lowInclusive ? ">=" : ">";
  const highOp = highInclusive ? "<=" : "<";
  const lowInteger = typeof low === "number" ? low : Number.NaN;
  const highInteger = typeof high === "number" ? high : Number.NaN;
  const isIntegerBand = typeof low === "number" && typeof high === "number";
  return (s) => {
    const v = slot >= 0 ? s[slot]! : subject(s);
    if (isIntegerBand && typeof v === "number") {
      return (lowInclusive ? v >= lowInteger : v > lowInteger) && (highInclusive ? v <= highInteger : v < highInteger);
    }
    if (!isExactNumber(v)) return compareValues(lowOp, v, low) && compareValues(highOp, v, high);
    const fromLow = lowOrder(v);
    if (lowInclusive ? fromLow < 0 : fromLow <= 0) return false;
    const fromHigh = highOrder(v);
    return highInclusive ? fromHigh <= 0 : fromHigh < 0;
  };
}
