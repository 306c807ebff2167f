import { invariant } from "../errors/index.js";
import { divideRounded } from "../money/index.js";

/**
 * Interval fixed-point arithmetic for the APRC: a positive real is carried as bigint bounds [low, high] scaled by
 * 2^160 (about 48 decimal digits). Every low bound is rounded with "floor" and every high bound with "ceiling", so
 * the true value always lies inside; a result is as wide as the roundings and series tails that made it.
 */

/** Fixed-point bits: values are integers scaled by 2^fixedBits. */
export const fixedBits = 160n;
/** 1 in fixed point. */
export const fixedOne = 1n << fixedBits;

/** A real known to lie in [low, high], both scaled by 2^fixedBits. */
export type Interval = readonly [bigint, bigint];

/** A series stops once its next term's upper bound is below this (2^-140 of one): the tail is added to `high`. */
const seriesCutoff = 1n << 20n;

/** x / 2^fixedBits rounded toward −∞ (bigint `>>` is a floor shift). */
function shiftFloor(value: bigint): bigint {
  return value >> fixedBits;
}

/** x / 2^fixedBits rounded toward +∞. */
function shiftCeiling(value: bigint): bigint {
  return -(-value >> fixedBits);
}

/**
 * Bounds on a product of two non-negative intervals.
 *
 * @example multiplyIntervals([fixedOne, fixedOne], [fixedOne / 2n, fixedOne / 2n]) // [2^159, 2^159]
 */
export function multiplyIntervals(a: Interval, b: Interval): Interval {
  return [shiftFloor(a[0] * b[0]), shiftCeiling(a[1] * b[1])];
}

/**
 * Bounds on the non-negative rational numerator / denominator.
 *
 * @example ratioInterval(1n, 3n) // [⌊2^160/3⌋, ⌈2^160/3⌉]
 */
export function ratioInterval(numerator: bigint, denominator: bigint): Interval {
  const scaled = numerator << fixedBits;
  return [divideRounded(scaled, denominator, "floor"), divideRounded(scaled, denominator, "ceiling")];
}

/** atanh(z) = Σ z^(2j+1)/(2j+1) for 0 ≤ z = a/b ≤ 1/3; the tail after term j is ≤ term j × 9/8 < term j × 2. */
function atanhInterval(a: bigint, b: bigint): Interval {
  const [zLow, zHigh] = ratioInterval(a, b);
  const squareLow = shiftFloor(zLow * zLow);
  const squareHigh = shiftCeiling(zHigh * zHigh);
  let powerLow = zLow;
  let powerHigh = zHigh;
  let low = 0n;
  let high = 0n;
  for (let odd = 1n; ; odd += 2n) {
    low += divideRounded(powerLow, odd, "floor");
    high += divideRounded(powerHigh, odd, "ceiling");
    powerLow = shiftFloor(powerLow * squareLow);
    powerHigh = shiftCeiling(powerHigh * squareHigh);
    if (powerHigh < seriesCutoff) return [low, high + 2n * powerHigh + 1n];
  }
}

/** ln 2 = 2 atanh(1/3), computed once. */
const ln2: Interval = (() => {
  const [low, high] = atanhInterval(1n, 3n);
  return [2n * low, 2n * high] as const;
})();

/**
 * Bounds on ln(numerator / denominator) for a rational ≥ 1, by argument reduction to m = y / 2^k in [2/3, 4/3] and
 * ln y = k ln 2 + 2 atanh((m − 1)/(m + 1)), |(m − 1)/(m + 1)| ≤ 1/5.
 *
 * @see Abramowitz & Stegun 4.1.27 (ln y = 2 atanh((y − 1)/(y + 1)))
 * @example lnInterval(2n, 1n) // ln 2 ≈ 0.693147…, as 2^160-scaled bounds
 */
export function lnInterval(numerator: bigint, denominator: bigint): Interval {
  let k = 0n;
  while (3n * numerator > 4n * (denominator << k)) k += 1n;
  const scaledDenominator = denominator << k;
  const difference = numerator - scaledDenominator;
  const sum = numerator + scaledDenominator;
  const [atanhLow, atanhHigh] = atanhInterval(difference < 0n ? -difference : difference, sum);
  const [low, high]: Interval = difference < 0n ? [-2n * atanhHigh, -2n * atanhLow] : [2n * atanhLow, 2n * atanhHigh];
  return [k * ln2[0] + low, k * ln2[1] + high];
}

/** exp(r) for 0 ≤ r < 1 by its Taylor series; the tail after term n ≤ term n × r/(n+1)/(1 − r/(n+2)) < term n. */
function expSeries(r: bigint, direction: "floor" | "ceiling"): bigint {
  let term = fixedOne;
  let total = fixedOne;
  const shift = direction === "floor" ? shiftFloor : shiftCeiling;
  for (let n = 1n; ; n += 1n) {
    term = divideRounded(shift(term * r), n, direction);
    total += term;
    if (term < seriesCutoff) return direction === "floor" ? total : total + term + 1n;
  }
}

/**
 * Bounds on exp(−w) for w in [low, high] ≥ 0: w = n ln 2 + r with 0 ≤ r < 1, exp(−w) = 2^−n / exp(r). exp(−w) falls
 * as w grows, so the low bound is taken at `high` and the high bound at `low`.
 *
 * @example expNegativeInterval(lnInterval(2n, 1n)) // ≈ [2^159 − ε, 2^159 + ε]
 */
export function expNegativeInterval(w: Interval): Interval {
  invariant(w[0] >= 0n && w[1] >= w[0], "expNegativeInterval needs 0 ≤ low ≤ high");
  const n = w[0] / ln2[1];
  const rLow = w[0] - n * ln2[1];
  const rHigh = w[1] - n * ln2[0];
  if (rHigh >= fixedOne) {
    // a wide interval (never in practice): fall back to halving the reduction until r < 1
    return halveAndSquare(w);
  }
  const square = fixedOne << fixedBits;
  const low = divideRounded(square, expSeries(rHigh, "ceiling"), "floor") >> n;
  const high = -(-divideRounded(square, expSeries(rLow, "floor"), "ceiling") >> n);
  return [low, high];
}

/** exp(−w) = exp(−w/2)^2, for an interval too wide to reduce in one step. */
function halveAndSquare(w: Interval): Interval {
  const half = expNegativeInterval([w[0] >> 1n, -(-w[1] >> 1n)]);
  return multiplyIntervals(half, half);
}
