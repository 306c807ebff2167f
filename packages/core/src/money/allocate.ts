import { InvariantError } from "../errors/index.js";
import { parseDecimal, pow10 } from "./decimal.js";
import { currencyOf, type Money, money, toMinor } from "./money.js";

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

function allocateMinor(amountMinor: bigint, ratios: ReadonlyArray<bigint | number>): bigint[] {
  const weights = integerRatios(ratios);
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.length === 0 || total === 0n) throw new InvariantError("allocation needs at least one positive ratio");
  const sign = amountMinor < 0n ? -1n : 1n;
  const magnitude = amountMinor * sign;
  const parts = weights.map((weight) => (magnitude * weight) / total);
  const remainders = weights.map((weight) => (magnitude * weight) % total);
  let leftover = magnitude - parts.reduce((sum, part) => sum + part, 0n);
  // Largest remainder first; equal remainders go to the earlier part (deterministic).
  const order = weights
    .map((_, index) => index)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const index of order) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  if (leftover !== 0n) throw new InvariantError("allocation left minor units over");
  return parts.map((part) => part * sign);
}

/**
 * Splits an amount across parts in proportion to `ratios` without losing or creating a minor unit:
 * the parts always sum to the amount, and each part is within one minor unit of its exact share
 * (largest-remainder method; equal remainders favour the earlier part). A negative amount is split
 * like its absolute value, then negated. Accepts bigint minor units (returns bigints) or Money
 * (returns Money of the same currency).
 *
 * @see Hamilton's largest remainder method; Fowler, "Patterns of Enterprise Application Architecture", Money (allocate)
 * @example allocate(100n, [1, 1, 1]) // [34n, 33n, 33n]
 */
export function allocate(amountMinor: bigint, ratios: ReadonlyArray<bigint | number>): bigint[];
export function allocate(amount: Money, ratios: ReadonlyArray<bigint | number>): Money[];
export function allocate(amount: bigint | Money, ratios: ReadonlyArray<bigint | number>): bigint[] | Money[] {
  if (typeof amount === "bigint") return allocateMinor(amount, ratios);
  const currency = currencyOf(amount);
  return allocateMinor(toMinor(amount), ratios).map((part) => money(part, currency));
}
