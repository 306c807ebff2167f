import { dinero, allocate as dineroAllocate, toSnapshot } from "dinero.js/bigint";
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

/** ISO 4217 "XXX" (no currency): lets dinero.js split a bare count of minor units. */
const noCurrency = Object.freeze({ code: "XXX", base: 10n, exponent: 0n });

function allocateDinero(amount: Money, ratios: ReadonlyArray<bigint | number>): Money[] {
  const weights = integerRatios(ratios);
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.length === 0 || total === 0n) throw new InvariantError("allocation needs at least one positive ratio");
  return dineroAllocate(amount, weights);
}

/**
 * Splits an amount across parts in proportion to `ratios` without losing or creating a minor unit,
 * by dinero.js's `allocate`: each part gets its share rounded toward zero, and the minor units left
 * over go one each to the parts with the largest ratios (equal ratios: the earlier part first), so
 * the parts always sum to the amount and each is within one minor unit of its exact share. A
 * negative amount is split like its absolute value, then negated. Accepts bigint minor units
 * (returns bigints) or Money (returns Money of the same currency).
 *
 * @see https://dinerojs.com/api/mutations/allocate; Fowler, "Patterns of Enterprise Application Architecture", Money (allocate)
 * @example allocate(100n, [1, 1, 1]) // [34n, 33n, 33n]
 */
export function allocate(amountMinor: bigint, ratios: ReadonlyArray<bigint | number>): bigint[];
export function allocate(amount: Money, ratios: ReadonlyArray<bigint | number>): Money[];
export function allocate(amount: bigint | Money, ratios: ReadonlyArray<bigint | number>): bigint[] | Money[] {
  if (typeof amount !== "bigint") return allocateDinero(amount, ratios);
  const parts = allocateDinero(dinero({ amount, currency: noCurrency }), ratios);
  return parts.map((part) => toSnapshot(part).amount);
}
