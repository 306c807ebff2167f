import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import { compileRuleSet } from "../compile/compile-rule-set.js";
import { demoUnderwritingRuleSet } from "../demo-underwriting.js";
import { evaluate } from "./evaluate.js";

const compiled = unwrap(compileRuleSet(demoUnderwritingRuleSet));
const strong = {
  creditScore: 760,
  monthlyIncome: 1_000_000,
  monthlyDebt: 150_000,
  requestedAmount: 2_000_000,
  propertyValue: null,
  termMonths: 60,
  employmentMonths: 150,
  utilizationPercent: 10,
  inquiriesLast6Months: 0,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  state: "CA",
  bureauFlags: [],
};

describe("evaluate: the demo underwriting policy", () => {
  // Expected outcomes are worked by hand from the rule set's text (demo-underwriting.ts).
  const cases: Array<[string, Partial<typeof strong> | Record<string, unknown>, unknown]> = [
    // score 60 + DTI 0.15 → 40 + 150 months → 35 + util 10 → 35 + 0 inquiries → 25 + 0 dq → 40 = 235 ≥ 190: prime pricing −0.5.
    ["a strong applicant is approved at prime pricing", {}, { decision: "approve", reasonCodes: [], rate: "-0.5" }],
    // DTI 450,000 / 1,000,000 = 0.45 > 0.43; scorecard 60 + 0 + 35 + 35 + 25 + 40 = 195 (still prime).
    [
      "DTI 45% is declined",
      { monthlyDebt: 450_000 },
      { decision: "decline", reasonCodes: ["DTI_TOO_HIGH"], rate: "-0.5" },
    ],
    // DTI exactly 0.43 is allowed (≤ 43%) but elevated: bank statements and +0.25.
    [
      "DTI exactly 43% is allowed",
      { monthlyDebt: 430_000 },
      { decision: "approve", reasonCodes: [], rate: "-0.25", docs: ["bank_statement"] },
    ],
    // No score: refer; score bin 0 → 175 points, below prime.
    [
      "a missing score is referred, not declined",
      { creditScore: null },
      { decision: "refer", reasonCodes: ["NO_CREDIT_FILE"], rate: "0" },
    ],
    // 579 < 580 → decline; 579 < 660 → +1; score bin 5 → 180 points.
    [
      "score 579 is declined",
      { creditScore: 579 },
      { decision: "decline", reasonCodes: ["CREDIT_SCORE_TOO_LOW"], rate: "1" },
    ],
    // LTV 2,000,000 / 2,200,000 = 0.909…: mortgage insurance, +0.125; 235 points → −0.5.
    [
      "LTV 91% needs mortgage insurance",
      { propertyValue: 2_200_000 },
      { decision: "approve", reasonCodes: [], rate: "-0.375", docs: ["proof_of_insurance"] },
    ],
    // Decline outranks refer; reasons in rule order.
    [
      "decline outranks refer and reasons keep rule order",
      { state: "NY", bureauFlags: ["FRAUD_ALERT"] },
      { decision: "decline", reasonCodes: ["STATE_NOT_ELIGIBLE", "FRAUD_ALERT"], rate: "-0.5" },
    ],
    // 7,000,000 > 6 × 1,000,000: refer with a cap of min(6,000,000, 5,000,000); 7,000,000 > 5,000,000 also declines.
    [
      "an amount above the limits is declined and capped",
      { requestedAmount: 7_000_000 },
      {
        decision: "decline",
        reasonCodes: ["AMOUNT_ABOVE_MAXIMUM", "AMOUNT_HIGH_FOR_INCOME"],
        rate: "-0.5",
        cap: 5_000_000,
      },
    ],
    // Bankruptcy with unknown months since: `?? 0` makes it recent.
    [
      "a bankruptcy of unknown age counts as recent",
      { hasBankruptcy: true },
      { decision: "decline", reasonCodes: ["BANKRUPTCY_RECENT"], rate: "-0.5" },
    ],
  ];
  it.each(cases)("%s", (_, change, want) => {
    const result = unwrap(evaluate(compiled, { ...strong, ...change }));
    const w = want as { decision: string; reasonCodes: string[]; rate: string; docs?: string[]; cap?: number };
    expect(result.decision).toBe(w.decision);
    expect(result.reasonCodes).toEqual(w.reasonCodes);
    expect(result.outputs).toEqual({
      rateAdjustment: w.rate,
      maxAmount: w.cap ?? null,
      requiredDocuments: w.docs ?? [],
    });
  });

  it("traces every fired rule and selected row, in order, with the values it read", () => {
    const result = unwrap(evaluate(compiled, { ...strong, monthlyDebt: 450_000 }));
    const decline = result.trace.find((entry) => entry.id === "dti-max");
    expect(decline).toEqual({
      kind: "rule",
      id: "dti-max",
      decision: "decline",
      reasonCodes: ["DTI_TOO_HIGH"],
      values: { dti: "0.45" },
    });
    expect(result.trace.filter((entry) => entry.kind === "row").map((entry) => entry.id)).toEqual([
      "score-740-up",
      "dti-gt-43",
      "emp-120-up",
      "util-lt-30",
      "inq-0",
      "dq-0",
    ]);
    expect(result.toJSON().trace).toEqual(result.trace);
    expect(unwrap(evaluate(compiled, strong, { trace: false })).trace).toEqual([]);
  });

  it("refuses bad facts with a precise path", () => {
    expect(evaluate(compiled, { ...strong, creditScore: "760" })).toMatchObject({
      ok: false,
      error: { code: "invalid_fact", path: ["facts", "creditScore"] },
    });
    expect(evaluate(compiled, { ...strong, bureauFlags: ["OK", 3] })).toMatchObject({
      ok: false,
      error: { code: "invalid_fact", path: ["facts", "bureauFlags", 1] },
    });
    const { state: _, ...withoutState } = strong;
    expect(evaluate(compiled, withoutState)).toMatchObject({
      ok: false,
      error: { code: "missing_fact", path: ["facts", "state"] },
    });
    expect(evaluate(compiled, { ...strong, termMonths: Number.NaN })).toMatchObject({
      ok: false,
      error: { code: "invalid_fact" },
    });
    expect(evaluate(compiled, null)).toMatchObject({ ok: false, error: { code: "invalid_fact", path: ["facts"] } });
  });
});
