import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { demoScorecard } from "../scoring/demo-scorecard.js";
import { compileScorecard, scoreApplicant } from "../scoring/index.js";
import { buildAdverseActionReasons } from "./adverse-action.js";
import { demoReasonStatementMap, regBSampleReasons } from "./reg-b-sample-reasons.js";

describe("buildAdverseActionReasons", () => {
  it("Form C-1 lists 23 reasons plus Other", () => {
    // 12 CFR 1002 Appendix C, Form C-1, Part I.
    expect(regBSampleReasons).toHaveLength(24);
    expect(regBSampleReasons.at(-1)?.id).toBe("other");
  });

  it("maps a demo scorecard's ranked reasons to four statements, in rank order", () => {
    // Applicant from scoring/score-applicant.test.ts: shortfalls DTI 35, delinquency 30, employment 30,
    // utilization 25, oldest trade 15.
    const card = unwrap(compileScorecard(demoScorecard));
    const score = unwrap(
      scoreApplicant(card, {
        monthsSinceOldestTrade: 40,
        revolvingUtilizationPercent: "45.5",
        delinquencies30PlusLast24Months: 1,
        inquiriesLast6Months: 0,
        debtToIncomePercent: "43",
        employmentType: "contract",
      }),
    );
    const reasons = unwrap(
      buildAdverseActionReasons(
        score.reasonCodes.map((r) => r.reasonCode),
        { map: demoReasonStatementMap },
      ),
    );
    expect(reasons.principalReasons.map((r) => r.statement)).toEqual([
      "Excessive obligations in relation to income",
      "Delinquent past or present credit obligations with others",
      "Temporary or irregular employment",
      "Proportion of balances to credit limits on revolving accounts is too high",
    ]);
    expect(reasons.allReasons).toHaveLength(5);
    expect(reasons.allReasons[4]?.statement).toBe("Limited credit experience");
  });

  it("deduplicates codes that share a statement, keeping the best rank", () => {
    const reasons = unwrap(
      buildAdverseActionReasons(["debt_to_income_too_high", "bankruptcy", "excessive_obligations"], {
        map: demoReasonStatementMap,
      }),
    );
    expect(reasons.principalReasons.map((r) => [r.statementId, r.reasonCodes])).toEqual([
      ["excessive_obligations_in_relation_to_income", ["debt_to_income_too_high", "excessive_obligations"]],
      ["bankruptcy", ["bankruptcy"]],
    ]);
  });

  it("honors a smaller cap", () => {
    const reasons = unwrap(
      buildAdverseActionReasons(["bankruptcy", "no_credit_file"], { map: demoReasonStatementMap, maxReasons: 1 }),
    );
    expect(reasons.principalReasons.map((r) => r.statementId)).toEqual(["bankruptcy"]);
  });

  const errors = [
    {
      name: "an unmapped code",
      codes: ["made_up"],
      options: { map: demoReasonStatementMap },
      code: "unmapped_reason_code",
    },
    {
      name: "a statement not on the form",
      codes: ["x"],
      options: { map: { x: { statementId: "nope" } } },
      code: "unknown_statement",
    },
    {
      name: "other without text",
      codes: ["x"],
      options: { map: { x: { statementId: "other" } } },
      code: "missing_other_text",
    },
    {
      name: "five reasons",
      codes: [],
      options: { map: demoReasonStatementMap, maxReasons: 5 },
      code: "invalid_max_reasons",
    },
  ];
  it.each(errors)("refuses $name with $code", ({ codes, options, code }) => {
    const result = buildAdverseActionReasons(codes, options);
    expect(result.ok ? "" : result.error.code).toBe(code);
  });
});
