import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { compileRuleSet } from "./compile/compile-rule-set.js";
import { demoScoredRuleSet } from "./demo-scored.js";
import { reasonCodesOfRuleSet } from "./reason-codes.js";
import { evaluate } from "./runtime/evaluate.js";

const compiled = unwrap(compileRuleSet(demoScoredRuleSet));

/** Best bin on every attribute of scoring/'s demoScorecard: 300 + 55 + 55 + 60 + 40 + 50 + 40 = 600. */
const prime = {
  monthsSinceOldestTrade: 120,
  revolvingUtilizationPercent: "5",
  delinquencies30PlusLast24Months: 0,
  inquiriesLast6Months: 0,
  debtToIncomePercent: "15",
  employmentType: "salaried",
  maprPercent: "18.5",
  isCoveredBorrower: false,
  state: "NY",
  lenderType: "licensed",
  contractRatePercent: "18.5",
  loanAmount: 1_000_000,
  applicationDate: "2026-11-25",
};

/**
 * Bins from demoScorecard (points / best): oldest trade 24 → 25/55 (lost 30), utilization 85 → 0/55
 * (55), 1 delinquency → 30/60 (30), 2 inquiries → 30/40 (10), DTI 40 → 15/50 (35), part-time →
 * 10/40 (30). Score 300 + 25 + 0 + 30 + 30 + 15 + 10 = 410. Ranked by points lost, ties (30) in
 * attribute order.
 */
const weak = {
  ...prime,
  monthsSinceOldestTrade: 24,
  revolvingUtilizationPercent: "85",
  delinquencies30PlusLast24Months: 1,
  inquiriesLast6Months: 2,
  debtToIncomePercent: "40",
  employmentType: "part-time",
};

/**
 * No file: missing bins 5 (no_credit_file, lost 50), 20 (limited_credit_experience, 35), 20
 * (no_credit_file, 40), 25 (recent_inquiries, 15), 0 (unable_to_verify_income, 50), 0
 * (unable_to_verify_employment, 40). Score 370; NO_CREDIT_FILE sums 90.
 */
const noFile = {
  ...prime,
  monthsSinceOldestTrade: null,
  revolvingUtilizationPercent: null,
  delinquencies30PlusLast24Months: null,
  inquiriesLast6Months: null,
  debtToIncomePercent: null,
  employmentType: null,
};

