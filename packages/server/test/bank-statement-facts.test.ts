import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bankStatementPdf, SAMPLE_BANK_STATEMENT } from "../src/adapters/document-parsing/index.js";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { demoRuleSetDocument } from "../src/demo/rule-set-verification.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The `bankStatement…` decision inputs over the API, on PGlite and (with DATABASE_URL) PostgreSQL: bank
// statement PDFs uploaded, extracted by the built-in parser and accepted by a reviewer become facts a rule
// set can decline or refer on. A statement not accepted (pending review, rejected) does not count.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

/** The demo rule set plus the bank-statement inputs and three rules on them. */
const bankStatementRuleSet: RuleSetDocument = {
  ...demoRuleSetDocument,
  id: "demo-bank-statements",
  inputs: [
    ...demoRuleSetDocument.inputs,
    { name: "bankStatementCount", type: "number" },
    { name: "bankStatementAverageMonthlyDeposits", type: "number", unit: "USD_minor", nullable: true },
    { name: "bankStatementNsfCount", type: "number", nullable: true },
    { name: "bankStatementEndingBalance", type: "number", unit: "USD_minor", nullable: true },
  ],
  rules: [
    ...demoRuleSetDocument.rules,
    { id: "no-statement", when: "bankStatementCount == 0", decision: "refer", reasonCodes: ["BANK_STATEMENT_MISSING"] },
    { id: "nsf", when: "(bankStatementNsfCount ?? 0) >= 3", decision: "decline", reasonCodes: ["NSF_ACTIVITY"] },
    {
      id: "low-deposits",
      when: "(bankStatementAverageMonthlyDeposits ?? 0) < 500000 or (bankStatementEndingBalance ?? 0) < 0",
      decision: "refer",
      reasonCodes: ["DEPOSITS_TOO_LOW"],
    },
  ],
};

const reasonStatements = {
  ...demoRuleSetReasonStatements,
  BANK_STATEMENT_MISSING: { statementId: "other", otherText: "No verified bank statement" },
  NSF_ACTIVITY: { statementId: "other", otherText: "Returned items on your bank account" },
  DEPOSITS_TOO_LOW: { statementId: "other", otherText: "Bank deposits too low for the amount requested" },
};

async function prepared(tenant: string): Promise<{ token: string; ruleSetId: string; applicationId: string }> {
  const token = await api.token(tenant);
  const setup: OriginationSetup = await setUpOrigination(api, token);
  const created = await call("POST", "/v1/rule-sets", token, { document: bankStatementRuleSet, reasonStatements });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await call("POST", `/v1/rule-sets/${created.body.id}/versions/1/publish`, token)).status).toBe(200);
  const draft = await call("POST", "/v1/applications", token, completeForm(setup));
  expect((await call("POST", `/v1/applications/${draft.body.id}/submit`, token)).status).toBe(200);
  return { token, ruleSetId: String(created.body.id), applicationId: String(draft.body.id) };
}

/** Uploads a bank statement of the application, extracts it, and (unless `review` says no) accepts it. */
async function statement(
  token: string,
  applicationId: string,
  figures: typeof SAMPLE_BANK_STATEMENT,
  review = "accept",
) {
  const content = Buffer.from(await bankStatementPdf(figures)).toString("base64");
  const body = {
    type: "bank_statement",
    applicationId,
    fileName: "statement.pdf",
    contentType: "application/pdf",
    content,
  };
  const document = await call("POST", "/v1/documents", token, body);
  expect(document.status).toBe(201);
  expect((await call("POST", `/v1/documents/${document.body.id}/extractions`, token)).status).toBe(201);
  if (review === "accept")
    expect((await call("POST", `/v1/documents/${document.body.id}/accept`, token)).status).toBe(200);
  if (review === "reject") {
    const rejected = await call("POST", `/v1/documents/${document.body.id}/reject`, token, { reason: "Illegible" });
    expect(rejected.status).toBe(200);
  }
}

async function decide(token: string, ruleSetId: string, applicationId: string) {
  const decided = await call("POST", `/v1/applications/${applicationId}/decision`, token, {
    ruleSetId,
    facts: primeBureauFacts,
  });
  expect(decided.status, JSON.stringify(decided.body)).toBe(200);
  const decision = await call("GET", `/v1/decisions/${decided.body.decisionId}`, token);
  return { state: decided.body.state, facts: decision.body.facts as Body, reasons: decision.body.reasonCodes };
}

const march = SAMPLE_BANK_STATEMENT;
const april = {
  ...SAMPLE_BANK_STATEMENT,
  periodStart: "2026-04-01",
  periodEnd: "2026-04-30",
  openingMinor: 120_411n,
  closingMinor: 310_000n,
  depositsMinor: 400_001n,
  nsfFees: 1,
};

describe("bank statement facts in a rule set", () => {
  it("refers when no statement is accepted: a pending and a rejected one do not count", async () => {
    const { token, ruleSetId, applicationId } = await prepared("bank-none");
    await statement(token, applicationId, march, "none");
    await statement(token, applicationId, april, "reject");
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.facts).toMatchObject({ bankStatementCount: 0 });
    expect(decided.facts.bankStatementNsfCount ?? null).toBeNull();
    expect(decided.state).toBe("referred");
    expect(decided.reasons).toContain("BANK_STATEMENT_MISSING");
  });

  it("declines on three NSF items over two accepted statements, with the averages and ending balance", async () => {
    const { token, ruleSetId, applicationId } = await prepared("bank-nsf");
    await statement(token, applicationId, march);
    await statement(token, applicationId, april);
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.facts).toMatchObject({
      bankStatementCount: 2,
      // (833,334 + 400,001) / 2 = 616,667.5 → 616,668 (half-even: 616,667 is odd)
      bankStatementAverageMonthlyDeposits: 616_668,
      // 2 in March + 1 in April
      bankStatementNsfCount: 3,
      // April's closing balance: the latest period end
      bankStatementEndingBalance: 310_000,
    });
    expect(decided.state).toBe("declined");
    expect(decided.reasons).toContain("NSF_ACTIVITY");
  });

  it("refers on low average deposits with fewer NSF items", async () => {
    const { token, ruleSetId, applicationId } = await prepared("bank-low");
    await statement(token, applicationId, april);
    const decided = await decide(token, ruleSetId, applicationId);
    expect(decided.facts).toMatchObject({
      bankStatementCount: 1,
      bankStatementAverageMonthlyDeposits: 400_001,
      bankStatementNsfCount: 1,
      bankStatementEndingBalance: 310_000,
    });
    expect(decided.state).toBe("referred");
    expect(decided.reasons).toEqual(["DEPOSITS_TOO_LOW"]);
  });
});
