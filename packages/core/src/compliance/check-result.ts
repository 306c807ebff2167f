import { fail, ok, type Result } from "../errors/index.js";
import { type Decimal, formatDecimal, parseDecimal } from "../money/index.js";

/** Where a rule or threshold comes from. @example const c: Citation = { source: "12 CFR 1026.35(a)(1)" }; */
export interface Citation {
  /** The regulation or document, e.g. `"12 CFR 1026.43(e)(2)(vi)"`. */
  readonly source: string;
  /** Where to read it, when there is a stable address. */
  readonly url?: string;
  /** The data table version the values came from, e.g. `"2026"`. */
  readonly tableVersion?: string;
}

/**
 * The plain-data outcome of every compliance check: whether it passed, a stable snake_case code
 * that says why, the values it used (as strings: decimals, dates, minor units), and its citation.
 * Rule sets can branch on `passed`/`code`; adverse-action and audit records can quote it whole.
 *
 * @example
 * const result: ComplianceCheckResult = { check: "mla_mapr", passed: true, code: "mla_mapr_within_cap", message: "…", values: { maprPercent: "35.99" }, citation: { source: "32 CFR 232.4(b)" } };
 */
export interface ComplianceCheckResult {
  readonly check: string;
  readonly passed: boolean;
  readonly code: string;
  readonly message: string;
  readonly values: Readonly<Record<string, string>>;
  readonly citation: Citation;
}

/**
 * Parses a percentage given as a decimal string (`"6.875"` means 6.875%). Fails with `invalid_rate`.
 *
 * @example parsePercent("36.00", "maprPercent") // ok(36.00)
 */
export function parsePercent(text: string, field: string): Result<Decimal> {
  const parsed = parseDecimal(text, [field]);
  if (!parsed.ok)
    return fail("invalid_rate", `${field} must be a percentage as a decimal string, e.g. "6.875"`, [field]);
  return ok(parsed.value);
}

/** Formats a decimal for `values`. @example showDecimal(dec("1.50")) === "1.50" */
export function showDecimal(value: Decimal): string {
  return formatDecimal(value);
}
