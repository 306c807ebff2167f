import { formatDecimal } from "../money/index.js";
import { militaryAprLimitPercent } from "../pricing/index.js";
import type { Citation } from "./check-result.js";

/**
 * One year's General QM price thresholds (12 CFR 1026.43(e)(2)(vi)(A)-(F)): the APR − APOR spread
 * at or above which a loan is not a General QM, by lien and loan-amount band. Dollar bands are in
 * USD cents and change every 1 January.
 *
 * @example const table: QmPriceThresholdTable | undefined = qmPriceThresholdTables.find((t) => t.year === 2026);
 */
export interface QmPriceThresholdTable {
  readonly year: number;
  readonly citation: Citation;
  readonly firstLien: {
    /** Loans at or above this amount use `largeSpread`. */
    readonly upperBandMinor: bigint;
    /** Loans at or above this amount (and below the upper band) use `middleSpread`; below it, `smallSpread`. */
    readonly lowerBandMinor: bigint;
    readonly largeSpread: string;
    readonly middleSpread: string;
    readonly smallSpread: string;
    /** Manufactured-home first liens below `upperBandMinor`. */
    readonly manufacturedHomeSpread: string;
  };
  readonly subordinateLien: {
    readonly bandMinor: bigint;
    readonly largeSpread: string;
    readonly smallSpread: string;
  };
}

const qmSpreads = {
  largeSpread: "2.25",
  middleSpread: "3.5",
  smallSpread: "6.5",
  manufacturedHomeSpread: "6.5",
} as const;

/**
 * General QM price thresholds by year. Sources: shared/reference/apr-and-compliance.md §5; 2025 bands
 * 89 FR 95080; 2026 bands 90 FR 57890 (FR Doc 2025-22773).
 *
 * @example qmPriceThresholdTables.find((t) => t.year === 2026)?.firstLien.upperBandMinor === 13_795_800n
 */
export const qmPriceThresholdTables: ReadonlyArray<QmPriceThresholdTable> = [
  {
    year: 2025,
    citation: { source: "12 CFR 1026.43(e)(2)(vi); 89 FR 95080 (2025 adjustment)", tableVersion: "2025" },
    firstLien: { upperBandMinor: 13_484_100n, lowerBandMinor: 8_090_500n, ...qmSpreads },
    subordinateLien: { bandMinor: 8_090_500n, largeSpread: "3.5", smallSpread: "6.5" },
  },
  {
    year: 2026,
    citation: {
      source: "12 CFR 1026.43(e)(2)(vi); 90 FR 57890, FR Doc 2025-22773 (2026 adjustment)",
      url: "https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22773.htm",
      tableVersion: "2026",
    },
    firstLien: { upperBandMinor: 13_795_800n, lowerBandMinor: 8_277_500n, ...qmSpreads },
    subordinateLien: { bandMinor: 8_277_500n, largeSpread: "3.5", smallSpread: "6.5" },
  },
];

/**
 * A spread threshold over APOR by lien, with its citation.
 *
 * @example const hpml: LienSpreadThresholds = higherPricedMortgageLoanThresholds;
 */
export interface LienSpreadThresholds {
  readonly citation: Citation;
  readonly firstLien: string;
  /** First liens above the Freddie Mac conforming loan limit (HPML only). */
  readonly firstLienJumbo: string;
  readonly subordinateLien: string;
}

/**
 * Higher-priced covered transaction (ATR/QM safe harbor vs rebuttable presumption): APR ≥ APOR + 1.5
 * (first lien) or + 3.5 (subordinate lien). There is no jumbo tier, so it equals the first-lien figure.
 *
 * @example higherPricedCoveredTransactionThresholds.subordinateLien === "3.5"
 */
export const higherPricedCoveredTransactionThresholds: LienSpreadThresholds = {
  citation: { source: "12 CFR 1026.43(b)(4)", tableVersion: "2021" },
  firstLien: "1.5",
  firstLienJumbo: "1.5",
  subordinateLien: "3.5",
};

/**
 * Higher-priced mortgage loan: APR ≥ APOR + 1.5 (first lien), + 2.5 (first lien above the
 * conforming loan limit), + 3.5 (subordinate lien).
 *
 * @example higherPricedMortgageLoanThresholds.firstLienJumbo === "2.5"
 */
export const higherPricedMortgageLoanThresholds: LienSpreadThresholds = {
  citation: { source: "12 CFR 1026.35(a)(1)", url: "https://www.ecfr.gov/current/title-12/part-1026/section-1026.35" },
  firstLien: "1.5",
  firstLienJumbo: "2.5",
  subordinateLien: "3.5",
};

/**
 * Military Lending Act cap on the Military APR for a covered borrower.
 *
 * @example militaryLendingActCap.maxMaprPercent === "36"
 */
export const militaryLendingActCap = {
  citation: {
    source: "32 CFR 232.4(b); 10 U.S.C. 987(b)",
    url: "https://www.ecfr.gov/current/title-32/part-232/section-232.4",
  },
  /** The one figure, shared with `pricing/`'s `checkMilitaryApr` so the two can never disagree. */
  maxMaprPercent: formatDecimal(militaryAprLimitPercent),
} as const;
