import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { compare, dec } from "../money/index.js";
import { type ComplianceCheckResult, parsePercent, showDecimal } from "./check-result.js";
import { type UsuryCapRule, type UsuryCapTable, usuryCapTableSchema } from "./usury-table.js";

/** Input of {@link checkStateUsuryCap}. @example const input: UsuryCheckInput = { state: "NY", productType: "consumer-closed-end", lenderType: "unlicensed", loanAmountMinor: 500_000n, asOf: date("2026-11-26"), rates: { contractRatePercent: "15.99" }, whenNoRule: "fail" }; */
export interface UsuryCheckInput {
  readonly state: string;
  readonly productType: string;
  readonly lenderType: string;
  readonly loanAmountMinor: bigint;
  readonly asOf: LocalDate;
  /** The loan's rate under each definition a statute might use; supply the ones you have. */
  readonly rates: {
    readonly contractRatePercent?: string;
    readonly aprPercent?: string;
    readonly allInRatePercent?: string;
  };
  /** What to report when no rule covers the loan: an explicit choice, never a silent pass. */
  readonly whenNoRule: "pass" | "fail";
}

function matches(rule: UsuryCapRule, input: UsuryCheckInput): boolean {
  if (rule.state !== "*" && rule.state !== input.state) return false;
  if (!rule.productTypes.includes(input.productType)) return false;
  if (rule.lenderTypes && !rule.lenderTypes.includes(input.lenderType)) return false;
  if (rule.amountAtLeast !== undefined && input.loanAmountMinor < BigInt(rule.amountAtLeast)) return false;
  if (rule.amountBelow !== undefined && input.loanAmountMinor >= BigInt(rule.amountBelow)) return false;
  if (input.asOf < rule.effectiveFrom) return false;
  return rule.effectiveUntil === undefined || input.asOf < rule.effectiveUntil;
}

const rateField = {
  "contract-rate": "contractRatePercent",
  apr: "aprPercent",
  "all-in-rate": "allInRatePercent",
} as const;

/**
 * Checks a loan's rate against the first applicable rule of a usury cap table (state, product,
 * lender type, amount band, effective dates), using the rate definition that rule's statute uses.
 * A rate equal to the cap passes ("shall not exceed"). Codes: `usury_within_cap`,
 * `usury_cap_exceeded`, `usury_exempt`, `usury_no_rule` (passed as `whenNoRule` says). Failures:
 * `invalid_usury_table` (the table is validated against `usuryCapTableSchema` on every call), `missing_rate` (the rule's rate was not supplied), `invalid_rate`.
 *
 * @see shared/reference/apr-and-compliance.md §9; each rule carries its own citation
 * @example
 * checkStateUsuryCap({ state: "NY", productType: "consumer-closed-end", lenderType: "unlicensed", loanAmountMinor: 500_000n, asOf: date("2026-11-26"), rates: { contractRatePercent: "16.01" }, whenNoRule: "fail" }, sampleUsuryCapTable)
 * // ok({ passed: false, code: "usury_cap_exceeded", … })
 */
export function checkStateUsuryCap(
  input: UsuryCheckInput,
  table: UsuryCapTable | unknown,
): Result<ComplianceCheckResult> {
  const parsed = usuryCapTableSchema.safeParse(table);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail("invalid_usury_table", issue?.message ?? "invalid usury table", (issue?.path ?? []).map(String));
  }
  const rule = parsed.data.rules.find((each) => matches(each, input));
  const base = { state: input.state, productType: input.productType, tableVersion: parsed.data.version };
  const citation = { source: rule?.citation.source ?? "no applicable rule", tableVersion: parsed.data.version };
  if (!rule) {
    const passed = input.whenNoRule === "pass";
    const message = `no usury rule in table ${parsed.data.version} covers this loan`;
    return ok({ check: "state_usury", passed, code: "usury_no_rule", message, values: base, citation });
  }
  const values = { ...base, ruleId: rule.id, rateDefinition: rule.rateDefinition };
  if (rule.isExempt) {
    return ok({
      check: "state_usury",
      passed: true,
      code: "usury_exempt",
      message: `exempt under ${rule.id}`,
      values,
      citation,
    });
  }
  const field = rateField[rule.rateDefinition];
  const text = input.rates[field];
  if (text === undefined) {
    return fail("missing_rate", `rule ${rule.id} caps the ${rule.rateDefinition}; supply rates.${field}`, [
      "rates",
      field,
    ]);
  }
  const rate = parsePercent(text, field);
  if (!rate.ok) return rate;
  const cap = rule.maxRatePercent ?? "0";
  const passed = compare(rate.value, dec(cap)) <= 0;
  return ok({
    check: "state_usury",
    passed,
    code: passed ? "usury_within_cap" : "usury_cap_exceeded",
    message: `${rule.rateDefinition} ${showDecimal(rate.value)}% ${passed ? "is within" : "exceeds"} the ${cap}% cap (${rule.id})`,
    values: { ...values, ratePercent: showDecimal(rate.value), maxRatePercent: cap },
    citation: { ...citation, ...(rule.citation.url ? { url: rule.citation.url } : {}) },
  });
}
