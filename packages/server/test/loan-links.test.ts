import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import type { RuleSetDocument } from "@lendstack/core/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { primeApplicant } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, standardTerms } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;
let token: string;
let productId: string;
let ruleSetId: string;

/** DTI 300000/650000 = 0.46 > 0.43: the demo policy's dti-max rule declines. */
const overIndebted = { ...primeApplicant, monthlyDebt: 300_000 };

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  token = await api.token("links");
  productId = await createProduct(api, token);
  ruleSetId = await publishedRuleSet(token);
});
afterAll(() => testDatabase.dispose());

/** Core's demo policy, created and published in the token's tenant. */
async function publishedRuleSet(as: string): Promise<string> {
  const document = structuredClone(demoUnderwritingRuleSet) as RuleSetDocument;
  const created = await json(await api.call("POST", "/v1/rule-sets", { token: as, body: { document } }));
  const id = String(created.id);
  expect((await api.call("POST", `/v1/rule-sets/${id}/versions/1/publish`, { token: as })).status).toBe(200);
  return id;
}

async function decide(facts: Record<string, unknown>, as = token, ruleSet = ruleSetId) {
  const response = await api.call("POST", "/v1/decisions", { token: as, body: { ruleSetId: ruleSet, facts } });
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body;
}

describe("externalReference is unique per tenant", () => {
  it("a second loan with the same reference is 409 duplicate_external_reference naming the first", async () => {
    const first = await board(api, token, productId, { externalReference: "LN-0001" });
    const second = await api.call("POST", "/v1/loans", {
      token,
      body: { productId, ...standardTerms, externalReference: "LN-0001" },
    });
    expect(second.status).toBe(409);
    const problem = await json(second);
    expect(problem).toMatchObject({ code: "duplicate_external_reference", existingId: first.id });
    // Nothing was stored for the refused request.
    const listed = await json(await api.call("GET", "/v1/loans?externalReference=LN-0001", { token }));
    expect((listed.data as unknown[]).length).toBe(1);
  });

  it("another tenant may use the same reference, and loans without one never collide", async () => {
    await board(api, token, productId, { externalReference: "LN-0002" });
    const other = await api.token("links-other");
    const otherProduct = await createProduct(api, other);
    await board(api, other, otherProduct, { externalReference: "LN-0002" });
    await board(api, token, productId);
    await board(api, token, productId);
  });

  it("of concurrent boardings with one reference exactly one wins; the others get 409 with its id", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        api.call("POST", "/v1/loans", {
          token,
          headers: { "idempotency-key": `race-${index}` },
          body: { productId, ...standardTerms, externalReference: "LN-RACE" },
        }),
      ),
    );
    const statuses = attempts.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const bodies = await Promise.all(attempts.map((response) => json(response)));
    const winner = bodies.find((body) => body.code === undefined);
    for (const body of bodies.filter((candidate) => candidate.code !== undefined)) {
      expect(body).toMatchObject({ code: "duplicate_external_reference", existingId: winner?.id });
    }
    const listed = await json(await api.call("GET", "/v1/loans?externalReference=LN-RACE", { token }));
    expect((listed.data as Array<{ id: string }>).map((loan) => loan.id)).toEqual([winner?.id]);
  });
});

describe("a loan links to the decision it was boarded on", () => {
  it("shows decisionId on boarding, on reads and in lists, and lists filter by it", async () => {
    const decision = await decide(primeApplicant);
    expect(decision.decision).toBe("approve");
    const loan = await board(api, token, productId, { decisionId: decision.id });
    expect(loan.decisionId).toBe(decision.id);
    const read = await json(await api.call("GET", `/v1/loans/${String(loan.id)}`, { token }));
    expect(read.decisionId).toBe(decision.id);
    const listed = await json(await api.call("GET", `/v1/loans?decisionId=${String(decision.id)}`, { token }));
    expect((listed.data as Array<{ id: string; decisionId: string }>).map((row) => [row.id, row.decisionId])).toEqual([
      [loan.id, decision.id],
    ]);
    const unlinked = await board(api, token, productId);
    expect(unlinked.decisionId).toBeNull();
  });

  it("refuses a decision that does not exist in the tenant (404) or that declined (422)", async () => {
    const boardOn = (decisionId: unknown) =>
      api.call("POST", "/v1/loans", { token, body: { productId, ...standardTerms, decisionId } });
    const missing = await boardOn("dec_01JGFJJZ0000000000000000AB");
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ code: "decision_not_found" });

    const other = await api.token("links-elsewhere");
    const foreign = await decide(primeApplicant, other, await publishedRuleSet(other));
    const crossTenant = await boardOn(foreign.id);
    expect(crossTenant.status).toBe(404);

    const declined = await decide(overIndebted);
    expect(declined.decision).toBe("decline");
    const onDecline = await boardOn(declined.id);
    expect(onDecline.status).toBe(422);
    expect(await json(onDecline)).toMatchObject({ code: "decision_declined" });

    const malformed = await boardOn("not-a-decision");
    expect(malformed.status).toBe(422);
    expect((await json(malformed)).errors).toContainEqual(expect.objectContaining({ pointer: "/decisionId" }));
  });
});

describe("GET /v1/decisions", () => {
  it("lists the tenant's decisions oldest first, filtered by ruleSetId, decision and createdAt", async () => {
    const as = await api.token("decision-list");
    const listRuleSet = await publishedRuleSet(as);
    const made: Record<string, unknown>[] = [];
    for (const facts of [primeApplicant, overIndebted, primeApplicant]) {
      api.clock.advance(1_000);
      made.push(await decide(facts, as, listRuleSet));
    }
    const ids = async (query: string) => {
      const response = await api.call("GET", `/v1/decisions?${query}`, { token: as });
      const body = await json(response);
      expect(response.status, JSON.stringify(body)).toBe(200);
      return (body.data as Array<{ id: string }>).map((decision) => decision.id);
    };
    const [a, b, c] = made.map((decision) => decision.id);
    expect(await ids("")).toEqual([a, b, c]);
    expect(await ids("decision=approve")).toEqual([a, c]);
    expect(await ids("decision=decline")).toEqual([b]);
    expect(await ids(`ruleSetId=${listRuleSet}&decision=approve`)).toEqual([a, c]);
    expect(await ids("ruleSetId=rls_01JGFJJZ0000000000000000AB")).toEqual([]);
    expect(await ids(`createdAt[gte]=${String(made[1]?.createdAt)}`)).toEqual([b, c]);
    expect(await ids(`createdAt[lt]=${String(made[1]?.createdAt)}`)).toEqual([a]);

    const page = await json(await api.call("GET", "/v1/decisions?limit=2", { token: as }));
    expect((page.data as unknown[]).length).toBe(2);
    expect(await ids(`limit=2&cursor=${String(page.nextCursor)}`)).toEqual([c]);
    // The full decision, as GET /v1/decisions/{id} returns it.
    expect((page.data as unknown[])[0]).toEqual(made[0]);

    const bad = await api.call("GET", "/v1/decisions?outcome=approve", { token: as });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ code: "unknown_query_parameter" });
    const noScope = await api.token("decision-list", ["decisions:write"]);
    expect((await api.call("GET", "/v1/decisions", { token: noScope })).status).toBe(403);
  });
});
