import { dinero, toSnapshot } from "dinero.js/bigint";
import { InvariantError } from "../errors/index.js";
import { parseDecimal, pow10 } from "./decimal.js";
import type { Money } from "./money.js";

/** Turns ratios (bigint, or finite non-negative numbers like 70 or 0.25) into bigints on one scale. */
function integerRatios(ratios: ReadonlyArray<bigint | number>): bigint[] {
  const parsed = ratios.map((ratio) => {
    if (typeof ratio === "bigint") return { units: ratio, scale: 0 };
    if (typeof ratio !== "number" || !Number.isFinite(ratio)) throw new InvariantError(`bad ratio ${String(ratio)}`);
    const decimal = parseDecimal(String(ratio));
    if (!decimal.ok) throw new InvariantError(`ratio ${ratio} is not a plain decimal; pass a bigint`);
    return decimal.value;
  });
  const scale = Math.max(0, ...parsed.map((d) => d.scale));
  return parsed.map((d) => {
    const units = d.units * pow10(scale - d.scale);
    if (units < 0n) throw new InvariantError("allocation ratios must not be negative");
    return units;
  });
}

/**
 * Largest-remainder (Hamilton) split of `amount` by integer `weights`: each part gets its exact share
 * rounded toward zero, and the units left over go one each to the parts with the largest remainders (ties:
 * the larger weight, then the earlier part). Fewer units are left over than there are parts with a
 * remainder, so a part whose share is exact never gets one, and each part is strictly within one unit of
 * its share. A negative amount is split like its absolute value, then negated.
 */
function largestRemainder(amount: bigint, weights: ReadonlyArray<bigint>): bigint[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.length === 0 || total === 0n) throw new InvariantError("allocation needs at least one positive ratio");
  const magnitude = amount < 0n ? -amount : amount;
  const parts = weights.map((weight) => (magnitude * weight) / total);
  let left = magnitude - parts.reduce((sum, part) => sum + part, 0n);
  const byRemainder = weights
    .map((weight, index) => ({ index, weight, remainder: (magnitude * weight) % total }))
    .filter(({ remainder }) => remainder > 0n)
    .sort(
      (a, b) =>
        compareDescending(a.remainder, b.remainder) || compareDescending(a.weight, b.weight) || a.index - b.index,
    );
  for (const { index } of byRemainder) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return amount < 0n ? parts.map((part) => -part) : parts;
}

function compareDescending(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

/**
 * Splits an amount across parts in proportion to `ratios` without losing or creating a minor unit, by the
 * largest-remainder method: each part gets its share rounded toward zero, and the minor units left over go
 * one each to the parts whose shares lost the most (equal remainders: the larger ratio, then the earlier
 * part), so the parts always sum to the amount and each is strictly within one minor unit of its exact
 * share (a part whose share is a whole number of units gets exactly that). A negative amount is split like
 * its absolute value, then negated. Accepts bigint minor units (returns bigints) or Money (returns Money of
 * the same currency and scale).
 *
 * @see Fowler, "Patterns of Enterprise Application Architecture", Money (allocate); the largest remainder (Hamilton) method
 * @example allocate(100n, [1, 1, 1]) // [34n, 33n, 33n]
 */
export function allocate(amountMinor: bigint, ratios: ReadonlyArray<bigint | number>): bigint[];
export function allocate(amount: Money, ratios: ReadonlyArray<bigint | number>): Money[];
export function allocate(amount: bigint | Money, ratios: ReadonlyArray<bigint | number>): bigint[] | Money[] {
  const weights = integerRatios(ratios);
  if (typeof amount === "bigint") return largestRemainder(amount, weights);
  const { amount: units, currency, scale } = toSnapshot(amount);
  return largestRemainder(units, weights).map((part) => dinero({ amount: part, currency, scale }));
}
