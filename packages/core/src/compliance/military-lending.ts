import { fail, ok, type Result } from "../errors/index.js";
import { compare, dec, formatDecimal } from "../money/index.js";
import { checkMilitaryApr, type MilitaryAprInput } from "../pricing/index.js";
import { type ComplianceCheckResult, parsePercent, showDecimal } from "./check-result.js";
import { militaryLendingActCap } from "./price-thresholds.js";

/** Input of {@link checkMilitaryAnnualPercentageRate}. @example const input: MilitaryLendingInput = { maprPercent: "35.99", isCoveredBorrower: true }; */
export interface MilitaryLendingInput {
  /**
   * The Military APR as a percentage decimal string: the Reg Z APR method applied to the finance
   * charge plus the charges § 232.4(c) adds (credit insurance, debt cancellation, ancillary
   * products, application and participation fees). Compute it with `pricing/`.
   */
  readonly maprPercent: string;
  /** A covered member or dependant, per the DoD MLA database check (32 CFR 232.5). */
  readonly isCoveredBorrower: boolean;
}

/**
 * The Military Lending Act cap: a covered borrower's MAPR may not exceed 36% (36.00% passes,
 * 36.01% fails; the comparison is exact). A borrower who is not covered passes with
 * `mla_not_covered`. Codes: `mla_mapr_within_cap`, `mla_mapr_exceeds_cap`, `mla_not_covered`.
 *
 * @see 32 CFR 232.4(b); 10 U.S.C. 987(b)
 * @example checkMilitaryAnnualPercentageRate({ maprPercent: "36.01", isCoveredBorrower: true }) // ok({ passed: false, code: "mla_mapr_exceeds_cap", … })
 */
export function checkMilitaryAnnualPercentageRate(
  input: MilitaryLendingInput,
  cap: {
    readonly maxMaprPercent: string;
    readonly citation: ComplianceCheckResult["citation"];
  } = militaryLendingActCap,
): Result<ComplianceCheckResult> {
  const mapr = parsePercent(input.maprPercent, "maprPercent");
  if (!mapr.ok) return mapr;
  if (typeof input.isCoveredBorrower !== "boolean") {
    return fail("invalid_input", "isCoveredBorrower must be a boolean", ["isCoveredBorrower"]);
  }
  const values = {
    maprPercent: showDecimal(mapr.value),
    maxMaprPercent: cap.maxMaprPercent,
    isCoveredBorrower: String(input.isCoveredBorrower),
  };
  if (!input.isCoveredBorrower) {
    return ok({
      check: "mla_mapr",
      passed: true,
      code: "mla_not_covered",
      message: "the borrower is not a covered borrower",
      values,
      citation: cap.citation,
    });
  }
  const passed = compare(mapr.value, dec(cap.maxMaprPercent)) <= 0;
  return ok({
    check: "mla_mapr",
    passed,
    code: passed ? "mla_mapr_within_cap" : "mla_mapr_exceeds_cap",
    message: `MAPR ${showDecimal(mapr.value)}% ${passed ? "is within" : "exceeds"} the ${cap.maxMaprPercent}% cap`,
    values,
    citation: cap.citation,
  });
}

/**
 * The MLA check from the loan's cash flows: computes the MAPR with `pricing/`'s `checkMilitaryApr`
 * (Appendix J with the § 232.4(c) charges added to the finance charge), then applies
 * {@link checkMilitaryAnnualPercentageRate}. `values.maprPercent` carries the MAPR at full precision.
 *
 * Failures: those of `checkMilitaryApr` (e.g. `invalid_amount`) and of the rate check.
 *
 * @see 32 CFR 232.4(b)-(c)
 * @example
 * checkMilitaryLendingFromCashFlows({ consummationDate, amountFinancedMinor: 100_000n, additionalChargesMinor: 10_000n, payments, isCoveredBorrower: true })
 * // ok({ passed: false, code: "mla_mapr_exceeds_cap", … }) — MAPR ≈ 46.06 %
 */
export function checkMilitaryLendingFromCashFlows(
  input: MilitaryAprInput & { readonly isCoveredBorrower: boolean },
): Result<ComplianceCheckResult> {
  const mapr = checkMilitaryApr(input);
  if (!mapr.ok) return mapr;
  return checkMilitaryAnnualPercentageRate({
    maprPercent: formatDecimal(mapr.value.maprPercent),
    isCoveredBorrower: input.isCoveredBorrower,
  });
}
