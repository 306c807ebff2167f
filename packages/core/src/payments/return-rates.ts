import { divideRounded } from "../money/index.js";
import { achReturnRule } from "./return-codes.js";

/**
 * NACHA's return-rate levels, in basis points of debit entries over the measurement period:
 * unauthorized 50 (0.5 %), administrative 300 (3 %), overall 1500 (15 %).
 *
 * @see NACHA Operating Rules, Subsection 2.17.2 (ODFI return rate reporting)
 * @example achReturnRateThresholds.unauthorized === 50
 */
export const achReturnRateThresholds = Object.freeze({ unauthorized: 50, administrative: 300, overall: 1500 });

/** One return-rate figure. */
export interface AchReturnRate {
  readonly returns: number;
  /** Basis points of debit entries, rounded half-even. */
  readonly basisPoints: bigint;
  /** Strictly above the threshold (exact comparison, not the rounded figure). */
  readonly exceedsThreshold: boolean;
}

function rate(returns: number, debitEntries: number, thresholdBasisPoints: number): AchReturnRate {
  if (debitEntries === 0) return { returns, basisPoints: 0n, exceedsThreshold: false };
  const scaled = BigInt(returns) * 10_000n;
  return {
    returns,
    basisPoints: divideRounded(scaled, BigInt(debitEntries), "half-even"),
    exceedsThreshold: scaled > BigInt(thresholdBasisPoints) * BigInt(debitEntries),
  };
}

/** Return rates by category. */
export interface AchReturnRates {
  readonly unauthorized: AchReturnRate;
  readonly administrative: AchReturnRate;
  readonly overall: AchReturnRate;
}

/**
 * Return rates of an originator over a period: debit entries originated, and the R codes of the
 * debit returns received for them.
 *
 * @example achReturnRates(1000, ["R10", "R01"]).unauthorized.basisPoints === 10n
 */
export function achReturnRates(debitEntries: number, returnCodes: ReadonlyArray<string>): AchReturnRates {
  return achReturnRatesOfCounts(
    debitEntries,
    returnCodes.map((code) => ({ code, returns: 1 })),
  );
}

/**
 * `achReturnRates` from returns counted per R code (as a database groups them).
 *
 * @example achReturnRatesOfCounts(1000, [{ code: "R10", returns: 6 }]).unauthorized.exceedsThreshold === true
 */
export function achReturnRatesOfCounts(
  debitEntries: number,
  returns: ReadonlyArray<{ readonly code: string; readonly returns: number }>,
): AchReturnRates {
  let unauthorized = 0;
  let administrative = 0;
  let overall = 0;
  for (const { code, returns: n } of returns) {
    const category = achReturnRule(code).category;
    if (category === "unauthorized") unauthorized += n;
    else if (category === "administrative") administrative += n;
    overall += n;
  }
  return {
    unauthorized: rate(unauthorized, debitEntries, achReturnRateThresholds.unauthorized),
    administrative: rate(administrative, debitEntries, achReturnRateThresholds.administrative),
    overall: rate(overall, debitEntries, achReturnRateThresholds.overall),
  };
}
