import { divideRounded, type RoundingMode } from "../money/index.js";
import type { PeriodsPerYear } from "../schedule/index.js";

const scale = 10n ** 30n;

/** (1 + i)^n on a 10^30 fixed-point scale, by squaring, each product rounded half-even. */
function growth(periodicRateScaled: bigint, periods: number): bigint {
  let result = scale;
  let base = scale + periodicRateScaled;
  let n = periods;
  while (n > 0) {
    if (n & 1) result = divideRounded(result * base, scale, "half-even");
    base = divideRounded(base * base, scale, "half-even");
    n >>= 1;
  }
  return result;
}

/**
 * The level installment (principal + interest, minor units) that repays `principalMinor` over
 * `periods` periods at `rateUnits` (10^-10 percent a year) with `periodsPerYear` periods a year:
 *
 *   A = P × i / (1 − (1 + i)^−n),  i = annual rate / 100 / periodsPerYear
 *
 * computed on a 10^30 fixed-point scale and rounded once by `mode` to a multiple of `multipleMinor`.
 * With a zero rate, A = P / n.
 *
 * @see Kellison, The Theory of Interest, 3rd ed., §3.2 (present value of an annuity-immediate)
 * @example
 * levelInstallment(20_000_000n, 60_000_000_000n, 12, 360, "half-up", 1n) === 119_910n // $1,199.10 a month: $200,000 at 6 % over 30 years
 */
export function levelInstallment(
  principalMinor: bigint,
  rateUnits: bigint,
  periodsPerYear: number | PeriodsPerYear,
  periods: number,
  mode: RoundingMode,
  multipleMinor: bigint,
): bigint {
  if (periods <= 0 || principalMinor <= 0n) return principalMinor > 0n ? principalMinor : 0n;
  const toMultiple = (exact: { n: bigint; d: bigint }) =>
    divideRounded(exact.n, exact.d * multipleMinor, mode) * multipleMinor;
  if (rateUnits === 0n) return toMultiple({ n: principalMinor, d: BigInt(periods) });
  // i on the fixed-point scale: rateUnits / (100 × 10^10 × periodsPerYear), periodsPerYear = p / q
  const { numerator: p, denominator: q } =
    typeof periodsPerYear === "number" ? { numerator: BigInt(periodsPerYear), denominator: 1n } : periodsPerYear;
  const i = divideRounded(rateUnits * q * scale, 100n * 10n ** 10n * p, "half-even");
  const g = growth(i, periods);
  // A = P × i × g / (g − 1)
  return toMultiple({ n: principalMinor * i * g, d: scale * (g - scale) });
}
