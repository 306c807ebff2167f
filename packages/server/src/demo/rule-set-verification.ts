import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";

/** Verified income farther than this from the stated income (basis points: 10.00%) asks for verification. */
export const DEMO_INCOME_VARIANCE_LIMIT_BASIS_POINTS = 1_000;

/**
 * The demo tenant's underwriting rule set: core's `demoUnderwritingRuleSet` plus what extracted documents
 * tell (`verifiedMonthlyIncome`, `incomeVarianceBasisPoints`, `nsfCount`, each null when no pay stub or
 * bank statement was extracted) and one rule: a pay stub whose income is more than 10.00% from the stated
 * income (`incomeVarianceBasisPoints > 1000`) requires an employment verification, a prior-to-closing
 * condition cleared when one is accepted. Sample policy, like the rest.
 *
 * @example demoRuleSetDocument.rules.some((rule) => rule.id === "income-variance") // true
 */
export const demoRuleSetDocument: RuleSetDocument = {
  ...demoUnderwritingRuleSet,
  inputs: [
    ...demoUnderwritingRuleSet.inputs,
    {
      name: "verifiedMonthlyIncome",
      type: "number",
      unit: "USD_minor",
      nullable: true,
      description: "Monthly income read from the newest pay stubs; null when none was extracted",
    },
    {
      name: "incomeVarianceBasisPoints",
      type: "number",
      unit: "basis_points",
      nullable: true,
      description: "|stated − verified| × 10,000 / stated, half-up; null without a pay stub",
    },
    {
      name: "nsfCount",
      type: "number",
      nullable: true,
      description: "NSF and overdraft fee lines on the newest bank statements; null when none was extracted",
    },
  ],
  rules: [
    ...demoUnderwritingRuleSet.rules,
    {
      id: "income-variance",
      when: `(incomeVarianceBasisPoints ?? 0) > ${DEMO_INCOME_VARIANCE_LIMIT_BASIS_POINTS}`,
      set: { requiredDocuments: '"employment_verification"' },
    },
  ],
};
