import { InvariantError } from "../errors/index.js";

/**
 * How a value that falls between two representable values is settled.
 * - `half-even`: to nearest, ties to the even neighbour (banker's rounding)
 * - `half-up`: to nearest, ties away from zero (the schoolbook rule)
 * - `down`: toward zero (truncate); `up`: away from zero
 * - `floor`: toward negative infinity; `ceiling`: toward positive infinity
 */
export type RoundingMode = "half-even" | "half-up" | "down" | "up" | "floor" | "ceiling";

/**
 * How a ratio or percentage is rounded: `scale` decimal places and the rounding mode, always named
 * by the caller (no silent default). Reporting's ratios and underwriting's percentages share it.
 *
 * @example const rounding: RatioRounding = { scale: 6, mode: "half-even" };
 */
export interface RatioRounding {
  readonly scale: number;
  readonly mode: RoundingMode;
}

export const roundingModes: ReadonlyArray<RoundingMode> = ["half-even", "half-up", "down", "up", "floor", "ceiling"];

/**
 * Integer division of `numerator / denominator` rounded by `mode`. Exact: no float is involved.
 *
 * @example
 * divideRounded(5n, 2n, "half-even") === 2n; divideRounded(-7n, 2n, "half-up") === -4n
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new InvariantError("division by zero");
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator - quotient * denominator;
  if (remainder === 0n) return quotient;
  const sign = numerator < 0n ? -1n : 1n;
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case "down":
      return quotient;
    case "up":
      return quotient + sign;
    case "floor":
      return sign < 0n ? quotient - 1n : quotient;
    case "ceiling":
      return sign > 0n ? quotient + 1n : quotient;
    case "half-up":
      return twiceRemainder >= denominator ? quotient + sign : quotient;
    case "half-even": {
      if (twiceRemainder > denominator) return quotient + sign;
      if (twiceRemainder < denominator) return quotient;
      return quotient % 2n === 0n ? quotient : quotient + sign;
    }
  }
}
