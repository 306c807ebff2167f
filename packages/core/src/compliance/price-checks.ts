import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, dec, subtract } from "../money/index.js";
import { type ComplianceCheckResult, parsePercent, showDecimal } from "./check-result.js";
import {
  higherPricedCoveredTransactionThresholds,
  higherPricedMortgageLoanThresholds,
  type LienSpreadThresholds,
  type QmPriceThresholdTable,
  qmPriceThresholdTables,
} from "./price-thresholds.js";

/** @example const lien: LienStatus = "first"; */
export type LienStatus = "first" | "subordinate";

/**
 * Rates as percentage decimal strings (`"6.875"`), APOR as of the date the rate was set.
 *
 * @example const input: RateSpreadInput = { aprPercent: "8.25", averagePrimeOfferRatePercent: "6.75", lienStatus: "first" };
 */
export interface RateSpreadInput {
  readonly aprPercent: string;
  readonly averagePrimeOfferRatePercent: string;
  readonly lienStatus: LienStatus;
}

/** Input of {@link checkGeneralQmPriceThreshold}. @example const input: GeneralQmPriceInput = { aprPercent: "8.99", averagePrimeOfferRatePercent: "6.75", lienStatus: "first", loanAmountMinor: 30_000_000n, thresholdDate: date("2026-03-02") }; */
export interface GeneralQmPriceInput extends RateSpreadInput {
  /** Face amount of the loan in USD cents. */
  readonly loanAmountMinor: bigint;
  readonly isManufacturedHome?: boolean;
  /** Selects the year's loan-amount bands (use the consummation date; bands are "effective January 1"). */
  readonly thresholdDate: LocalDate;
}

function spreadOf(input: RateSpreadInput): Result<{ apr: Decimal; apor: Decimal; spread: Decimal }> {
  const apr = parsePercent(input.aprPercent, "aprPercent");
  if (!apr.ok) return apr;
  const apor = parsePercent(input.averagePrimeOfferRatePercent, "averagePrimeOfferRatePercent");
  if (!apor.ok) return apor;
  if (input.lienStatus !== "first" && input.lienStatus !== "subordinate") {
    return fail("invalid_lien_status", 'lienStatus must be "first" or "subordinate"', ["lienStatus"]);
  }
  return ok({ apr: apr.value, apor: apor.value, spread: subtract(apr.value, apor.value) });
}

function qmBand(table: QmPriceThresholdTable, input: GeneralQmPriceInput): { band: string; threshold: string } {
  const amount = input.loanAmountMinor;
  if (input.lienStatus === "subordinate") {
    const sub = table.subordinateLien;
    return amount >= sub.bandMinor
      ? { band: "subordinate_large", threshold: sub.largeSpread }
      : { band: "subordinate_small", threshold: sub.smallSpread };
  }
  const first = table.firstLien;
  if (input.isManufacturedHome === true && amount < first.upperBandMinor) {
    return { band: "first_manufactured_home", threshold: first.manufacturedHomeSpread };
  }
  if (amount >= first.upperBandMinor) return { band: "first_large", threshold: first.largeSpread };
  if (amount >= first.lowerBandMinor) return { band: "first_middle", threshold: first.middleSpread };
  return { band: "first_small", threshold: first.smallSpread };
}

/**
 * The price-based General QM test: a loan is not a General QM when its APR is at or above APOR plus
 * the threshold for its lien and loan-amount band (the year's bands from `tables`). `passed` means
 * the spread is below the threshold. Codes: `general_qm_price_within_threshold`,
 * `general_qm_price_threshold_exceeded`. Failures: `invalid_rate`, `invalid_lien_status`,
 * `invalid_amount`, `no_threshold_table` (no table for the year).
 *
 * For loans whose rate can change in the first five years the APR for this test is computed
 * differently (§ 1026.43(e)(2)(vi)(B)); pass that APR.
 *
 * @see 12 CFR 1026.43(e)(2)(vi)
 * @example
 * checkGeneralQmPriceThreshold({ aprPercent: "9.00", averagePrimeOfferRatePercent: "6.75", lienStatus: "first", loanAmountMinor: 30_000_000n, thresholdDate: date("2026-03-02") })
 * // ok({ passed: false, code: "general_qm_price_threshold_exceeded", … }) — spread 2.25 ≥ 2.25
 */
