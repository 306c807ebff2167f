import { fail, InvariantError, ok, type Result } from "../errors/index.js";
import { divideRounded, type RoundingMode } from "./rounding.js";

/**
 * An exact decimal number: `units × 10^-scale`. Used for rates, ratios and intermediate
 * interest so that no JavaScript float ever touches money.
 *
 * @example
 * const rate = dec("7.25"); // { units: 725n, scale: 2 }
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Longest decimal string accepted from outside; protects against absurd inputs. */
export const maxDecimalDigits = 40;

const decimalPattern = /^(-)?(\d+)(?:\.(\d+))?$/;
const powersOfTen: bigint[] = [];

/** 10^exponent as a bigint, cached. @example pow10(3) === 1000n */
export function pow10(exponent: number): bigint {
  if (!Number.isInteger(exponent) || exponent < 0) throw new InvariantError(`bad exponent ${exponent}`);
  let value = powersOfTen[exponent];
  if (value === undefined) {
    value = 10n ** BigInt(exponent);
    if (exponent < 512) powersOfTen[exponent] = value;
  }
  return value;
}

/** @example decimal(725n, 2) is 7.25 */
export function decimal(units: bigint, scale = 0): Decimal {
  if (!Number.isInteger(scale) || scale < 0) throw new InvariantError(`bad decimal scale ${scale}`);
  return { units, scale };
}

export const ZERO: Decimal = decimal(0n);
export const ONE: Decimal = decimal(1n);

/**
 * Parses a plain decimal string (`"12"`, `"-0.125"`). Exponents, `NaN`, blanks, `+`, and more
 * than `maxDecimalDigits` digits are refused with `invalid_decimal`.
 *
 * @example
 * parseDecimal("7.25") // ok({ units: 725n, scale: 2 })
 */
export function parseDecimal(text: string, path?: ReadonlyArray<string | number>): Result<Decimal> {
  const match = typeof text === "string" ? decimalPattern.exec(text) : null;
  if (!match) {
    return fail("invalid_decimal", `"${String(text).slice(0, 50)}" is not a plain decimal number like "7.25"`, path);
  }
  const [, minus, whole = "", fraction = ""] = match;
  if (whole.length + fraction.length > maxDecimalDigits) {
    return fail("invalid_decimal", `decimal has more than ${maxDecimalDigits} digits`, path);
  }
  const units = BigInt(whole + fraction);
  return ok(decimal(minus ? -units : units, fraction.length));
}

/** Parses a decimal string that the caller knows is well formed (constants, tests). @example dec("0.5") */
export function dec(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed.ok) throw new InvariantError(parsed.error.message);
  return parsed.value;
}

/** @example fromInteger(5n) */
export function fromInteger(value: bigint | number): Decimal {
  if (typeof value === "number" && !Number.isSafeInteger(value)) {
    throw new InvariantError(`not a safe integer: ${value}`);
  }
  return decimal(BigInt(value), 0);
}

/** Raises the scale without changing the value. @example withScale(dec("1.5"), 3).units === 1500n */
export function withScale(value: Decimal, scale: number): Decimal {
  if (scale < value.scale) throw new InvariantError("withScale cannot reduce scale; use round()");
  if (scale === value.scale) return value;
  return decimal(value.units * pow10(scale - value.scale), scale);
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [withScale(a, scale).units, withScale(b, scale).units, scale];
}

/** @example add(dec("0.1"), dec("0.2")) equals 0.3 exactly */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return decimal(x + y, scale);
}

/** @example subtract(dec("1"), dec("0.01")) equals 0.99 */
export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return decimal(x - y, scale);
}

/** Exact product; the scale is the sum of the scales. @example multiply(dec("1.5"), dec("0.2")) equals 0.30 */
export function multiply(a: Decimal, b: Decimal): Decimal {
  return decimal(a.units * b.units, a.scale + b.scale);
}

/**
 * `a / b` rounded to `scale` decimals by `mode`. Division is the one place a decimal loses
 * exactness, so the caller must say how.
 *
 * @example divide(dec("1"), dec("3"), 4, "half-even") equals 0.3333
 */
export function divide(a: Decimal, b: Decimal, scale: number, mode: RoundingMode): Decimal {
  if (b.units === 0n) throw new InvariantError("division by zero");
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale); shift so the quotient has `scale` decimals.
  const shift = scale + b.scale - a.scale;
  const numerator = shift >= 0 ? a.units * pow10(shift) : a.units;
  const denominator = shift >= 0 ? b.units : b.units * pow10(-shift);
  return decimal(divideRounded(numerator, denominator, mode), scale);
}

/** Rounds to `scale` decimals. @example round(dec("2.345"), 2, "half-even") equals 2.34 */
export function round(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  if (scale >= value.scale) return withScale(value, scale);
  return decimal(divideRounded(value.units, pow10(value.scale - scale), mode), scale);
}

/** Rounds to a whole number and returns it as a bigint. @example toInteger(dec("2.5"), "half-up") === 3n */
export function toInteger(value: Decimal, mode: RoundingMode): bigint {
  return round(value, 0, mode).units;
}

/** Integer power by repeated squaring; exact. @example power(dec("1.1"), 2) equals 1.21 */
export function power(base: Decimal, exponent: number): Decimal {
  if (!Number.isInteger(exponent) || exponent < 0) throw new InvariantError(`bad exponent ${exponent}`);
  return decimal(base.units ** BigInt(exponent), base.scale * exponent);
}

/** -1, 0 or 1. @example compare(dec("1.0"), dec("1")) === 0 */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** @example isZero(dec("0.000")) */
export function isZero(value: Decimal): boolean {
  return value.units === 0n;
}

/** @example isNegative(dec("-1")) */
export function isNegative(value: Decimal): boolean {
  return value.units < 0n;
}

/** @example negate(dec("1")) equals -1 */
export function negate(value: Decimal): Decimal {
  return decimal(-value.units, value.scale);
}

/** @example abs(dec("-2.5")) equals 2.5 */
export function abs(value: Decimal): Decimal {
  return value.units < 0n ? negate(value) : value;
}

/** @example minDecimal(dec("1"), dec("2")) equals 1 */
export function minDecimal(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) <= 0 ? a : b;
}

/** @example maxDecimal(dec("1"), dec("2")) equals 2 */
export function maxDecimal(a: Decimal, b: Decimal): Decimal {
  return compare(a, b) >= 0 ? a : b;
}

/** Drops trailing fractional zeros. @example normalize(dec("1.500")) equals { units: 15n, scale: 1 } */
export function normalize(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return decimal(units, scale);
}

/**
 * Plain decimal string with exactly the value's scale (or `minScale` decimals at least).
 *
 * @example formatDecimal(dec("7.2500")) === "7.2500"; formatDecimal(normalize(dec("7.2500"))) === "7.25"
 */
export function formatDecimal(value: Decimal, minScale = 0): string {
  const shown = value.scale < minScale ? withScale(value, minScale) : value;
  const negative = shown.units < 0n;
  const digits = (negative ? -shown.units : shown.units).toString().padStart(shown.scale + 1, "0");
  const whole = digits.slice(0, digits.length - shown.scale);
  const fraction = digits.slice(digits.length - shown.scale);
  return `${negative ? "-" : ""}${whole}${shown.scale > 0 ? `.${fraction}` : ""}`;
}

/**
 * An approximate float for display or for seeding an iterative solver; never for money.
 *
 * @example toApproximateNumber(dec("0.5")) === 0.5
 */
export function toApproximateNumber(value: Decimal): number {
  return Number(formatDecimal(value));
}
