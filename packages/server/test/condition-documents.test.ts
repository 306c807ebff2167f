import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { PDF_BYTES } from "./helpers/documents.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { publishWorkflow } from "./workflows-helpers.js";

// Conditions met by documents, on PGlite and (with DATABASE_URL) PostgreSQL: the documents a decision
// requires become prior-to-closing conditions, cleared when a reviewer accepts a document of their type for
// the application or an applicant (or at once, when one already was); until then they refuse funding.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

async function submitted(token: string, setup: OriginationSetup): Promise<string> {
  const draft = await call("POST", "/v1/applications", token, completeForm(setup));
  expect((await call("POST", `/v1/applications/${draft.body.id}/submit`, token)).status).toBe(200);
  return String(draft.body.id);
}

const decide = (token: string, ruleSetId: string, applicationId: string, facts: Body) =>
  call("POST", `/v1/applications/${applicationId}/decision`, token, { ruleSetId, facts });

/** A PDF of `type` uploaded for the application or a party, pending review. */
async function uploaded(token: string, type: string, owner: { applicationId: string } | { partyId: string }) {
  const content = PDF_BYTES.toString("base64");
  const body = { type, ...owner, fileName: `${type}.pdf`, contentType: "application/pdf", content };
  const response = await call("POST", "/v1/documents", token, body);
  expect(response.status).toBe(201);
  return String(response.body.id);
}

const conditionsOf = async (token: string, applicationId: string) =>
  (await call("GET", `/v1/applications/${applicationId}/conditions`, token)).body.data as Body[];

/** Accepts the first offer and starts closing, so that funding is the next step. */
async function toClosing(token: string, applicationId: string) {
  const offers = await call("GET", `/v1/applications/${applicationId}/offers`, token);
  const offerId = (offers.body.data as Body[])[0]?.id;
  expect((await call("POST", `/v1/applications/${applicationId}/offers/${offerId}/accept`, token)).status).toBe(200);
  const closing = await call("POST", `/v1/applications/${applicationId}/closing`, token, { fundingDate: "2026-12-03" });
  expect(closing.status).toBe(200);
}

const fund = { method: "ach", payeeName: "Ada Lovelace" };

