import { compare, type Decimal, decimal, pow10, type RoundingMode } from "../../money/index.js";

/**
 * Fast paths for the two exact operations that dominate lending rules (a ratio such as DTI = debt / income, then
 * comparisons of it with decimal thresholds such as 0.43). Each gives exactly the result of the bigint `Decimal`
 * arithmetic it stands in for, or `undefined` / the bigint path when its operands are outside the range where that is
 * proven; property tests compare both paths at the range boundaries.
 */

/** 10^k as an exact double for k ≤ 22 (every such power of ten is a double). */
const doublePowersOfTen: ReadonlyArray<number> = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * `a / b` of two safe integers rounded to `scale` decimals by `mode`, computed in doubles, or `undefined` when
 * a × 10^scale is not a safe integer (the caller then uses bigint `divide`). Exact, not approximate: with
 * n = a × 10^scale and b both safe integers, `n % b` is the exact truncated remainder (IEEE 754 remainder is exact),
 * n − r is an exact multiple of b no larger than |n|, so (n − r) / b is the exact truncated quotient; the rounding
 * then mirrors `divideRounded` case by case. Same result as `divide(decimal(a), decimal(b), scale, mode)`.
 *
 * @example divideSafeIntegers(1, 3, 4, "half-even") // { units: 3333n, scale: 4 }
 */
export function divideSafeIntegers(a: number, b: number, scale: number, mode: RoundingMode): Decimal | undefined {
  const power = doublePowersOfTen[scale];
  if (power === undefined || b === 0 || !Number.isSafeInteger(b)) return undefined;
  const numerator = a * power; // exact whenever the true product is a safe integer, and then isSafeInteger says so
  if (!Number.isSafeInteger(numerator)) return undefined;
  return decimal(BigInt(roundedQuotient(numerator, b, mode)), scale);
}

/** `divideRounded` on safe integers: the exact quotient n / d rounded by `mode` (d ≠ 0). */
function roundedQuotient(numerator: number, denominator: number, mode: RoundingMode): number {
  const n = denominator < 0 ? -numerator : numerator;
  const d = denominator < 0 ? -denominator : denominator;
  const remainder = n % d; // exact; the sign of n, like bigint's truncating remainder
  const quotient = (n - remainder) / d; // exact: an integer no larger than |n|
  if (remainder === 0) return quotient + 0; // + 0 turns −0 into 0
  const sign = n < 0 ? -1 : 1;
  const twiceRemainder = 2 * Math.abs(remainder); // < 2d ≤ 2^54, a power-of-two multiple: exact
  switch (mode) {
    case "down":
      return quotient + 0;
    case "up":
      return quotient + sign;
    case "floor":
      return sign < 0 ? quotient - 1 : quotient + 0;
    case "ceiling":
      return sign > 0 ? quotient + 1 : quotient + 0;
    case "half-up":
      return twiceRemainder >= d ? quotient + sign : quotient + 0;
    case "half-even":
      if (twiceRemainder > d) return quotient + sign;
      if (twiceRemainder < d) return quotient + 0;
      return quotient % 2 === 0 ? quotient + 0 : quotient + sign;
  }
}

/**
 * A three-way comparison (−1, 0, 1) of a number against a compile-time constant, exact and allocation-free in the
 * common cases: a safe integer against a decimal constant p / 10^k compares v × 10^k with p in doubles when that
 * product is a safe integer; a `Decimal` with scale s ≥ k compares its units with p × 10^(s − k), precomputed per
 * scale, as bigints. Everything else goes through `compare` on `Decimal`s.
 *
 * @example const atMost43 = constantComparer(dec("0.43")); atMost43(dec("0.430000")) === 0
 */
export function constantComparer(constant: number | Decimal): (value: number | Decimal) => number {
  const exact = typeof constant === "number" ? decimal(BigInt(constant), 0) : constant;
  const units = Number(exact.units);
  // NaN when there is no exact double path (a constant beyond 2^53 or 22 decimals): every product fails the check
  const power = Number.isSafeInteger(units) ? (doublePowersOfTen[exact.scale] ?? Number.NaN) : Number.NaN;
  const byScale: bigint[] = []; // p × 10^(s − k), filled on first use of scale s
  return (value) => {
    if (typeof value === "number") {
      // exact whenever the true product is a safe integer, and then isSafeInteger says so (a conservative guard: a
      // rounded product would still order correctly against a safe p, but only the exact case is claimed)
      const scaled = value * power;
      if (Number.isSafeInteger(scaled)) return scaled < units ? -1 : scaled > units ? 1 : 0;
      return compare(decimal(BigInt(value), 0), exact);
    }
    const shift = value.scale - exact.scale;
    if (shift < 0 || shift > 64) return compare(value, exact);
    let target = byScale[value.scale];
    if (target === undefined) {
      target = exact.units * pow10(shift);
      byScale[value.scale] = target;
    }
    return value.units < target ? -1 : value.units > target ? 1 : 0;
  };
}
