import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "../helpers/products.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { board, createProduct, standardTerms } from "../loans-helpers.js";
import { countEvents, expectBooksBalanced, paymentBody, reversalBody, storedEvents } from "./books.js";

// Concurrent requests on one loan or one key, then the books: on PostgreSQL (DATABASE_URL) these race
// on separate connections; on PGlite they interleave on its one connection.

const PARALLEL_PAYMENTS = 20;
const PARALLEL_REVERSALS = 8;
const PARALLEL_BOARDINGS = 30;

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

async function loanFor(tenant: string) {
  const token = await api.token(tenant);
  const loanId = String((await board(api, token, await createProduct(api, token))).id);
  return { token, loanId };
}

const statusesOf = (responses: ReadonlyArray<Response>) => responses.map((response) => response.status).sort();

describe("races on one loan", () => {
  it(`${PARALLEL_PAYMENTS} parallel payments are all kept, with distinct sequence numbers`, async () => {
    const { token, loanId } = await loanFor("race-payments");
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_PAYMENTS }, (_, index) =>
        api.call("POST", `/v1/loans/${loanId}/payments`, {
          token,
          body: paymentBody(1_000 + index, "2025-02-01"),
          headers: { "idempotency-key": `parallel-${index}` },
        }),
      ),
    );
    expect(statusesOf(responses)).toEqual(Array(PARALLEL_PAYMENTS).fill(201));
    const events = await storedEvents(api, token, loanId);
    expect(events.filter((event) => event.type === "payment")).toHaveLength(PARALLEL_PAYMENTS);
    expect(new Set(events.map((event) => event.sequence)).size).toBe(events.length);
    await expectBooksBalanced(testDatabase.database, "race-payments", loanId, "2025-03-01");
  });

  it(`${PARALLEL_REVERSALS} concurrent reversals of one payment: one wins, the rest are 409`, async () => {
    const { token, loanId } = await loanFor("race-reversals");
    const paid = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(50_000, "2025-02-01"),
    });
    const paymentId = String(((await json(paid)).event as { id: string }).id);
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_REVERSALS }, (_, index) =>
        api.call("POST", `/v1/loans/${loanId}/reversals`, {
          token,
          body: reversalBody(paymentId, "2025-02-10"),
          headers: { "idempotency-key": `reverse-${index}` },
        }),
      ),
    );
    expect(statusesOf(responses)).toEqual([201, ...Array(PARALLEL_REVERSALS - 1).fill(409)]);
    for (const response of responses.filter((candidate) => candidate.status === 409)) {
      expect(await json(response)).toMatchObject({ code: "already_reversed" });
    }
    expect(await countEvents(api, token, loanId, "payment-reversal")).toBe(1);
    await expectBooksBalanced(testDatabase.database, "race-reversals", loanId, "2025-03-01");
  });
});

describe("races on one key", () => {
  it(`${PARALLEL_BOARDINGS} boardings with one key board one loan, and all get its response`, async () => {
    const token = await api.token("race-boarding");
    const productId = await createProduct(api, token);
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_BOARDINGS }, () =>
        api.call("POST", "/v1/loans", {
          token,
          body: { productId, ...standardTerms },
          headers: { "idempotency-key": "one-boarding" },
        }),
      ),
    );
    expect(statusesOf(responses)).toEqual(Array(PARALLEL_BOARDINGS).fill(201));
    expect(responses.filter((response) => !response.headers.has("idempotent-replayed"))).toHaveLength(1);
    const bodies = new Set(await Promise.all(responses.map((response) => response.text())));
    expect(bodies.size).toBe(1);
    const loans = (await json(await api.call("GET", "/v1/loans?limit=100", { token }))).data as { id: string }[];
    expect(loans).toHaveLength(1);
    await expectBooksBalanced(testDatabase.database, "race-boarding", String(loans[0]?.id), "2025-03-01");
  });

  it("the same key with different bodies at once: one is posted, the other is 422 idempotency_key_reused", async () => {
    const { token, loanId } = await loanFor("race-reused");
    const send = (amount: number) =>
      api.call("POST", `/v1/loans/${loanId}/payments`, {
        token,
        body: paymentBody(amount, "2025-02-01"),
        headers: { "idempotency-key": "same-key" },
      });
    const responses = await Promise.all([send(10_000), send(20_000)]);
    expect(statusesOf(responses)).toEqual([201, 422]);
    const refused = responses.find((response) => response.status === 422);
    expect(await json(refused as Response)).toMatchObject({ code: "idempotency_key_reused" });
    expect(await countEvents(api, token, loanId, "payment")).toBe(1);
    await expectBooksBalanced(testDatabase.database, "race-reused", loanId, "2025-03-01");
  });
});
