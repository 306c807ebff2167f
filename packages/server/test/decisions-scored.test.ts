import { demoScoredRuleSet } from "@lendstack/core/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoScoredReasonStatements } from "../src/demo/rule-set.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { bodyLimitBytes: 1024 * 1024 });
});
afterAll(() => testDatabase.dispose());

/** Best bin on every attribute of core's demoScorecard (score 600); 18.5% in NY, licensed (25% cap). */
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

/** demoScorecard bins: score 410; points lost 55 utilization, 35 DTI, 30 oldest trade, 30 delinquency, … */
const weak = {
  ...prime,
  monthsSinceOldestTrade: 24,
  revolvingUtilizationPercent: "85",
  delinquencies30PlusLast24Months: 1,
  inquiriesLast6Months: 2,
  debtToIncomePercent: "40",
  employmentType: "part-time",
};

async function publishedScored(token: string): Promise<string> {
  const body = { document: { ...demoScoredRuleSet, id: "scored" }, reasonStatements: demoScoredReasonStatements };
  const created = await api.call("POST", "/v1/rule-sets", { token, body });
  expect(created.status).toBe(201);
  const id = String((await json(created)).id);
  expect((await api.call("POST", `/v1/rule-sets/${id}/versions/1/publish`, { token })).status).toBe(200);
  return id;
}

describe("decisions with a declared scorecard and compliance checks", () => {
  it("refuses a reason-statement map that leaves a scorecard reason code unmapped", async () => {
    const token = await api.token("tenant-scored-unmapped");
    const { RECENT_INQUIRIES: _dropped, ...withoutInquiries } = demoScoredReasonStatements;
    const body = { document: { ...demoScoredRuleSet, id: "scored-unmapped" }, reasonStatements: withoutInquiries };
    const response = await api.call("POST", "/v1/rule-sets", { token, body });
    expect(response.status).toBe(422);
    const problem = await json(response);
    expect(JSON.stringify(problem)).toContain("RECENT_INQUIRIES");
  });

  it("a decline on the score lists the scorecard's ranked attributes as the Reg B reasons (at most four)", async () => {
    const token = await api.token("scored-decline");
    const ruleSetId = await publishedScored(token);
    const response = await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: weak } });
    expect(response.status).toBe(201);
    const decision = await json(response);
    expect(decision.decision).toBe("decline");
    expect(decision.reasonCodes).toEqual([
      "HIGH_REVOLVING_UTILIZATION",
      "EXCESSIVE_OBLIGATIONS",
      "LIMITED_CREDIT_EXPERIENCE",
      "DELINQUENT_CREDIT_OBLIGATIONS",
    ]);
    expect(decision.scorecards).toMatchObject([{ name: "score", scorecardId: "demo-consumer-scorecard", score: 410 }]);
    const reasons = (decision.adverseAction as { principalReasons: Array<{ statement: string }> }).principalReasons;
    expect(reasons.map((reason) => reason.statement)).toEqual([
      "Proportion of balances to credit limits on revolving accounts is too high",
      "Excessive obligations in relation to income",
      "Limited credit experience",
      "Delinquent past or present credit obligations with others",
    ]);
    const fetched = await json(await api.call("GET", `/v1/decisions/${decision.id}`, { token }));
    expect(fetched).toEqual(decision);
  });

  it("returns the fired compliance checks with code and citation; an MLA knock-out leads the notice", async () => {
    const token = await api.token("scored-mla");
    const ruleSetId = await publishedScored(token);
    // 36.01% MAPR for a covered borrower exceeds the 36% cap of 32 CFR 232.4(b).
    const facts = { ...weak, maprPercent: "36.01", isCoveredBorrower: true };
    const decision = await json(await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts } }));
    expect(decision.complianceChecks).toEqual([
      expect.objectContaining({
        function: "mlaWithinCap",
        code: "mla_mapr_exceeds_cap",
        passed: false,
        citation: expect.objectContaining({ source: "32 CFR 232.4(b); 10 U.S.C. 987(b)" }),
      }),
      expect.objectContaining({
        function: "tridLoanEstimateDeadline",
        code: "loan_estimate_deadline",
        values: { applicationDate: "2026-11-25", deliveryDeadline: "2026-12-01" },
      }),
    ]);
    const principal = (decision.adverseAction as { principalReasons: Array<{ reasonCodes: string[] }> })
      .principalReasons;
    expect(principal.map((reason) => reason.reasonCodes[0])).toEqual([
      "MLA_MAPR_EXCEEDS_CAP",
      "HIGH_REVOLVING_UTILIZATION",
      "EXCESSIVE_OBLIGATIONS",
      "LIMITED_CREDIT_EXPERIENCE",
    ]);
    expect(decision.outputs).toEqual({ loanEstimateDueBy: "2026-12-01" });
  });

  it("an approval has its score, no lost points and no adverse action", async () => {
    const token = await api.token("scored-approve");
    const ruleSetId = await publishedScored(token);
    const decision = await json(await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: prime } }));
    expect(decision).toMatchObject({ decision: "approve", adverseAction: null, scorecards: [{ score: 600 }] });
    expect(decision.scorecards).toMatchObject([{ reasonCodes: [] }]);
  });
});
