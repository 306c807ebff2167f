import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { expect } from "vitest";
import { json } from "./products.js";
import type { TestApp } from "./test-app.js";

/**
 * A prime applicant for core's demo policy: score 760, DTI 180000/650000 = 0.276923, unsecured,
 * 60 months employed, 20% utilization, 1 inquiry, no delinquencies, CA. Every knock-out rule
 * misses; scorecard points 60 + 30 + 25 + 35 + 15 + 40 = 205 (>= 190 -> rate adjustment -0.5).
 */
export const primeApplicant = {
  creditScore: 760,
  monthlyIncome: 650_000,
  monthlyDebt: 180_000,
  requestedAmount: 1_500_000,
  propertyValue: null,
  termMonths: 36,
  employmentMonths: 60,
  utilizationPercent: 20,
  inquiriesLast6Months: 1,
  delinquenciesLast24Months: 0,
  hasBankruptcy: false,
  monthsSinceBankruptcy: null,
  state: "CA",
  bureauFlags: [],
};

/** The demo policy (core's `demoUnderwritingRuleSet`) with a different id and edits. */
export function policy(edit: (doc: RuleSetDocument) => void = () => {}, id = "policy"): RuleSetDocument {
  const doc = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  (doc as { id: string }).id = id;
  edit(doc);
  return doc;
}

/** Creates a rule set (draft 1) in the token's tenant and returns the response body (expects 201). */
export async function createRuleSet(
  api: TestApp,
  token: string,
  document: unknown = policy(),
): Promise<Record<string, unknown>> {
  const response = await api.call("POST", "/v1/rule-sets", { token, body: { document } });
  expect(response.status).toBe(201);
  return json(response);
}
