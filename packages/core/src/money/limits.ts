/**
 * The largest amount the API accepts, in minor units: 10^13 (USD 100 billion, JPY 10 trillion). It leaves a
 * headroom of 900× below 2^53 − 1 (9.007 × 10^15), so figures derived from accepted amounts (interest over a
 * schedule, sums over schedules, ledger totals) still travel as exact JSON integers unless a rate and term multiply
 * the principal 900-fold. A request amount above it is refused with `amount_out_of_range`.
 *
 * @example maxAmountMinor === 10_000_000_000_000n
 */
export const maxAmountMinor = 10_000_000_000_000n;

/**
 * `maxAmountMinor` as a JS number (exact: it is far below 2^53), for schema bounds.
 *
 * @example maxAmount === 10_000_000_000_000
 */
export const maxAmount = 10_000_000_000_000;

/**
 * True when `amountMinor` is within ±`maxAmountMinor`.
 *
 * @example isAmountInRange(10_000_000_000_001n) === false
 */
export function isAmountInRange(amountMinor: bigint): boolean {
  return amountMinor <= maxAmountMinor && amountMinor >= -maxAmountMinor;
}
