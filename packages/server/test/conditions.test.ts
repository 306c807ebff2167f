import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { allScopes } from "../src/resources.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { callJson } from "./helpers/call-json.js";
import { createTestApp, TEST_AUTH, TEST_SECRET, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { publishWorkflow } from "./workflows-helpers.js";

// Underwriting conditions on PGlite and (with DATABASE_URL) PostgreSQL: raised from the product's workflow
// when an application enters a stage, or by hand; cleared or waived; open ones refuse approval and funding.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

const call = (method: string, path: string, token: string, body?: unknown) => callJson(api, method, path, token, body);

const conditions = [
  { id: "proof-of-income", kind: "prior_to_approval", description: "Two recent pay stubs" },
  { id: "proof-of-insurance", kind: "prior_to_closing", description: "Proof of insurance" },
];

async function submitted(token: string, setup: OriginationSetup): Promise<string> {
  const draft = await call("POST", "/v1/applications", token, completeForm(setup));
  expect((await call("POST", `/v1/applications/${draft.body.id}/submit`, token)).status).toBe(200);
  return String(draft.body.id);
}

const decide = (token: string, setup: OriginationSetup, applicationId: string, facts: Body = primeBureauFacts) =>
  call("POST", `/v1/applications/${applicationId}/decision`, token, { ruleSetId: setup.ruleSetId, facts });

describe("underwriting conditions", () => {
  it("raises the workflow's conditions on stage entry; open ones refuse approval, then funding", async () => {
    const token = await api.token("conditions-gate");
    const setup = await setUpOrigination(api, token);
    const workflow = await publishWorkflow(api, token, setup.productId, { conditions });
    const applicationId = await submitted(token, setup);
    const listed = await call("GET", `/v1/applications/${applicationId}/conditions`, token);
    const [income, insurance] = listed.body.data as Body[];
    expect(listed.body.data).toMatchObject([
      { object: "condition", templateId: "proof-of-income", kind: "prior_to_approval", status: "open" },
      { templateId: "proof-of-insurance", kind: "prior_to_closing", workflowId: workflow.id },
    ]);
    expect(income).toMatchObject({ raisedBy: "user-of-conditions-gate", raisedAt: "2026-12-03T12:00:00.000Z" });

    const refused = await decide(token, setup, applicationId);
    expect(refused).toMatchObject({ status: 409, body: { code: "conditions_open", conditionIds: [income?.id] } });
    expect((await call("GET", `/v1/applications/${applicationId}`, token)).body.state).toBe("submitted");
    const cleared = await call("POST", `/v1/applications/${applicationId}/conditions/${income?.id}/clear`, token);
    expect(cleared.body).toMatchObject({ status: "cleared", resolvedBy: "user-of-conditions-gate" });
    expect((await decide(token, setup, applicationId)).body.state).toBe("offered");

    const offers = await call("GET", `/v1/applications/${applicationId}/offers`, token);
    const offerId = (offers.body.data as Body[])[0]?.id;
    await call("POST", `/v1/applications/${applicationId}/offers/${offerId}/accept`, token);
    await call("POST", `/v1/applications/${applicationId}/closing`, token, { fundingDate: "2026-12-03" });
    const fund = { method: "ach", payeeName: "Ada Lovelace" };
    const unfunded = await call("POST", `/v1/applications/${applicationId}/fund`, token, fund);
    expect(unfunded).toMatchObject({ status: 409, body: { code: "conditions_open", conditionIds: [insurance?.id] } });
    const waivePath = `/v1/applications/${applicationId}/conditions/${insurance?.id}/waive`;
    expect((await call("POST", waivePath, token, {})).status).toBe(422);
    const waived = await call("POST", waivePath, token, { reason: "insured by the dealer" });
    expect(waived.body).toMatchObject({ status: "waived", waiverReason: "insured by the dealer" });
    expect((await call("POST", `/v1/applications/${applicationId}/fund`, token, fund)).status).toBe(201);

    const again = await call("POST", `/v1/applications/${applicationId}/conditions/${income?.id}/clear`, token);
    expect(again).toMatchObject({ status: 409, body: { code: "condition_not_open" } });
    const open = await call("GET", `/v1/applications/${applicationId}/conditions?status=open`, token);
    expect(open.body.data).toEqual([]);
    const events = await call("GET", `/v1/events?type=condition.*`, token);
    expect((events.body.data as Body[]).map((e) => e.type)).toEqual([
      "condition.raised",
      "condition.raised",
      "condition.cleared",
      "condition.waived",
    ]);
  });

  it("raises a template or a written condition by hand, and blocks an underwriter's approval", async () => {
    const token = await api.token("conditions-manual");
    const setup = await setUpOrigination(api, token);
    await publishWorkflow(api, token, setup.productId, { conditions: [], stages: [] });
    const applicationId = await submitted(token, setup);
    const referred = await decide(token, setup, applicationId, { ...primeBureauFacts, creditScore: null });
    expect(referred.body.state).toBe("referred");
    const path = `/v1/applications/${applicationId}/conditions`;
    const unknown = await call("POST", path, token, { templateId: "proof-of-income" });
    expect(unknown).toMatchObject({ status: 422, body: { code: "unknown_condition_template" } });
    expect((await call("POST", path, token, { kind: "prior_to_approval" })).status).toBe(422);
    const written = await call("POST", path, token, { kind: "prior_to_approval", description: "Verify employment" });
    expect(written.status).toBe(201);
    expect(written.body).toMatchObject({ templateId: null, workflowId: null, status: "open" });
    const underwriter = await mintDevelopmentToken({
      tenant: "conditions-manual",
      scopes: allScopes(),
      secret: TEST_SECRET,
      issuer: TEST_AUTH.issuer,
      audience: TEST_AUTH.audience,
      now: api.clock(),
      subject: "ann",
    });
    const approve = await call("POST", `/v1/applications/${applicationId}/approve`, underwriter);
    expect(approve).toMatchObject({ status: 409, body: { code: "conditions_open", conditionIds: [written.body.id] } });

    const other = await api.token("conditions-other");
    expect(await call("GET", path, other)).toMatchObject({ status: 404, body: { code: "application_not_found" } });
    const foreign = await call("POST", `${path}/${written.body.id}/clear`, other);
    expect(foreign).toMatchObject({ status: 404, body: { code: "application_not_found" } });
  });
});
