import { divideRounded } from "../../money/index.js";

/**
 * How far verified income is from stated income, in basis points of the stated: |stated − verified| ×
 * 10,000 / stated, rounded half-up to a whole basis point; undefined when nothing (or a negative) was
 * stated, where no ratio exists.
 *
 * @example incomeVarianceBasisPoints(500_000n, 416_667n) // 1_667n: 83,333 × 10,000 / 500,000 = 1,666.66 → 1,667
 */
export function incomeVarianceBasisPoints(statedMinor: bigint, verifiedMinor: bigint): bigint | undefined {
  if (statedMinor <= 0n) return undefined;
  const difference = statedMinor > verifiedMinor ? statedMinor - verifiedMinor : verifiedMinor - statedMinor;
  return divideRounded(difference * 10_000n, statedMinor, "half-up");
}
