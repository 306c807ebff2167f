import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, decimal, divide, type RatioRounding, round } from "../money/index.js";

/**
 * How a ratio is rounded: one step, or several applied in order (the first to the exact value).
 *
 * @example const twoDecimals: RatioRoundingSteps = { scale: 2, mode: "half-up" };
 */
export type RatioRoundingSteps = RatioRounding | ReadonlyArray<RatioRounding>;

/**
 * Fannie Mae's LTV/CLTV/HCLTV rounding: truncate to two decimals, then round up to the next whole
 * percent (94.01% → 95%, 80.001% → 80%).
 *
 * @see Fannie Mae Selling Guide B2-1.2-01, Loan-to-Value (LTV) Ratios; Announcement SEL-2010-01
 * @example loanToValue({ loanAmountMinor: 9_401n, appraisedValueMinor: 10_000n }, fannieMaeLtvRounding)
 */
export const fannieMaeLtvRounding: ReadonlyArray<RatioRounding> = [
  { scale: 2, mode: "down" },
  { scale: 0, mode: "ceiling" },
];

/**
 * Largest number of decimals a percentage may be rounded to.
 *
 * @example maxRatioScale === 12
 */
export const maxRatioScale = 12;

/**
 * `numerator / denominator × 100`, rounded by the given steps. Amounts are minor units of one
 * currency. Fails with `invalid_rounding` for a bad step and `zero_denominator` for a zero base.
 *
 * @example percentOf(3_600n, 10_000n, { scale: 2, mode: "half-up" }) // ok(36.00)
 */
export function percentOf(
  numeratorMinor: bigint,
  denominatorMinor: bigint,
  rounding: RatioRoundingSteps,
  denominatorName = "denominator",
): Result<Decimal> {
  const steps: ReadonlyArray<RatioRounding> = Array.isArray(rounding) ? rounding : [rounding as RatioRounding];
  if (steps.length === 0) return fail("invalid_rounding", "at least one rounding step is needed", ["rounding"]);
  for (const [index, step] of steps.entries()) {
    if (!Number.isInteger(step.scale) || step.scale < 0 || step.scale > maxRatioScale) {
      return fail("invalid_rounding", `rounding scale must be an integer 0-${maxRatioScale}`, ["rounding", index]);
    }
  }
  if (denominatorMinor === 0n) {
    return fail("zero_denominator", `${denominatorName} is zero, so the ratio is undefined`, [denominatorName]);
  }
  const [first, ...rest] = steps;
  let value = divide(decimal(numeratorMinor * 100n), decimal(denominatorMinor), first!.scale, first!.mode);
  for (const step of rest) value = round(value, step.scale, step.mode);
  return ok(value);
}
