import { demoReasonStatementMap } from "@lendstack/core/demo";
import { unwrap } from "@lendstack/core/errors";
import type { ChangeContext } from "../db/audit.js";
import type { Executor } from "../db/database.js";
import { checkRuleSet, type ReasonStatements } from "../rule-sets/input.js";
import { createRuleSet, publishRuleSetVersion } from "../rule-sets/service.js";
import { ruleSetsStore } from "../rule-sets/store.js";
import { demoRuleSetDocument } from "./rule-set-verification.js";

/**
 * The demo policy's reason codes mapped to Regulation B Form C-1 statements (12 CFR 1002 Appendix
 * C). Codes no sample statement fits use `other` with specific text, as CFPB Circular 2022-03 asks.
 * Sample configuration: each lender maps its own codes.
 *
 * @example demoRuleSetReasonStatements.DTI_TOO_HIGH?.statementId === "excessive_obligations_in_relation_to_income"
 */
export const demoRuleSetReasonStatements: ReasonStatements = {
  NO_CREDIT_FILE: { statementId: "no_credit_file" },
  CREDIT_SCORE_TOO_LOW: { statementId: "other", otherText: "Credit score below our minimum" },
  CREDIT_SCORE_BORDERLINE: { statementId: "other", otherText: "Credit score in our review range" },
  DTI_TOO_HIGH: { statementId: "excessive_obligations_in_relation_to_income" },
  LTV_TOO_HIGH: { statementId: "collateral_value_or_type_insufficient" },
  INCOME_TOO_LOW: { statementId: "income_insufficient_for_amount_requested" },
  EMPLOYMENT_TOO_SHORT: { statementId: "length_of_employment" },
  STATE_NOT_ELIGIBLE: { statementId: "other", otherText: "We do not lend in your state" },
  AMOUNT_BELOW_MINIMUM: { statementId: "other", otherText: "Amount requested is below our minimum" },
  AMOUNT_ABOVE_MAXIMUM: { statementId: "other", otherText: "Amount requested is above our maximum" },
  AMOUNT_HIGH_FOR_INCOME: { statementId: "income_insufficient_for_amount_requested" },
  TERM_TOO_LONG: { statementId: "other", otherText: "Term requested is longer than our maximum" },
  BANKRUPTCY_RECENT: { statementId: "bankruptcy" },
  BANKRUPTCY_HISTORY: { statementId: "bankruptcy" },
  OFAC_MATCH: { statementId: "other", otherText: "Unable to verify identity against government lists" },
  FRAUD_ALERT: { statementId: "other", otherText: "Fraud alert on credit bureau report" },
  SCORE_BELOW_CUTOFF: { statementId: "other", otherText: "Credit scoring system score below our cutoff" },
  SCORE_BORDERLINE: { statementId: "other", otherText: "Credit scoring system score in our review range" },
};

/**
 * Reason statements for core's `demoScoredRuleSet`: its rules' codes, and its declared scorecard's
 * codes (compliance's `demoReasonStatementMap`, in the rule set's UPPER_SNAKE_CASE) so a decline on
 * the score lists the specific attributes scored (Reg B § 1002.9(b)(2); CFPB Circular 2022-03).
 * Sample configuration.
 *
 * @example demoScoredReasonStatements.RECENT_INQUIRIES?.statementId === "number_of_recent_inquiries"
 */
export const demoScoredReasonStatements: ReasonStatements = {
  ...Object.fromEntries(Object.entries(demoReasonStatementMap).map(([code, mapping]) => [code.toUpperCase(), mapping])),
  MLA_MAPR_EXCEEDS_CAP: { statementId: "other", otherText: "Rate exceeds the Military Lending Act limit" },
  USURY_CAP_EXCEEDED: { statementId: "other", otherText: "Rate would exceed the legal limit in your state" },
  SCORE_BELOW_CUTOFF: { statementId: "other", otherText: "Credit scoring system score below our cutoff" },
  SCORE_BORDERLINE: { statementId: "other", otherText: "Credit scoring system score in our review range" },
};

/**
 * Gives a tenant the demo underwriting rule set (`demoRuleSetDocument`: core's `demoUnderwritingRuleSet`,
 * 23 rules and the 6-attribute points scorecard as a COLLECT SUM table, plus the verified-income rule)
 * published as version 1, with the demo reason
 * statements, unless a rule set with its key exists already. Like a system install it writes no
 * audit rows (the seed's audit trail is the products'). Runs inside the seed's transaction, which
 * holds the tenant's seed lock. Returns whether it created it.
 *
 * @example
 * await seedDemoRuleSet(tx, context);
 */
export async function seedDemoRuleSet(tx: Executor, context: ChangeContext): Promise<boolean> {
  const store = ruleSetsStore(tx, context.tenantId);
  if ((await store.findByKey(demoRuleSetDocument.id)) !== undefined) return false;
  const checked = unwrap(checkRuleSet(demoRuleSetDocument, demoRuleSetReasonStatements));
  const created = unwrap(await createRuleSet(tx, context, checked, { audit: false }));
  unwrap(await publishRuleSetVersion(tx, context, created.id, 1, { audit: false }));
  return true;
}