describe("conditions met by documents", () => {
  it("raises the decision's required documents; accepting one clears its condition and funding goes on", async () => {
    const token = await api.token("conditions-docs");
    const setup = await setUpOrigination(api, token);
    const applicationId = await submitted(token, setup);
    const decided = await decide(token, setup.ruleSetId, applicationId, { ...primeBureauFacts, employmentMonths: 12 });
    expect(decided.body.state).toBe("offered");
    const [condition, ...others] = await conditionsOf(token, applicationId);
    expect(others).toEqual([]);
    expect(condition).toMatchObject({
      kind: "prior_to_closing",
      description: "Required document: employment verification",
      documentType: "employment_verification",
      status: "open",
      clearedByDocumentId: null,
    });
    await toClosing(token, applicationId);
    const refused = await call("POST", `/v1/applications/${applicationId}/fund`, token, fund);
    expect(refused).toMatchObject({ status: 409, body: { code: "conditions_open", conditionIds: [condition?.id] } });

    const payStub = await uploaded(token, "pay_stub", { applicationId });
    expect((await call("POST", `/v1/documents/${payStub}/accept`, token)).status).toBe(200);
    const letter = await uploaded(token, "employment_verification", { applicationId });
    expect((await conditionsOf(token, applicationId))[0]?.status).toBe("open");
    expect((await call("POST", `/v1/documents/${letter}/accept`, token)).status).toBe(200);
    expect((await conditionsOf(token, applicationId))[0]).toMatchObject({
      status: "cleared",
      clearedByDocumentId: letter,
      resolvedBy: "user-of-conditions-docs",
      resolvedAt: "2026-12-03T12:00:00.000Z",
    });
    expect((await call("POST", `/v1/applications/${applicationId}/fund`, token, fund)).status).toBe(201);

    const events = await call("GET", "/v1/events?limit=100", token);
    const trail = (events.body.data as Body[])
      .filter((event) => /^(condition|document)\.(raised|accepted|cleared)$/.test(String(event.type)))
      .map((event) => `${event.type} ${(event.data as Body).id}`);
    expect(trail).toEqual([
      `condition.raised ${condition?.id}`,
      `document.accepted ${payStub}`,
      `document.accepted ${letter}`,
      `condition.cleared ${condition?.id}`,
    ]);
  });

  it("a party's accepted document clears conditions of its open applications, a rejected one none", async () => {
    const token = await api.token("conditions-party-docs");
    const setup = await setUpOrigination(api, token);
    const [first, second] = [await submitted(token, setup), await submitted(token, setup)];
    const raise = (applicationId: string) =>
      call("POST", `/v1/applications/${applicationId}/conditions`, token, {
        kind: "prior_to_approval",
        description: "Two recent pay stubs",
        documentType: "pay_stub",
      });
    const [one, two] = [await raise(first), await raise(second)];
    expect(one).toMatchObject({ status: 201, body: { documentType: "pay_stub", status: "open" } });
    expect((await call("POST", `/v1/applications/${second}/withdraw`, token, {})).status).toBe(200);

    const blurred = await uploaded(token, "pay_stub", { partyId: setup.coBorrowerId });
    const rejected = await call("POST", `/v1/documents/${blurred}/reject`, token, { reason: "illegible" });
    expect(rejected.status).toBe(200);
    expect((await conditionsOf(token, first))[0]?.status).toBe("open");
    const stub = await uploaded(token, "pay_stub", { partyId: setup.coBorrowerId });
    expect((await call("POST", `/v1/documents/${stub}/accept`, token)).status).toBe(200);
    expect((await conditionsOf(token, first))[0]).toMatchObject({ status: "cleared", clearedByDocumentId: stub });
    // The withdrawn application's condition is left as it was.
    expect((await conditionsOf(token, second))[0]).toMatchObject({ id: two.body.id, status: "open" });

    const again = await raise(first);
    expect(again).toMatchObject({ status: 201, body: { status: "cleared", clearedByDocumentId: stub } });
    const events = await call("GET", "/v1/events?type=condition.*&limit=100", token);
    const ofAgain = (events.body.data as Body[]).filter((event) => (event.data as Body).id === again.body.id);
    expect(ofAgain.map((event) => [event.type, (event.data as Body).status])).toEqual([
      ["condition.raised", "open"],
      ["condition.cleared", "cleared"],
    ]);
    const badType = await call("POST", `/v1/applications/${first}/conditions`, token, {
      kind: "prior_to_approval",
      description: "A paystub",
      documentType: "paystub",
    });
    expect(badType).toMatchObject({ status: 422, body: { code: "validation_failed" } });
  });

  it("raises a workflow template's document condition; a rule's unknown document is cleared by hand", async () => {
    const token = await api.token("conditions-doc-rules");
    const setup = await setUpOrigination(api, token);
    const template = { id: "insurance", kind: "prior_to_closing", description: "Insurance", documentType: "insured" };
    const broken = await call("POST", "/v1/workflows", token, {
      productId: setup.productId,
      facts: [],
      stages: [],
      conditions: [template],
    });
    expect(broken).toMatchObject({ status: 422, body: { code: "invalid_workflow" } });
    const conditions = [{ ...template, documentType: "proof_of_insurance" }];
    await publishWorkflow(api, token, setup.productId, { conditions });
    const document = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
    const rules = document.rules.map((rule) =>
      rule.id === "employment-verify" ? { ...rule, set: { requiredDocuments: '"NOTARISED_LETTER"' } } : rule,
    );
    const body = { document: { ...document, id: "notarised", rules }, reasonStatements: demoRuleSetReasonStatements };
    const ruleSet = await call("POST", "/v1/rule-sets", token, body);
    expect((await call("POST", `/v1/rule-sets/${ruleSet.body.id}/versions/1/publish`, token)).status).toBe(200);

    const applicationId = await submitted(token, setup);
    const facts = { ...primeBureauFacts, employmentMonths: 12 };
    expect((await decide(token, String(ruleSet.body.id), applicationId, facts)).body.state).toBe("offered");
    expect(await conditionsOf(token, applicationId)).toMatchObject([
      { templateId: "insurance", documentType: "proof_of_insurance", status: "open" },
      { description: "Required document: NOTARISED_LETTER", documentType: null, status: "open" },
    ]);
  });
});
