/**
 * The largest amount the API accepts or returns, in minor units: 10^13 (USD 100 billion, JPY 10 trillion).
 * Every figure derived from amounts below it (interest over a long schedule, sums over schedules, ledger
 * totals across a loan's life) stays far below 2^53 − 1, so it travels as an exact JSON integer. A request
 * amount above it is refused with `amount_out_of_range`.
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
