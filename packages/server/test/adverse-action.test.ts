import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// A declined application's Regulation B adverse-action notice: built from the decline's reasons and the
// product's named parties, tracked against its 30-day due date, recorded once as sent.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
const day = 86_400_000;

const bank = {
  name: "Lendstack Demo Bank, N.A.",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  phone: "+1 402 555 0100",
};
const occ = {
  name: "Office of the Comptroller of the Currency, Customer Assistance Group",
  address: { line1: "P.O. Box 53570", city: "Houston", region: "TX", postalCode: "77052", country: "US" },
};
const bureau = {
  name: "Example Credit Bureau",
  address: { line1: "PO Box 1000", city: "Chester", region: "PA", postalCode: "19016", country: "US" },
  phone: "1-800-555-0199",
};

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

async function get(token: string, path: string): Promise<{ status: number; body: Body }> {
  const response = await api.call("GET", path, { token });
  return { status: response.status, body: await json(response) };
}

async function decided(token: string, setup: OriginationSetup, facts: Body): Promise<Body> {
  const created = await post(token, "/v1/applications", completeForm(setup));
  expect(created.status).toBe(201);
  expect((await post(token, `/v1/applications/${created.body.id}/submit`)).status).toBe(200);
  const decision = await post(token, `/v1/applications/${created.body.id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts,
  });
  expect(decision.status).toBe(200);
  return decision.body;
}

describe("adverse-action notices", () => {
  it("builds the notice of a rule decline with the FCRA score disclosure, then records it sent once", async () => {
    const token = await api.token("notices");
    const setup = await setUpOrigination(api, token, {
      adverseAction: {
        creditor: bank,
        ecoaAgency: occ,
        creditReportingAgency: { ...bureau, scoreRangeLow: 300, scoreRangeHigh: 850 },
      },
    });
    const declined = await decided(token, setup, { ...primeBureauFacts, creditScore: 500 });
    expect(declined.state).toBe("declined");
    const path = `/v1/applications/${declined.id}/adverse-action-notice`;

    const notice = await get(token, path);
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({
      object: "adverse_action_notice",
      applicationId: declined.id,
      status: "due",
      actionTaken: "credit_denied",
      applicantNames: ["Ada Lovelace", "Charles Babbage"],
      decidedOn: "2026-12-03",
      dueOn: "2027-01-02",
      sentAt: null,
      creditor: bank,
      ecoaNotice: { agency: occ },
      citations: ["12 CFR 1002.9", "15 U.S.C. 1681m(a)", "15 U.S.C. 1681g(f)"],
    });
    const reasons = notice.body.principalReasons as Array<{ statement: string; reasonCodes: string[] }>;
    expect(reasons[0]).toEqual({
      statementId: "other",
      statement: "Credit score below our minimum",
      reasonCodes: ["CREDIT_SCORE_TOO_LOW"],
    });
    expect(reasons.length).toBeLessThanOrEqual(4);
    expect(notice.body.fcraDisclosure).toMatchObject({
      agency: bureau,
      score: 500,
      rangeLow: 300,
      rangeHigh: 850,
      scoredOn: "2026-12-03",
      source: bureau.name,
      keyFactors: [],
    });
    expect(String((notice.body.ecoaNotice as Body).statement)).toContain("Equal Credit Opportunity Act");

    const due = await get(token, "/v1/applications?adverseActionNotice=due");
    expect((due.body.data as Body[]).map((application) => application.id)).toEqual([declined.id]);

    const future = await post(token, `${path}/delivery`, { method: "mail", sentAt: "2027-01-01T00:00:00Z" });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe("sent_at_in_future");
    const sent = await post(token, `${path}/delivery`, { method: "mail" });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "sent", deliveryMethod: "mail", sentAt: "2026-12-03T12:00:00.000Z" });
    const again = await post(token, `${path}/delivery`, { method: "email" });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("adverse_action_notice_sent");
    expect((await get(token, "/v1/applications?adverseActionNotice=due")).body.data).toEqual([]);
    const sentList = await get(token, "/v1/applications?adverseActionNotice=sent");
    expect((sentList.body.data as Body[]).map((application) => application.id)).toEqual([declined.id]);
    const events = await get(token, "/v1/events?type=application.adverse_action_notice_sent");
    expect(events.body.data).toHaveLength(1);
  });

  it("lists an underwriter's reasons in their order, without a score disclosure, and goes overdue after 30 days", async () => {
    const token = await api.token("underwriter-decline");
    const setup = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const referred = await decided(token, setup, { ...primeBureauFacts, creditScore: null });
    expect(referred.state).toBe("referred");
    const declined = await post(token, `/v1/applications/${referred.id}/decline`, {
      reasonCodes: ["DTI_TOO_HIGH", "EMPLOYMENT_TOO_SHORT"],
    });
    expect(declined.body.state).toBe("declined");
    const path = `/v1/applications/${referred.id}/adverse-action-notice`;
    const notice = await get(token, path);
    expect((notice.body.principalReasons as Array<{ statementId: string }>).map((r) => r.statementId)).toEqual([
      "excessive_obligations_in_relation_to_income",
      "length_of_employment",
    ]);
    expect(notice.body.fcraDisclosure).toBeNull();
    expect(notice.body.citations).toEqual(["12 CFR 1002.9"]);

    api.clock.advance(31 * day);
    const late = await get(await api.token("underwriter-decline"), path);
    expect(late.body).toMatchObject({ status: "overdue", dueOn: "2027-01-02" });
    api.clock.advance(-31 * day);
  });

  it("refuses an application that is not declined, and a product that names no creditor", async () => {
    const token = await api.token("notice-refusals");
    const configured = await setUpOrigination(api, token, { adverseAction: { creditor: bank, ecoaAgency: occ } });
    const offered = await decided(token, configured, primeBureauFacts);
    const notDeclined = await get(token, `/v1/applications/${offered.id}/adverse-action-notice`);
    expect(notDeclined.status).toBe(409);
    expect(notDeclined.body).toMatchObject({ code: "application_not_declined", currentState: "offered" });

    const other = await api.token("notice-unconfigured");
    const bare = await setUpOrigination(api, other);
    const declined = await decided(other, bare, { ...primeBureauFacts, creditScore: 500 });
    const unconfigured = await get(other, `/v1/applications/${declined.id}/adverse-action-notice`);
    expect(unconfigured.status).toBe(422);
    expect(unconfigured.body.code).toBe("adverse_action_not_configured");
    const nothingSent = await post(other, `/v1/applications/${declined.id}/adverse-action-notice/delivery`, {
      method: "mail",
    });
    expect(nothingSent.status).toBe(422);
    expect((await get(other, `/v1/applications/${declined.id}`)).body.version).toBe(declined.version);
    const missing = await get(token, "/v1/applications/app_01JGFJJZ0000000000000000AB/adverse-action-notice");
    expect(missing.status).toBe(404);
  });
});
