import {
  add,
  compare,
  type Decimal,
  decimal,
  divide,
  formatDecimal,
  multiply,
  normalize,
  type RoundingMode,
  round,
  subtract,
} from "../../money/index.js";
import type { Value } from "../language/ast.js";
import { divideSafeIntegers } from "./exact-fast-paths.js";

/**
 * An exact number at run time: a safe-integer JavaScript number (fast path) or a `Decimal`.
 * Integer results that leave the safe range are promoted to `Decimal`, so nothing is ever lost.
 *
 * @example const n: ExactNumber = 720;
 */
export type ExactNumber = number | Decimal;

/** @example toDecimal(5) equals decimal(5n, 0) */
export function toDecimal(value: ExactNumber): Decimal {
  return typeof value === "number" ? decimal(BigInt(value), 0) : value;
}

/** True for a runtime number (not a list, string, boolean or null). @example isExactNumber(dec("1.5")) */
export function isExactNumber(value: Value): value is ExactNumber {
  return typeof value === "number" || (typeof value === "object" && value !== null && !Array.isArray(value));
}

/** Exact sum. @example addExact(1, 2) === 3 */
export function addExact(a: ExactNumber, b: ExactNumber): ExactNumber {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  return add(toDecimal(a), toDecimal(b));
}

/** Exact difference. @example subtractExact(1, 2) === -1 */
export function subtractExact(a: ExactNumber, b: ExactNumber): ExactNumber {
  if (typeof a === "number" && typeof b === "number") {
    const difference = a - b;
    if (Number.isSafeInteger(difference)) return difference;
  }
  return subtract(toDecimal(a), toDecimal(b));
}

/** Exact product. @example multiplyExact(3, 4) === 12 */
export function multiplyExact(a: ExactNumber, b: ExactNumber): ExactNumber {
  if (typeof a === "number" && typeof b === "number") {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product;
  }
  return multiply(toDecimal(a), toDecimal(b));
}

/**
 * `a / b`: exact when the quotient is a whole number, else rounded to `scale` decimals by `mode`
 * (both declared by the rule set). Division by zero yields null, never an exception.
 *
 * @example divideExact(1, 3, 4, "half-even") equals 0.3333
 */
export function divideExact(a: ExactNumber, b: ExactNumber, scale: number, mode: RoundingMode): ExactNumber | null {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return null;
    if (a % b === 0) return a / b;
    return divideSafeIntegers(a, b, scale, mode) ?? divide(decimal(BigInt(a), 0), decimal(BigInt(b), 0), scale, mode);
  }
  const divisor = toDecimal(b);
  if (divisor.units === 0n) return null;
  return divide(toDecimal(a), divisor, scale, mode);
}

/** -1, 0 or 1, exactly. @example compareExact(1, dec("1.0")) === 0 */
export function compareExact(a: ExactNumber, b: ExactNumber): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return compare(toDecimal(a), toDecimal(b));
}

/** `round(x, places)` by `mode`. @example roundExact(dec("2.345"), 2, "half-up") equals 2.35 */
export function roundExact(value: ExactNumber, places: number, mode: RoundingMode): ExactNumber {
  if (typeof value === "number") return value;
  return round(value, places, mode);
}

/** Absolute value. @example absExact(-3) === 3 */
export function absExact(value: ExactNumber): ExactNumber {
  if (typeof value === "number") return Math.abs(value);
  return value.units < 0n ? decimal(-value.units, value.scale) : value;
}

/** Negation. @example negateExact(3) === -3 */
export function negateExact(value: ExactNumber): ExactNumber {
  if (typeof value === "number") return value === 0 ? 0 : -value;
  return decimal(-value.units, value.scale);
}

/**
 * Equality of two values of the same static type (exact for numbers, element-wise for lists).
 *
 * @example valuesEqual(dec("0.50"), dec("0.5")) === true
 */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => valuesEqual(item, b[index] as Value));
  }
  if (isExactNumber(a) && isExactNumber(b)) return compareExact(a, b) === 0;
  return false;
}

/**
 * A JSON-friendly rendering of a value for traces: safe integers stay numbers, other exact
 * numbers become normalized decimal strings, lists are rendered element-wise.
 *
 * @example renderValue(dec("0.4300")) === "0.43"
 */
export function renderValue(value: Value): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(renderValue);
  const normal = normalize(value as Decimal);
  if (normal.scale === 0) {
    const asNumber = Number(normal.units);
    if (Number.isSafeInteger(asNumber)) return asNumber;
  }
  return formatDecimal(normal);
}
