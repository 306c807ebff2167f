import { fail, ok, type Result } from "../errors/index.js";
import type { Decimal } from "../money/index.js";
import { percentOf, type RatioRoundingSteps } from "./ratio.js";

/**
 * The property value for LTV, in minor units. For a purchase it is the lower of the sales price and
 * the appraised value; for a refinance, pass only the appraised value.
 *
 * @example const purchase: PropertyValuation = { appraisedValueMinor: 26_000_000n, salesPriceMinor: 25_000_000n };
 */
export interface PropertyValuation {
  readonly appraisedValueMinor: bigint;
  readonly salesPriceMinor?: bigint;
}

/** Input of {@link loanToValue}. @example const input: LoanToValueInput = { loanAmountMinor: 20_000_000n, appraisedValueMinor: 25_000_000n }; */
export interface LoanToValueInput extends PropertyValuation {
  readonly loanAmountMinor: bigint;
}

/** Input of {@link combinedLoanToValue}. @example const input: CombinedLoanToValueInput = { firstLienMinor: 20_000_000n, subordinateLiensMinor: [2_500_000n], appraisedValueMinor: 25_000_000n }; */
export interface CombinedLoanToValueInput extends PropertyValuation {
  readonly firstLienMinor: bigint;
  /** Balances of the subordinate liens (for HCLTV pass the full HELOC credit limits instead). */
  readonly subordinateLiensMinor: ReadonlyArray<bigint>;
}

/** Output of the LTV functions. @example result.percent // 80 */
export interface LoanToValueResult {
  readonly percent: Decimal;
  readonly propertyValueMinor: bigint;
  readonly lienTotalMinor: bigint;
}

function propertyValue(valuation: PropertyValuation): Result<bigint> {
  const { appraisedValueMinor: appraised, salesPriceMinor: price } = valuation;
  if (typeof appraised !== "bigint" || appraised <= 0n) {
    return fail("invalid_amount", "appraised value must be a positive bigint of minor units", ["appraisedValueMinor"]);
  }
  if (price === undefined) return ok(appraised);
  if (typeof price !== "bigint" || price <= 0n) {
    return fail("invalid_amount", "sales price must be a positive bigint of minor units", ["salesPriceMinor"]);
  }
  if (price < appraised) return ok(price);
  return ok(appraised);
}

function ratio(liens: ReadonlyArray<bigint>, valuation: PropertyValuation, rounding: RatioRoundingSteps) {
  const value = propertyValue(valuation);
  if (!value.ok) return value;
  let total = 0n;
  for (const [index, lien] of liens.entries()) {
    if (typeof lien !== "bigint" || lien < 0n) {
      return fail("invalid_amount", "a loan amount must be a non-negative bigint of minor units", ["liens", index]);
    }
    total += lien;
  }
  const percent = percentOf(total, value.value, rounding, "propertyValueMinor");
  if (!percent.ok) return percent;
  return ok({ percent: percent.value, propertyValueMinor: value.value, lienTotalMinor: total });
}

/**
 * Loan-to-value: loan amount / property value × 100, the value being the lower of the sales price
 * and the appraised value. Pass `fannieMaeLtvRounding` for Fannie Mae's truncate-then-round-up rule.
 *
 * Fails with `invalid_amount` or `invalid_rounding`.
 *
 * @see Fannie Mae Selling Guide B2-1.2-01, Loan-to-Value (LTV) Ratios
 * @example
 * loanToValue({ loanAmountMinor: 20_000_000n, appraisedValueMinor: 26_000_000n, salesPriceMinor: 25_000_000n }, { scale: 2, mode: "half-up" })
 * // ok({ percent: 80.00, propertyValueMinor: 25_000_000n, ... }) — $200,000 / min($260,000, $250,000)
 */
export function loanToValue(input: LoanToValueInput, rounding: RatioRoundingSteps): Result<LoanToValueResult> {
  return ratio([input.loanAmountMinor], input, rounding);
}

/**
 * Combined loan-to-value: (first lien + all subordinate liens) / property value × 100.
 *
 * @see Fannie Mae Selling Guide B2-1.2-02, Combined Loan-to-Value (CLTV) Ratios
 * @example
 * combinedLoanToValue({ firstLienMinor: 20_000_000n, subordinateLiensMinor: [2_500_000n], appraisedValueMinor: 25_000_000n }, { scale: 2, mode: "half-up" })
 * // ok({ percent: 90.00, ... }) — ($200,000 + $25,000) / $250,000
 */
export function combinedLoanToValue(
  input: CombinedLoanToValueInput,
  rounding: RatioRoundingSteps,
): Result<LoanToValueResult> {
  return ratio([input.firstLienMinor, ...input.subordinateLiensMinor], input, rounding);
}
