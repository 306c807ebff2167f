import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { allScopes } from "../src/resources.js";
import { completeForm, type OriginationSetup, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, TEST_AUTH, TEST_SECRET, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";

// /v1/applications end to end on PGlite and (with DATABASE_URL) PostgreSQL: drafts, submit, decision by the
// demo policy, four-eyes approval, offers, acceptance, closing and funding into exactly one loan.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

async function post(token: string, path: string, body?: unknown): Promise<{ status: number; body: Body }> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  return { status: response.status, body: await json(response) };
}

async function draft(token: string, setup: OriginationSetup, overrides: Body = {}): Promise<Body> {
  const created = await post(token, "/v1/applications", completeForm(setup, overrides));
  expect(created.status).toBe(201);
  return created.body;
}

/** Submits and decides an application with the demo policy; returns the decided application. */
async function decided(token: string, setup: OriginationSetup, facts: Body = primeBureauFacts, form: Body = {}) {
  const application = await draft(token, setup, form);
  expect((await post(token, `/v1/applications/${application.id}/submit`)).status).toBe(200);
  const decision = await post(token, `/v1/applications/${application.id}/decision`, {
    ruleSetId: setup.ruleSetId,
    facts,
  });
  expect(decision.status).toBe(200);
  return decision.body;
}

/** An offered application taken through acceptance and closing. */
async function inClosing(token: string, setup: OriginationSetup): Promise<Body> {
  const offered = await decided(token, setup);
  const offers = await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token }));
  const [offer] = offers.data as Body[];
  expect((await post(token, `/v1/applications/${offered.id}/offers/${offer?.id}/accept`)).status).toBe(200);
  const closing = await post(token, `/v1/applications/${offered.id}/closing`, { fundingDate: "2026-12-03" });
  expect(closing.body).toMatchObject({ state: "closing" });
  return closing.body;
}

const states = (application: Body) =>
  (application.stateHistory as Array<{ state: string }>).map((visit) => visit.state);

