import type { UsuryCapTable } from "../compliance/index.js";
import { sampleUsuryCapTable } from "../compliance/usury-table.js";
import { demoScorecard } from "../scoring/demo-scorecard.js";
import type { ScorecardDocumentInput } from "../scoring/index.js";
import type { RuleSetDocumentInput } from "./schema.js";

/**
 * A demo rule set that declares scoring/'s six-attribute `demoScorecard` (score 300-600) and
 * calls compliance checks from its rules: the Military Lending Act cap, a state usury cap from
 * compliance/'s SAMPLE usury table (illustrative, not legal advice; states the table does not
 * cover pass, an explicit `usuryWhenNoRule`), and the TRID Loan Estimate deadline as an output.
 * A score below 480 declines with the scorecard's ranked reasons (points lost against each
 * attribute's best bin, at most four); 480-519 refers. Illustrative policy, not a recommendation.
 *
 * @example
 * const compiled = unwrap(compileRuleSet(demoScoredRuleSet));
 */
export const demoScoredRuleSet: RuleSetDocumentInput = {
  schemaVersion: 1,
  id: "demo-scored",
  name: "Demo scored consumer loan with compliance checks",
  arithmetic: { divisionScale: 6, roundingMode: "half-even" },
  defaultDecision: "approve",
  inputs: [
    { name: "monthsSinceOldestTrade", type: "number", nullable: true, unit: "months" },
    { name: "revolvingUtilizationPercent", type: "decimal", nullable: true, unit: "percent" },
    { name: "delinquencies30PlusLast24Months", type: "number", nullable: true },
    { name: "inquiriesLast6Months", type: "number", nullable: true },
    { name: "debtToIncomePercent", type: "decimal", nullable: true, unit: "percent" },
    { name: "employmentType", type: "string", nullable: true },
    { name: "maprPercent", type: "decimal", unit: "percent", description: "Military APR, from pricing/" },
    { name: "isCoveredBorrower", type: "boolean", description: "MLA covered borrower (DoD database)" },
    { name: "state", type: "string", description: "Two-letter US state code" },
    { name: "lenderType", type: "string", description: "As the usury table names it, e.g. licensed" },
    { name: "contractRatePercent", type: "decimal", unit: "percent" },
    { name: "loanAmount", type: "number", unit: "USD_minor" },
    { name: "applicationDate", type: "date" },
  ],
  scorecards: [{ name: "score", scorecard: demoScorecard as unknown as ScorecardDocumentInput }],
  compliance: { usuryTable: sampleUsuryCapTable as unknown as UsuryCapTable, usuryWhenNoRule: "pass" },
  rules: [
    {
      id: "mla-cap",
      when: "not mlaWithinCap(maprPercent, isCoveredBorrower)",
      decision: "decline",
      reasonCodes: ["MLA_MAPR_EXCEEDS_CAP"],
    },
    {
      id: "usury-cap",
      when: 'not usuryCapOk(state, "consumer-closed-end", lenderType, loanAmount, applicationDate, contractRatePercent)',
      decision: "decline",
      reasonCodes: ["USURY_CAP_EXCEEDED"],
    },
    {
      id: "score-cutoff",
      when: "score < 480",
      decision: "decline",
      reasonCodesFrom: "score",
      reasonCodes: ["SCORE_BELOW_CUTOFF"],
    },
    { id: "score-review", when: "score between 480 and 519", decision: "refer", reasonCodes: ["SCORE_BORDERLINE"] },
    {
      id: "loan-estimate-due",
      when: "isPresent(applicationDate)",
      set: { loanEstimateDueBy: "tridLoanEstimateDeadline(applicationDate)" },
    },
  ],
  outputs: [{ name: "loanEstimateDueBy", type: "date", combine: "first" }],
};
