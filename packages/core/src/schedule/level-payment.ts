import { divideRounded, type RoundingMode } from "../money/index.js";

/**
 * Rounds `numerator / denominator` to a multiple of `multiple` by `mode`: `multiple` = 1n rounds to the minor
 * unit, 100n to whole dollars.
 *
 * @example roundToMultiple(119_910n, 100n, 100n, "half-up") === 1_200n
 */
export function roundToMultiple(numerator: bigint, denominator: bigint, multiple: bigint, mode: RoundingMode): bigint {
  return divideRounded(numerator, denominator * multiple, mode) * multiple;
}

/**
 * The exact level payment that amortizes `principal` over `count` periods, as a fraction `[numerator, denominator]`.
 * The regular period rate is `i = a/b`; the first period's rate is `c/d` (an odd first period, or `a/b`); `balloon`
 * is left owing after the last level payment (and is paid with it).
 *
 * Discounting every payment to the first due date: L(1 + c/d) = PMT × (1 − v^m)(1 + i)/i + B v^(m−1), v = 1/(1+i),
 * which gives PMT = [L (d + c)(a + b)^(m−1) − d B b^(m−1)] × a / (d ((a + b)^m − b^m)). With no balloon and no odd
 * period this is the textbook annuity payment L i (1+i)^m / ((1+i)^m − 1), the spreadsheet PMT(i, m, −L).
 * Everything is integer, so the only rounding is the caller's.
 *
 * @see Kellison, The Theory of Interest, 3rd ed., § 3.2 (annuity-immediate present value) and § 5.2 (amortization)
 * @example levelPaymentFraction(20_000_000n, 0n, 1n, 200n, 1n, 200n, 360) // PMT(0.5%, 360, −200000) = 1199.10 $
 */
export function levelPaymentFraction(
  principal: bigint,
  balloon: bigint,
  a: bigint,
  b: bigint,
  c: bigint,
  d: bigint,
  count: number,
): [bigint, bigint] {
  if (a === 0n) return [principal - balloon, BigInt(count)];
  const m = BigInt(count);
  const growthBeforeLast = (a + b) ** (m - 1n);
  const baseBeforeLast = b ** (m - 1n);
  const numerator = (principal * (d + c) * growthBeforeLast - d * balloon * baseBeforeLast) * a;
  const denominator = d * (growthBeforeLast * (a + b) - baseBeforeLast * b);
  return [numerator, denominator];
}

/** Greatest common divisor of two non-negative bigints. @example gcd(12n, 18n) === 6n */
export function gcd(x: bigint, y: bigint): bigint {
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