describe("demo scored rule set: a declared scorecard and compliance checks", () => {
  it.each([
    ["prime", prime, 600, "approve", []],
    [
      "weak",
      weak,
      410,
      "decline",
      [
        "HIGH_REVOLVING_UTILIZATION",
        "EXCESSIVE_OBLIGATIONS",
        "LIMITED_CREDIT_EXPERIENCE",
        "DELINQUENT_CREDIT_OBLIGATIONS",
      ],
    ],
    [
      "no file",
      noFile,
      370,
      "decline",
      ["NO_CREDIT_FILE", "UNABLE_TO_VERIFY_INCOME", "UNABLE_TO_VERIFY_EMPLOYMENT", "LIMITED_CREDIT_EXPERIENCE"],
    ],
    // 600 - 55 (utilization 85) - 30 (part-time) = 515: in the 480-519 review band.
    [
      "review",
      { ...prime, revolvingUtilizationPercent: "85", employmentType: "part-time" },
      515,
      "refer",
      ["SCORE_BORDERLINE"],
    ],
  ])("%s: score %s, %s, reasons %j", (_, facts, score, decision, reasons) => {
    const result = unwrap(evaluate(compiled, facts));
    expect(result.scorecards[0]?.score).toBe(score);
    expect(result.decision).toBe(decision);
    expect(result.reasonCodes).toEqual(reasons);
  });

  it("keeps the full ranking (untruncated) with points lost per code", () => {
    const result = unwrap(evaluate(compiled, weak));
    expect(result.scorecards[0]?.reasonCodes).toEqual([
      { code: "HIGH_REVOLVING_UTILIZATION", pointsBelowMax: 55, attributeIds: ["revolvingUtilizationPercent"] },
      { code: "EXCESSIVE_OBLIGATIONS", pointsBelowMax: 35, attributeIds: ["debtToIncomePercent"] },
      { code: "LIMITED_CREDIT_EXPERIENCE", pointsBelowMax: 30, attributeIds: ["monthsSinceOldestTrade"] },
      { code: "DELINQUENT_CREDIT_OBLIGATIONS", pointsBelowMax: 30, attributeIds: ["delinquencies30PlusLast24Months"] },
      { code: "TEMPORARY_OR_IRREGULAR_EMPLOYMENT", pointsBelowMax: 30, attributeIds: ["employmentType"] },
      { code: "RECENT_INQUIRIES", pointsBelowMax: 10, attributeIds: ["inquiriesLast6Months"] },
    ]);
    const rule = result.trace.find((entry) => entry.id === "score-cutoff");
    expect(rule?.reasonCodes).toEqual(result.reasonCodes);
    expect(rule?.values).toEqual({ score: 410 });
  });

  it("knock-outs come first: an MLA decline then the score reasons", () => {
    // 36.01% MAPR for a covered borrower exceeds 32 CFR 232.4(b)'s 36% cap.
    const result = unwrap(evaluate(compiled, { ...weak, maprPercent: "36.01", isCoveredBorrower: true }));
    expect(result.reasonCodes.slice(0, 2)).toEqual(["MLA_MAPR_EXCEEDS_CAP", "HIGH_REVOLVING_UTILIZATION"]);
    expect(result.complianceChecks.map(({ code }) => code)).toEqual(["mla_mapr_exceeds_cap", "loan_estimate_deadline"]);
  });

  it("usury: NY's 25% criminal cap for licensed lenders (sample table) declines 25.01%", () => {
    const result = unwrap(evaluate(compiled, { ...prime, contractRatePercent: "25.01" }));
    expect(result.reasonCodes).toEqual(["USURY_CAP_EXCEEDED"]);
    const check = result.trace.find((entry) => entry.id === "usury-cap")?.checks?.[0];
    expect(check).toMatchObject({ code: "usury_cap_exceeded", citation: { source: "N.Y. Penal Law § 190.40" } });
    expect(unwrap(evaluate(compiled, { ...prime, contractRatePercent: "25" })).decision).toBe("approve");
  });

  it("gives the Loan Estimate deadline as an output (3rd general business day)", () => {
    expect(unwrap(evaluate(compiled, prime)).outputs.loanEstimateDueBy).toBe("2026-12-01");
  });

  it("lists the scorecard's codes among the rule set's reason codes", () => {
    const codes = reasonCodesOfRuleSet(compiled.document);
    expect(codes).toEqual(expect.arrayContaining(["SCORE_BELOW_CUTOFF", "NO_CREDIT_FILE", "RECENT_INQUIRIES"]));
  });

  it.each([
    ["an unknown scorecard", { reasonCodesFrom: "nope" }, "unknown_scorecard"],
    ["a decline without reasons", { reasonCodes: undefined, reasonCodesFrom: undefined }, "missing_reason_code"],
  ])("refuses %s", (_, edit, code) => {
    const doc = structuredClone(demoScoredRuleSet);
    Object.assign(doc.rules[2]!, edit);
    const result = compileRuleSet(doc);
    expect(result.ok ? "compiled" : result.error.code).toBe(code);
  });

  it("refuses an attribute that is not declared or has the wrong type", () => {
    const doc = structuredClone(demoScoredRuleSet);
    doc.inputs = doc.inputs.filter((input) => input.name !== "employmentType");
    doc.inputs.push({ name: "employmentType", type: "number" });
    const result = compileRuleSet(doc);
    expect(result.ok ? "compiled" : [result.error.code, result.error.path]).toEqual([
      "type_mismatch",
      ["scorecards", 0, "scorecard", "attributes", 5, "id"],
    ]);
  });
});
