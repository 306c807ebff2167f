import type { RuleSetDocument } from "./schema.js";

type TableRow = NonNullable<RuleSetDocument["tables"]>[number]["rows"][number];

const scorecardRows: TableRow[] = [
  // Characteristic 1: bureau credit score. A missing score gets its own bin (0 points).
  ["score-missing", 0, "null", 0],
  ["score-lt-580", 0, "< 580", 5],
  ["score-580-620", 0, "[580..620)", 15],
  ["score-620-680", 0, "[620..680)", 30],
  ["score-680-740", 0, "[680..740)", 45],
  ["score-740-up", 0, ">= 740", 60],
  // 2: debt-to-income ratio.
  ["dti-missing", 1, "null", 0],
  ["dti-lt-20", 1, "< 0.20", 40],
  ["dti-20-36", 1, "[0.20..0.36)", 30],
  ["dti-36-43", 1, "[0.36..0.43]", 15],
  ["dti-gt-43", 1, "> 0.43", 0],
  // 3: months in current employment.
  ["emp-lt-12", 2, "< 12", 5],
  ["emp-12-36", 2, "[12..36)", 15],
  ["emp-36-120", 2, "[36..120)", 25],
  ["emp-120-up", 2, ">= 120", 35],
  // 4: revolving utilization, whole percent.
  ["util-lt-30", 3, "< 30", 35],
  ["util-30-50", 3, "[30..50)", 25],
  ["util-50-75", 3, "[50..75)", 15],
  ["util-75-up", 3, ">= 75", 0],
  // 5: credit inquiries in the last 6 months.
  ["inq-0", 4, "0", 25],
  ["inq-1-2", 4, "[1..2]", 15],
  ["inq-3-5", 4, "[3..5]", 5],
  ["inq-6-up", 4, "> 5", 0],
  // 6: 30+ day delinquencies in the last 24 months.
  ["dq-0", 5, "0", 40],
  ["dq-1", 5, "1", 20],
  ["dq-2-3", 5, "[2..3]", 5],
  ["dq-4-up", 5, "> 3", 0],
].map(([id, column, test, points]) => ({
  id: id as string,
  when: Array.from({ length: 6 }, (_, k) => (k === column ? (test as string) : "-")),
  set: { scorePoints: points as number },
}));

/**
 * A demo unsecured/secured personal-loan underwriting policy as data: 21 rules (credit-score
 * bands, DTI ≤ 43%, LTV, minimum income, employment length, state eligibility, amount and term
 * limits, bankruptcy and bureau flags, score cut-offs, pricing) and a 6-attribute points
 * scorecard (a COLLECT SUM table; maximum 235 points). Amounts are USD minor units (cents). The
 * numbers are illustrative policy, not a recommendation. The benchmark and the seeded demo tenant
 * use it.
 *
 * @example
 * const compiled = unwrap(compileRuleSet(demoUnderwritingRuleSet));
 */
