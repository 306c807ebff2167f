import type { Citation } from "./check-result.js";

/**
 * One principal-reason statement from the Regulation B sample form.
 *
 * @example const s: AdverseActionStatement = { id: "bankruptcy", statement: "Bankruptcy" };
 */
export interface AdverseActionStatement {
  readonly id: string;
  readonly statement: string;
}

/** @example regBSampleReasonsCitation.source */
export const regBSampleReasonsCitation: Citation = {
  source: "12 CFR Part 1002, Appendix C, Form C-1 (Part I, principal reasons); 12 CFR 1002.9(b)(2)",
  url: "https://www.consumerfinance.gov/rules-policy/regulations/1002/c/",
};

/**
 * The principal reasons listed on Regulation B's sample Form C-1, in the form's order. `other`
 * takes a creditor-written specific reason ("Other, specify").
 *
 * @example regBSampleReasons.find((r) => r.id === "no_credit_file")?.statement === "No credit file"
 */
export const regBSampleReasons: ReadonlyArray<AdverseActionStatement> = [
  { id: "credit_application_incomplete", statement: "Credit application incomplete" },
  { id: "insufficient_number_of_credit_references", statement: "Insufficient number of credit references provided" },
  { id: "unacceptable_type_of_credit_references", statement: "Unacceptable type of credit references provided" },
  { id: "unable_to_verify_credit_references", statement: "Unable to verify credit references" },
  { id: "temporary_or_irregular_employment", statement: "Temporary or irregular employment" },
  { id: "unable_to_verify_employment", statement: "Unable to verify employment" },
  { id: "length_of_employment", statement: "Length of employment" },
  { id: "income_insufficient_for_amount_requested", statement: "Income insufficient for amount of credit requested" },
  { id: "excessive_obligations_in_relation_to_income", statement: "Excessive obligations in relation to income" },
  { id: "unable_to_verify_income", statement: "Unable to verify income" },
  { id: "length_of_residence", statement: "Length of residence" },
  { id: "temporary_residence", statement: "Temporary residence" },
  { id: "unable_to_verify_residence", statement: "Unable to verify residence" },
  { id: "no_credit_file", statement: "No credit file" },
  { id: "limited_credit_experience", statement: "Limited credit experience" },
  { id: "poor_credit_performance_with_us", statement: "Poor credit performance with us" },
  {
    id: "delinquent_credit_obligations_with_others",
    statement: "Delinquent past or present credit obligations with others",
  },
  { id: "collection_action_or_judgment", statement: "Collection action or judgment" },
  { id: "garnishment_or_attachment", statement: "Garnishment or attachment" },
  { id: "foreclosure_or_repossession", statement: "Foreclosure or repossession" },
  { id: "bankruptcy", statement: "Bankruptcy" },
  { id: "number_of_recent_inquiries", statement: "Number of recent inquiries on credit bureau report" },
  { id: "collateral_value_or_type_insufficient", statement: "Value or type of collateral not sufficient" },
  { id: "other", statement: "Other, specify" },
];

/**
 * Where a reason code points: a statement id, and for `other` the specific text to print. Codes
 * that no sample statement fits must use `other` with specific text, not the closest statement
 * (CFPB Circular 2022-03).
 *
 * @example const m: ReasonStatementMapping = { statementId: "other", otherText: "Too many open trade lines" };
 */
export interface ReasonStatementMapping {
  readonly statementId: string;
  readonly otherText?: string;
}

/**
 * Reason codes used by the demo scorecard and the demo underwriting checks, mapped to statements.
 * Sample configuration: each lender maps its own codes.
 *
 * @example demoReasonStatementMap.recent_inquiries?.statementId === "number_of_recent_inquiries"
 */
export const demoReasonStatementMap: Readonly<Record<string, ReasonStatementMapping>> = {
  no_credit_file: { statementId: "no_credit_file" },
  limited_credit_experience: { statementId: "limited_credit_experience" },
  high_revolving_utilization: {
    statementId: "other",
    otherText: "Proportion of balances to credit limits on revolving accounts is too high",
  },
  delinquent_credit_obligations: { statementId: "delinquent_credit_obligations_with_others" },
  recent_inquiries: { statementId: "number_of_recent_inquiries" },
  excessive_obligations: { statementId: "excessive_obligations_in_relation_to_income" },
  debt_to_income_too_high: { statementId: "excessive_obligations_in_relation_to_income" },
  income_too_low: { statementId: "income_insufficient_for_amount_requested" },
  unable_to_verify_income: { statementId: "unable_to_verify_income" },
  temporary_or_irregular_employment: { statementId: "temporary_or_irregular_employment" },
  unable_to_verify_employment: { statementId: "unable_to_verify_employment" },
  employment_too_short: { statementId: "length_of_employment" },
  loan_to_value_too_high: { statementId: "collateral_value_or_type_insufficient" },
  bankruptcy: { statementId: "bankruptcy" },
  application_incomplete: { statementId: "credit_application_incomplete" },
};