describe("drafts and submit", () => {
  it("creates, changes and submits a draft; an incomplete one is 422 listing every missing item", async () => {
    const token = await api.token("drafts");
    const setup = await setUpOrigination(api, token);
    const bare = await post(token, "/v1/applications", { productId: setup.productId, amount: 1_500_000 });
    expect(bare.status).toBe(201);
    expect(bare.body).toMatchObject({
      object: "application",
      state: "draft",
      allowedCommands: ["submit", "withdraw", "expire"],
    });
    const refused = await post(token, `/v1/applications/${bare.body.id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe("application_incomplete");
    const pointers = (refused.body.errors as Array<{ pointer: string; code: string }>).map(
      (e) => `${e.pointer}:${e.code}`,
    );
    expect(pointers).toEqual(
      expect.arrayContaining([
        "/currency:required",
        "/numberOfPayments:required",
        "/purpose:required",
        "/applicants:required",
      ]),
    );
    const patched = await api.call("PATCH", `/v1/applications/${bare.body.id}`, {
      token,
      body: { ...completeForm(setup), numberOfPayments: 48 },
    });
    expect(patched.status).toBe(200);
    expect(await json(patched)).toMatchObject({ numberOfPayments: 48, version: 2 });
    const submitted = await post(token, `/v1/applications/${bare.body.id}/submit`);
    expect(submitted.status).toBe(200);
    expect(states(submitted.body)).toEqual(["draft", "submitted"]);
    const again = await api.call("PATCH", `/v1/applications/${bare.body.id}`, { token, body: { amount: 1 } });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: "application_not_editable", currentState: "submitted" });
  });

  it("refuses unknown parties and products with 404 and an illegal command with 409 and what is allowed", async () => {
    const token = await api.token("refusals");
    const setup = await setUpOrigination(api, token);
    const ghost = "pty_01JGFJJZ0000000000000000AB";
    const unknownParty = await post(token, "/v1/applications", { applicants: [{ partyId: ghost, role: "primary" }] });
    expect(unknownParty.status).toBe(404);
    expect(unknownParty.body.code).toBe("party_not_found");
    const application = await draft(token, setup);
    const accept = await post(token, `/v1/applications/${application.id}/closing`, { fundingDate: "2026-12-10" });
    expect(accept.status).toBe(409);
    expect(accept.body).toMatchObject({
      code: "illegal_transition",
      currentState: "draft",
      allowedCommands: ["submit", "withdraw", "expire"],
    });
    expect((await post(token, `/v1/applications/${application.id}/withdraw`)).body.state).toBe("withdrawn");
    const after = await post(token, `/v1/applications/${application.id}/submit`);
    expect(after.body).toMatchObject({ code: "illegal_transition", currentState: "withdrawn", allowedCommands: [] });
  });
});

describe("decisions", () => {
  it("approves a prime applicant with the application's own facts and makes priced offers", async () => {
    const token = await api.token("approve");
    const setup = await setUpOrigination(api, token);
    const offered = await decided(token, setup);
    expect(offered.state).toBe("offered");
    expect(states(offered)).toEqual(["draft", "submitted", "in_review", "approved", "offered"]);
    const decision = await json(await api.call("GET", `/v1/decisions/${offered.decisionId}`, { token }));
    // Supplied by the application: amount, term, income (85,000/12 a month), declared debt + proposed payment.
    expect(decision.outputs).toMatchObject({ rateAdjustment: "-0.5" });
    expect(decision.facts).toMatchObject({
      requestedAmount: 1_500_000,
      termMonths: 36,
      monthlyIncome: 708_333,
      state: "NE",
    });
    // The monthly debt is the declared 450.00 plus the proposed payment: the level installment at the
    // product's default 17.99 %, as a quote prices it (the policy declares no proposedPayment input).
    const quote = await json(
      await api.call("POST", "/v1/quotes", {
        token,
        body: {
          productId: setup.productId,
          amount: 1_500_000,
          currency: "USD",
          numberOfPayments: 36,
          disbursementDate: "2026-12-03",
        },
      }),
    );
    expect((decision.facts as { monthlyDebt: number }).monthlyDebt).toBe(Number(quote.regularPayment) + 45_000);
    const offers = await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token }));
    const [offer] = offers.data as Body[];
    // The demo policy's rateAdjustment (-0.5) on the product's default 17.99 %.
    expect(offer).toMatchObject({
      object: "offer",
      status: "open",
      amount: 1_500_000,
      numberOfPayments: 36,
      ratePercent: "17.49",
    });
    const schedule = offer?.schedule as Array<{ principal: number }>;
    expect(schedule.reduce((sum, row) => sum + row.principal, 0)).toBe(offer?.principal);
    expect(Number(offer?.totalOfPayments) - Number(offer?.amountFinanced)).toBe(offer?.financeCharge);
    // Priced half a point lower, the offer's installment is below the proposed payment.
    expect(Number(offer?.regularPayment)).toBeLessThan(Number(quote.regularPayment));
  });

  it("declines by rule and refers a thin file to underwriters", async () => {
    const token = await api.token("decline");
    const setup = await setUpOrigination(api, token);
    const declined = await decided(token, setup, { ...primeBureauFacts, creditScore: 500 });
    expect(declined).toMatchObject({ state: "declined", allowedCommands: [] });
    const referred = await decided(token, setup, { ...primeBureauFacts, creditScore: null });
    expect(referred.state).toBe("referred");
  });

  it("enforces four-eyes above the authority limit", async () => {
    const tenant = "four-eyes";
    const asUser = (subject: string) =>
      mintDevelopmentToken({
        tenant,
        scopes: allScopes(),
        secret: TEST_SECRET,
        issuer: TEST_AUTH.issuer,
        audience: TEST_AUTH.audience,
        now: api.clock(),
        subject,
      });
    const officer = await asUser("officer");
    const setup = await setUpOrigination(api, officer, { approvalAuthorityLimit: 1_000_000 });
    const referred = await decided(officer, setup, { ...primeBureauFacts, creditScore: null });
    const path = `/v1/applications/${referred.id}/approve`;
    expect((await post(officer, path)).body.code).toBe("own_referral");
    const ann = await asUser("ann");
    const first = await post(ann, path);
    expect(first.body).toMatchObject({ state: "referred", approvals: [{ sub: "ann" }] });
    const twice = await post(ann, path);
    expect(twice.status).toBe(403);
    expect(twice.body.code).toBe("already_approved");
    const second = await post(await asUser("bob"), path);
    expect(second.body.state).toBe("offered");
    const withoutApprove = await api.token(
      tenant,
      allScopes().filter((scope) => scope !== "applications:approve"),
    );
    expect((await post(withoutApprove, path)).status).toBe(403);
  });
});

describe("offers, closing and funding", () => {
  it("accepts one offer (voiding the rest), refuses void and expired offers, and counters", async () => {
    const token = await api.token("offers");
    const setup = await setUpOrigination(api, token);
    const offered = await decided(token, setup);
    const [offer] = (await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token })))
      .data as Body[];
    const countered = await post(token, `/v1/applications/${offered.id}/offers/${offer?.id}/counter`, {
      numberOfPayments: 24,
    });
    expect(countered.status).toBe(200);
    const after = (await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token })))
      .data as Body[];
    expect(after.map((o) => [o.status, o.numberOfPayments, o.counterOf])).toEqual([
      ["void", 36, null],
      ["open", 24, offer?.id],
    ]);
    const onVoid = await post(token, `/v1/applications/${offered.id}/offers/${offer?.id}/accept`);
    expect(onVoid.status).toBe(409);
    expect(onVoid.body.code).toBe("offer_void");
    api.clock.advance(31 * 86_400_000);
    const late = await post(await api.token("offers"), `/v1/applications/${offered.id}/offers/${after[1]?.id}/accept`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe("offer_expired");
    api.clock.advance(-31 * 86_400_000);
  });

  it("funds on the product version the offer was priced under, after the product changed", async () => {
    const token = await api.token("fund-version");
    const setup = await setUpOrigination(api, token);
    const offered = await decided(token, setup);
    const [offer] = (await json(await api.call("GET", `/v1/applications/${offered.id}/offers`, { token })))
      .data as Body[];
    expect(offer).toMatchObject({ productVersion: 1, originationFee: 75_000, principal: 1_500_000 });
    // Version 2 finances a flat $199 fee instead of deducting 5 %: a loan on it would differ from the offer.
    const changed = personalLoan();
    changed.fees = { ...changed.fees, origination: { type: "flat", amount: 19_900, treatment: "financed" } };
    const updated = await api.call("PUT", `/v1/products/${setup.productId}`, { token, body: changed });
    expect(await json(updated)).toMatchObject({ version: 2 });

    expect((await post(token, `/v1/applications/${offered.id}/offers/${offer?.id}/accept`)).status).toBe(200);
    expect((await post(token, `/v1/applications/${offered.id}/closing`, { fundingDate: "2026-12-03" })).status).toBe(
      200,
    );
    const funded = await post(token, `/v1/applications/${offered.id}/fund`, { method: "ach", payeeName: "Ada" });
    expect(funded.body.disbursement).toMatchObject({ amount: 1_500_000 - 75_000 });
    const loan = await json(await api.call("GET", `/v1/loans/${funded.body.loanId}`, { token }));
    expect(loan).toMatchObject({ productVersion: 1, principal: offer?.principal });
    const schedule = (await json(await api.call("GET", `/v1/loans/${funded.body.loanId}/schedule`, { token })))
      .installments as Body[];
    const disclosed = offer?.schedule as Body[];
    // Every level installment as disclosed (the last, the balance, is planned at the level amount here).
    expect(schedule.slice(0, -1).map((row) => [row.dueDate, row.planned])).toEqual(
      disclosed.slice(0, -1).map((row) => [row.dueDate, Number(row.principal) + Number(row.interest)]),
    );
    expect(schedule).toHaveLength(36);
  });

  it("funds into exactly one loan linked back, even with ten concurrent fund calls", async () => {
    const token = await api.token("fund");
    const setup = await setUpOrigination(api, token);
    const closing = await inClosing(token, setup);
    expect(closing).toMatchObject({ state: "closing", fundingDate: "2026-12-03" });
    const request = { method: "ach", payeeName: "Ada Lovelace" };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => post(token, `/v1/applications/${closing.id}/fund`, request)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const loanIds = new Set(results.map((r) => r.body.loanId));
    expect(loanIds.size).toBe(1);
    const [loanId] = [...loanIds];
    const loans = rowsOf(
      await testDatabase.db.execute(
        sql`select id from loans where tenant_id = 'fund' and application_id = ${closing.id}`,
      ),
    );
    expect(loans).toHaveLength(1);
    const loan = await json(await api.call("GET", `/v1/loans/${loanId}`, { token }));
    expect(loan).toMatchObject({
      applicationId: closing.id,
      offerId: closing.acceptedOfferId,
      decisionId: closing.decisionId,
      principal: 1_500_000,
    });
    const first = results.find((r) => r.status === 201);
    const disbursement = first?.body.disbursement as Body;
    expect(new Set(results.map((r) => (r.body.disbursement as Body).id)).size).toBe(1);
    // The demo product's 5 % origination fee is deducted from the proceeds.
    expect(disbursement).toMatchObject({ status: "pending", amount: 1_500_000 - 75_000, method: "ach" });
    const sent = await post(token, `/v1/disbursements/${disbursement.id}/status`, { status: "sent" });
    expect(sent.body.status).toBe("sent");
    const back = await post(token, `/v1/disbursements/${disbursement.id}/status`, { status: "sent" });
    expect(back.body).toMatchObject({ code: "illegal_disbursement_status", currentStatus: "sent" });
    const events = await json(await api.call("GET", `/v1/events?type=application.funded`, { token }));
    expect((events.data as Body[]).map((e) => e.resourceId)).toEqual([closing.id]);
  });

  it("hides every application of tenant A from tenant B", async () => {
    const token = await api.token("owner-a");
    const setup = await setUpOrigination(api, token);
    const application = await draft(token, setup);
    const other = await api.token("owner-b");
    expect((await api.call("GET", `/v1/applications/${application.id}`, { token: other })).status).toBe(404);
    expect((await post(other, `/v1/applications/${application.id}/submit`)).status).toBe(404);
    expect((await api.call("GET", `/v1/applications/${application.id}/offers`, { token: other })).status).toBe(404);
    const list = await json(await api.call("GET", "/v1/applications", { token: other }));
    expect(list.data).toEqual([]);
  });
});