export const demoUnderwritingRuleSet: RuleSetDocument = {
  schemaVersion: 1,
  id: "demo-underwriting",
  name: "Demo personal-loan underwriting",
  arithmetic: { divisionScale: 6, roundingMode: "half-even" },
  defaultDecision: "approve",
  inputs: [
    { name: "creditScore", type: "number", nullable: true, description: "Bureau score; null when there is no file" },
    { name: "monthlyIncome", type: "number", unit: "USD_minor" },
    { name: "monthlyDebt", type: "number", unit: "USD_minor", description: "Including the proposed payment" },
    { name: "requestedAmount", type: "number", unit: "USD_minor" },
    {
      name: "propertyValue",
      type: "number",
      unit: "USD_minor",
      nullable: true,
      description: "Null when unsecured",
    },
    { name: "termMonths", type: "number", unit: "months" },
    { name: "employmentMonths", type: "number", unit: "months" },
    { name: "utilizationPercent", type: "number", unit: "percent" },
    { name: "inquiriesLast6Months", type: "number" },
    { name: "delinquenciesLast24Months", type: "number" },
    { name: "hasBankruptcy", type: "boolean" },
    { name: "monthsSinceBankruptcy", type: "number", nullable: true, unit: "months" },
    { name: "state", type: "string", description: "Two-letter US state code" },
    { name: "bureauFlags", type: "list", items: "string" },
  ],
  computed: [
    { name: "dti", expression: "monthlyDebt / monthlyIncome", description: "Back-end DTI ratio" },
    { name: "ltv", expression: "requestedAmount / propertyValue", description: "Null when unsecured" },
  ],
  tables: [
    {
      id: "scorecard",
      description: "Six-attribute points scorecard: COLLECT SUM of one bin per attribute",
      hitPolicy: "collect",
      aggregation: "sum",
      inputs: [
        "creditScore",
        "dti",
        "employmentMonths",
        "utilizationPercent",
        "inquiriesLast6Months",
        "delinquenciesLast24Months",
      ],
      outputs: [{ name: "scorePoints" }],
      rows: scorecardRows,
    },
  ],
  rules: [
    { id: "no-credit-file", when: "isNull(creditScore)", decision: "refer", reasonCodes: ["NO_CREDIT_FILE"] },
    { id: "score-floor", when: "creditScore < 580", decision: "decline", reasonCodes: ["CREDIT_SCORE_TOO_LOW"] },
    {
      id: "score-borderline",
      when: "creditScore between 580 and 619",
      decision: "refer",
      reasonCodes: ["CREDIT_SCORE_BORDERLINE"],
    },
    { id: "dti-max", when: "dti > 0.43", decision: "decline", reasonCodes: ["DTI_TOO_HIGH"] },
    {
      id: "dti-elevated",
      when: "dti in (0.36..0.43]",
      set: { requiredDocuments: '"bank_statement"', rateAdjustment: "0.25" },
    },
    { id: "ltv-max", when: "ltv > 0.95", decision: "decline", reasonCodes: ["LTV_TOO_HIGH"] },
    {
      id: "ltv-mortgage-insurance",
      when: "ltv in (0.80..0.95]",
      set: { requiredDocuments: '"proof_of_insurance"', rateAdjustment: "0.125" },
    },
    { id: "income-min", when: "monthlyIncome < 200000", decision: "decline", reasonCodes: ["INCOME_TOO_LOW"] },
    { id: "employment-min", when: "employmentMonths < 6", decision: "decline", reasonCodes: ["EMPLOYMENT_TOO_SHORT"] },
    { id: "employment-verify", when: "employmentMonths < 24", set: { requiredDocuments: '"employment_verification"' } },
    {
      id: "state-ineligible",
      when: 'state in ["ND", "NY", "VT", "WV"]',
      decision: "decline",
      reasonCodes: ["STATE_NOT_ELIGIBLE"],
    },
    {
      id: "amount-min",
      when: "requestedAmount < 100000",
      decision: "decline",
      reasonCodes: ["AMOUNT_BELOW_MINIMUM"],
    },
    {
      id: "amount-max",
      when: "requestedAmount > 5000000",
      decision: "decline",
      reasonCodes: ["AMOUNT_ABOVE_MAXIMUM"],
    },
    {
      id: "amount-vs-income",
      when: "requestedAmount > monthlyIncome * 6",
      decision: "refer",
      reasonCodes: ["AMOUNT_HIGH_FOR_INCOME"],
      set: { maxAmount: "min(monthlyIncome * 6, 5000000)" },
    },
    { id: "term-max", when: "termMonths > 84", decision: "decline", reasonCodes: ["TERM_TOO_LONG"] },
    {
      id: "bankruptcy-recent",
      when: "hasBankruptcy and (monthsSinceBankruptcy ?? 0) < 24",
      decision: "decline",
      reasonCodes: ["BANKRUPTCY_RECENT"],
    },
    {
      id: "bankruptcy-history",
      when: "hasBankruptcy and monthsSinceBankruptcy >= 24",
      decision: "refer",
      reasonCodes: ["BANKRUPTCY_HISTORY"],
    },
    { id: "ofac-match", when: '"OFAC_MATCH" in bureauFlags', decision: "decline", reasonCodes: ["OFAC_MATCH"] },
    { id: "fraud-alert", when: '"FRAUD_ALERT" in bureauFlags', decision: "refer", reasonCodes: ["FRAUD_ALERT"] },
    { id: "scorecard-cutoff", when: "scorePoints < 110", decision: "decline", reasonCodes: ["SCORE_BELOW_CUTOFF"] },
    {
      id: "scorecard-refer",
      when: "scorePoints between 110 and 139",
      decision: "refer",
      reasonCodes: ["SCORE_BORDERLINE"],
    },
    { id: "price-prime", when: "scorePoints >= 190", set: { rateAdjustment: "-0.5" } },
    { id: "price-subprime", when: "creditScore < 660", set: { rateAdjustment: "1" } },
  ],
  outputs: [
    { name: "rateAdjustment", type: "decimal", combine: "sum", default: 0, description: "Percentage points" },
    { name: "maxAmount", type: "integer", combine: "min", description: "USD minor units; null when no cap" },
    { name: "requiredDocuments", type: "list", combine: "list" },
  ],
};