export function checkGeneralQmPriceThreshold(
  input: GeneralQmPriceInput,
  tables: ReadonlyArray<QmPriceThresholdTable> = qmPriceThresholdTables,
): Result<ComplianceCheckResult> {
  const rates = spreadOf(input);
  if (!rates.ok) return rates;
  if (typeof input.loanAmountMinor !== "bigint" || input.loanAmountMinor <= 0n) {
    return fail("invalid_amount", "loanAmountMinor must be a positive bigint of USD cents", ["loanAmountMinor"]);
  }
  const year = Number(String(input.thresholdDate).slice(0, 4));
  const table = tables.find((each) => each.year === year);
  if (!table) {
    return fail("no_threshold_table", `no General QM threshold table for ${year}`, ["thresholdDate"], {
      years: tables.map((each) => each.year),
    });
  }
  const { band, threshold } = qmBand(table, input);
  const passed = compare(rates.value.spread, dec(threshold)) < 0;
  return ok({
    check: "general_qm_price",
    passed,
    code: passed ? "general_qm_price_within_threshold" : "general_qm_price_threshold_exceeded",
    message: passed
      ? `APR − APOR of ${showDecimal(rates.value.spread)} is below ${threshold} points (${band})`
      : `APR − APOR of ${showDecimal(rates.value.spread)} is at or above ${threshold} points (${band}): not a General QM`,
    values: {
      aprPercent: showDecimal(rates.value.apr),
      averagePrimeOfferRatePercent: showDecimal(rates.value.apor),
      spreadPercentagePoints: showDecimal(rates.value.spread),
      thresholdPercentagePoints: threshold,
      band,
      loanAmountMinor: input.loanAmountMinor.toString(),
      tableYear: String(table.year),
    },
    citation: table.citation,
  });
}

function spreadCheck(
  check: string,
  label: string,
  thresholds: LienSpreadThresholds,
  input: RateSpreadInput,
  isJumbo: boolean,
): Result<ComplianceCheckResult> {
  const rates = spreadOf(input);
  if (!rates.ok) return rates;
  const threshold =
    input.lienStatus === "subordinate"
      ? thresholds.subordinateLien
      : isJumbo
        ? thresholds.firstLienJumbo
        : thresholds.firstLien;
  const isHigherPriced = compare(rates.value.spread, dec(threshold)) >= 0;
  return ok({
    check,
    passed: !isHigherPriced,
    code: isHigherPriced ? check : `not_${check}`,
    message: `APR − APOR of ${showDecimal(rates.value.spread)} is ${isHigherPriced ? "at or above" : "below"} ${threshold} points: ${isHigherPriced ? "" : "not "}${label}`,
    values: {
      aprPercent: showDecimal(rates.value.apr),
      averagePrimeOfferRatePercent: showDecimal(rates.value.apor),
      spreadPercentagePoints: showDecimal(rates.value.spread),
      thresholdPercentagePoints: threshold,
      lienStatus: input.lienStatus,
      ...(check === "higher_priced_mortgage_loan" ? { isAboveConformingLimit: String(isJumbo) } : {}),
    },
    citation: thresholds.citation,
  });
}

/**
 * Higher-priced mortgage loan test: APR ≥ APOR + 1.5 (first lien), + 2.5 (first lien above the
 * Freddie Mac conforming limit in effect at consummation), + 3.5 (subordinate). `passed` means NOT
 * higher-priced (no HPML escrow and appraisal requirements). Codes: `higher_priced_mortgage_loan`,
 * `not_higher_priced_mortgage_loan`.
 *
 * @see 12 CFR 1026.35(a)(1)
 * @example
 * checkHigherPricedMortgageLoan({ aprPercent: "8.25", averagePrimeOfferRatePercent: "6.75", lienStatus: "first", isAboveConformingLimit: false })
 * // ok({ passed: false, code: "higher_priced_mortgage_loan", … }) — spread 1.50 ≥ 1.5
 */
export function checkHigherPricedMortgageLoan(
  input: RateSpreadInput & { readonly isAboveConformingLimit: boolean },
  thresholds: LienSpreadThresholds = higherPricedMortgageLoanThresholds,
): Result<ComplianceCheckResult> {
  return spreadCheck(
    "higher_priced_mortgage_loan",
    "a higher-priced mortgage loan",
    thresholds,
    input,
    input.isAboveConformingLimit === true,
  );
}

/**
 * Higher-priced covered transaction test (ATR): a QM that is not higher-priced has a safe harbor,
 * one that is has a rebuttable presumption. `passed` means not higher-priced (safe harbor). Codes:
 * `higher_priced_covered_transaction`, `not_higher_priced_covered_transaction`.
 *
 * @see 12 CFR 1026.43(b)(4)
 * @example
 * checkHigherPricedCoveredTransaction({ aprPercent: "10.24", averagePrimeOfferRatePercent: "6.75", lienStatus: "subordinate" })
 * // ok({ passed: true, … }) — spread 3.49 < 3.5
 */
export function checkHigherPricedCoveredTransaction(
  input: RateSpreadInput,
  thresholds: LienSpreadThresholds = higherPricedCoveredTransactionThresholds,
): Result<ComplianceCheckResult> {
  return spreadCheck(
    "higher_priced_covered_transaction",
    "a higher-priced covered transaction",
    thresholds,
    input,
    false,
  );
}
