import { type Decimal, decimal, divide, type RatioRounding } from "../money/index.js";

/**
 * `numerator ÷ denominator` as an exact Decimal fraction rounded as asked (scale 6 gives 0.123457 = 12.3457 %); zero when the denominator
 * is zero (an empty portfolio has nothing at risk), at the same scale.
 *
 * @example
 * formatDecimal(ratioOf(1n, 3n, { scale: 4, mode: "half-even" })); // "0.3333"
 */
export function ratioOf(numerator: bigint, denominator: bigint, rounding: RatioRounding): Decimal {
  if (denominator === 0n) return decimal(0n, rounding.scale);
  return divide(decimal(numerator), decimal(denominator), rounding.scale, rounding.mode);
}
