import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { compileScorecard } from "./compile-scorecard.js";
import { demoScorecard } from "./demo-scorecard.js";
import { type ScoreFact, scoreApplicant } from "./score-applicant.js";

const card = unwrap(compileScorecard(demoScorecard));

const thinFile: Record<string, ScoreFact> = {
  monthsSinceOldestTrade: 40,
  revolvingUtilizationPercent: "45.5",
  delinquencies30PlusLast24Months: 1,
  inquiriesLast6Months: 0,
  debtToIncomePercent: "43",
  employmentType: "contract",
};

describe("scoreApplicant on the demo scorecard", () => {
  // Expected scores: base 300 plus the bin points read off demo-scorecard.ts by hand.
  const cases: ReadonlyArray<{ name: string; facts: Record<string, ScoreFact>; want: number }> = [
    { name: "mid applicant: 300+40+30+30+40+15+10", facts: thinFile, want: 465 },
    {
      name: "best bins everywhere: 300+55+55+60+40+50+40",
      facts: {
        monthsSinceOldestTrade: 84,
        revolvingUtilizationPercent: 5,
        delinquencies30PlusLast24Months: 0,
        inquiriesLast6Months: 0,
        debtToIncomePercent: "19.99",
        employmentType: "salaried",
      },
      want: 600,
    },
    { name: "all missing: 300+5+20+20+25+0+0", facts: {}, want: 370 },
    { name: "DTI 43 is in the inclusive 36-43 bin (15)", facts: { ...thinFile, debtToIncomePercent: "43" }, want: 465 },
    { name: "DTI 43.0001 falls to the >43 bin (0)", facts: { ...thinFile, debtToIncomePercent: "43.0001" }, want: 450 },
    { name: "DTI 36 is the lower inclusive bound (15)", facts: { ...thinFile, debtToIncomePercent: 36 }, want: 465 },
    { name: "DTI 35.99 is below 36 (35)", facts: { ...thinFile, debtToIncomePercent: 35.99 }, want: 485 },
    {
      name: "0 delinquencies is the [0,0] bin (60)",
      facts: { ...thinFile, delinquencies30PlusLast24Months: 0 },
      want: 495,
    },
    {
      name: "unknown employment type takes the other bin (5)",
      facts: { ...thinFile, employmentType: "gig" },
      want: 460,
    },
    {
      name: "a tiny float (1e-7) is a number, not an error",
      facts: { ...thinFile, revolvingUtilizationPercent: 1e-7 },
      want: 490,
    },
    { name: "bigint facts are numbers too", facts: { ...thinFile, inquiriesLast6Months: 5n }, want: 425 },
  ];
  it.each(cases)("$name", ({ facts, want }) => {
    expect(unwrap(scoreApplicant(card, facts)).score).toBe(want);
  });

  it("ranks reason codes by points below max, ties in document order", () => {
    // Shortfalls: oldest trade 55-40=15, utilization 55-30=25, delinquencies 60-30=30, inquiries 0,
    // DTI 50-15=35, employment 40-10=30. Delinquencies (attribute 3) precede employment (attribute 6).
    const result = unwrap(scoreApplicant(card, thinFile));
    expect(result.reasonCodes.map((each) => [each.reasonCode, each.pointsBelowMax])).toEqual([
      ["excessive_obligations", 35],
      ["delinquent_credit_obligations", 30],
      ["temporary_or_irregular_employment", 30],
      ["high_revolving_utilization", 25],
      ["limited_credit_experience", 15],
    ]);
    expect(result.attributes.find((each) => each.attributeId === "inquiriesLast6Months")?.pointsBelowMax).toBe(0);
  });

  it("sums shortfalls that share a reason code, including missing-bin codes", () => {
    // no_credit_file: oldest trade 55-5=50 plus delinquencies 60-20=40 = 90.
    const result = unwrap(scoreApplicant(card, {}));
    expect(result.reasonCodes[0]).toEqual({
      reasonCode: "no_credit_file",
      pointsBelowMax: 90,
      attributeIds: ["monthsSinceOldestTrade", "delinquencies30PlusLast24Months"],
    });
  });

  it("breaks ties by document order, so reordering attributes reorders equal reasons", () => {
    const doc = (order: ReadonlyArray<"a" | "b">) => ({
      id: "tie",
      version: "1",
      baseScore: 0,
      attributes: order.map((id) => ({
        id,
        type: "numeric" as const,
        reasonCode: `reason_${id}`,
        bins: [
          { kind: "range" as const, max: "1", points: 0 },
          { kind: "range" as const, min: "1", points: 10 },
        ],
      })),
    });
    const codes = (order: ReadonlyArray<"a" | "b">) =>
      unwrap(scoreApplicant(unwrap(compileScorecard(doc(order))), { a: 0, b: 0 })).reasonCodes.map((r) => r.reasonCode);
    expect(codes(["a", "b"])).toEqual(["reason_a", "reason_b"]);
    expect(codes(["b", "a"])).toEqual(["reason_b", "reason_a"]);
  });

  const errors: ReadonlyArray<{ name: string; facts: Record<string, ScoreFact>; code: string }> = [
    {
      name: "text in a numeric attribute",
      facts: { ...thinFile, inquiriesLast6Months: "three" },
      code: "invalid_fact",
    },
    { name: "NaN", facts: { ...thinFile, inquiriesLast6Months: Number.NaN }, code: "invalid_fact" },
    {
      name: "a value below every range",
      facts: { ...thinFile, delinquencies30PlusLast24Months: -1 },
      code: "no_matching_bin",
    },
  ];
  it.each(errors)("refuses $name with $code", ({ facts, code }) => {
    const result = scoreApplicant(card, facts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it("refuses a missing fact when the attribute has no missing bin", () => {
    const strict = unwrap(
      compileScorecard({
        id: "s",
        version: "1",
        baseScore: 0,
        attributes: [{ id: "x", type: "numeric", reasonCode: "x_low", bins: [{ kind: "range", points: 1 }] }],
      }),
    );
    const result = scoreApplicant(strict, { x: null });
    expect(result.ok ? "" : result.error.code).toBe("missing_fact");
  });
});
