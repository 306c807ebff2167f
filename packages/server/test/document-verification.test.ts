import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bankStatementPdf,
  payStubPdf,
  SAMPLE_BANK_STATEMENT,
  SAMPLE_PAY_STUB,
} from "../src/adapters/document-parsing/index.js";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { demoRuleSetDocument } from "../src/demo/rule-set-verification.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Verified facts over the API, on PGlite and (with DATABASE_URL) PostgreSQL: a pay stub PDF uploaded and
// extracted becomes `verifiedMonthlyIncome` and `incomeVarianceBasisPoints` in the decision, a bank
// statement `nsfCount`; the demo rule set asks for an employment verification when the variance is over
// 1,000 basis points. Stated income: the primary's $85,000.00 a year = 8,500,000 / 12 = 708,333 cents a
// month (rounded down), the co-borrower's 0.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

/** The demo rule set with the verification rule, published under its own key. */
async function publishVerifyingRuleSet(token: string): Promise<string> {
  const document = { ...structuredClone(demoRuleSetDocument), id: "demo-verified" } as RuleSetDocument;
  const created = await call("POST", "/v1/rule-sets", token, {
    document,
    reasonStatements: demoRuleSetReasonStatements,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await call("POST", `/v1/rule-sets/${created.body.id}/versions/1/publish`, token)).status).toBe(200);
  return String(created.body.id);
}

async function submitted(token: string, setup: OriginationSetup): Promise<string> {
  const draft = await call("POST", "/v1/applications", token, completeForm(setup));
  expect((await call("POST", `/v1/applications/${draft.body.id}/submit`, token)).status).toBe(200);
  return String(draft.body.id);
}

/** Uploads a generated PDF for the application and extracts it. */
async function extracted(token: string, applicationId: string, type: string, bytes: Uint8Array) {
  const content = Buffer.from(bytes).toString("base64");
  const body = { type, applicationId, fileName: `${type}.pdf`, contentType: "application/pdf", content };
  const document = await call("POST", "/v1/documents", token, body);
  expect(document.status).toBe(201);
  const extraction = await call("POST", `/v1/documents/${document.body.id}/extractions`, token);
  expect(extraction.status).toBe(201);
  return extraction.body;
}

async function decide(token: string, ruleSetId: string, applicationId: string) {
  const decided = await call("POST", `/v1/applications/${applicationId}/decision`, token, {
    ruleSetId,
    facts: primeBureauFacts,
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  const decision = await call("GET", `/v1/decisions/${decided.body.decisionId}`, token);
  const conditions = await call("GET", `/v1/applications/${applicationId}/conditions`, token);
  return { state: decided.body.state, facts: decision.body.facts as Body, conditions: conditions.body.data as Body[] };
}

describe("verified facts from extracted documents", () => {
  it("a pay stub far below the stated income raises an employment verification condition", async () => {
    const token = await api.token("verify-low");
    const setup = await setUpOrigination(api, token);
    const ruleSetId = await publishVerifyingRuleSet(token);
    const applicationId = await submitted(token, setup);
    // $1,923.08 biweekly: 192,308 × 26 / 12 = 416,667.33 → 416,667 a month
    await extracted(token, applicationId, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    await extracted(token, applicationId, "bank_statement", await bankStatementPdf(SAMPLE_BANK_STATEMENT));
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.state).toBe("offered");
    expect(decided.facts).toMatchObject({
      monthlyIncome: 708_333,
      verifiedMonthlyIncome: 416_667,
      // |708,333 − 416,667| × 10,000 / 708,333 = 4,117.64… → 4,118 (half-up)
      incomeVarianceBasisPoints: 4_118,
      nsfCount: 2,
    });
    expect(decided.conditions).toMatchObject([
      {
        kind: "prior_to_closing",
        description: "Required document: employment verification",
        documentType: "employment_verification",
        status: "open",
      },
    ]);
  });

  it("a pay stub matching the stated income raises nothing; the newest extraction counts", async () => {
    const token = await api.token("verify-match");
    const setup = await setUpOrigination(api, token);
    const ruleSetId = await publishVerifyingRuleSet(token);
    const applicationId = await submitted(token, setup);
    await extracted(token, applicationId, "pay_stub", await payStubPdf(SAMPLE_PAY_STUB));
    // $3,269.23 biweekly: 326,923 × 26 / 12 = 708,333.16… → 708,333 a month, the stated income exactly
    const matching = { ...SAMPLE_PAY_STUB, grossMinor: 326_923n, netMinor: 251_631n };
    await extracted(token, applicationId, "pay_stub", await payStubPdf(matching));
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.state).toBe("offered");
    expect(decided.facts).toMatchObject({ verifiedMonthlyIncome: 708_333, incomeVarianceBasisPoints: 0 });
    expect(decided.facts).not.toHaveProperty("nsfCount");
    expect(decided.conditions).toEqual([]);
  });

  it("without an extraction the facts are absent and the rule set decides as before", async () => {
    const token = await api.token("verify-none");
    const setup = await setUpOrigination(api, token);
    const ruleSetId = await publishVerifyingRuleSet(token);
    const applicationId = await submitted(token, setup);
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.state).toBe("offered");
    expect(decided.facts).not.toHaveProperty("verifiedMonthlyIncome");
    expect(decided.conditions).toEqual([]);
  });
});
