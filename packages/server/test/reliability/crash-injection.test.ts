import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FaultHook, FaultStep } from "../../src/http/faults.js";
import { json } from "../helpers/products.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { board, createProduct } from "../loans-helpers.js";
import { countEvents, expectBooksBalanced, paymentBody } from "./books.js";

// A payment's path, with a failure injected at each step and then retried with the same key: exactly one
// payment each time, and once the change has committed, the retry gets the response it rendered.
// Runs on PGlite by default and on PostgreSQL with DATABASE_URL (see crash-kill.test.ts for SIGKILL).

const STEPS: ReadonlyArray<FaultStep> = [
  "before_claim",
  "after_claim",
  "after_event_insert",
  "before_render",
  "after_commit",
];
const ROUNDS_PER_STEP = 4;

let testDatabase: TestDatabase;
let api: TestApp;
/** The step the next request fails at; cleared when it fires, so the retry runs clean. */
let armed: FaultStep | undefined;
const figures = { crashes: 0, retries: 0, duplicates: 0 };

const faults: FaultHook = (step) => {
  if (step !== armed) return;
  armed = undefined;
  figures.crashes += 1;
  throw new Error(`injected failure at ${step}`);
};

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { faults });
});
afterAll(async () => {
  console.info(`crash injection (${testDatabase.database.kind}): ${JSON.stringify(figures)}`);
  await testDatabase.dispose();
});

async function postPayment(token: string, loanId: string, key: string, amount: number) {
  return api.call("POST", `/v1/loans/${loanId}/payments`, {
    token,
    body: paymentBody(amount, "2025-02-01"),
    headers: { "idempotency-key": key },
  });
}

describe.each(STEPS)("a payment that fails at %s", (step) => {
  it("is posted exactly once by its retries, which agree on the response", async () => {
    const tenant = `crash-${step}`;
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    for (let round = 1; round <= ROUNDS_PER_STEP; round += 1) {
      const key = `${step}-${round}`;
      const before = await countEvents(api, token, loanId, "payment");
      armed = step;
      const failed = await postPayment(token, loanId, key, 1_000 + round);
      expect(failed.status).toBe(500);
      expect(armed).toBeUndefined();

      const retry = await postPayment(token, loanId, key, 1_000 + round);
      const again = await postPayment(token, loanId, key, 1_000 + round);
      figures.retries += 2;
      expect(retry.status).toBe(201);
      // Committed before the failure (after_commit): the retry replays what was stored; otherwise it ran afresh.
      expect(retry.headers.get("idempotent-replayed")).toBe(step === "after_commit" ? "true" : null);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      const retryBody = await json(retry);
      expect(await json(again)).toEqual(retryBody);

      const payments = await countEvents(api, token, loanId, "payment");
      figures.duplicates += Math.max(0, payments - before - 1);
      expect(payments).toBe(before + 1);
      expect((retryBody.event as { type: string }).type).toBe("payment");
    }
    await expectBooksBalanced(testDatabase.database, tenant, loanId, "2025-03-01");
  });
});

describe("a response that fails to render after the change", () => {
  it("commits nothing (500), and the retry posts the payment once", async () => {
    const token = await api.token("crash-render");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    armed = "before_render";
    const failed = await postPayment(token, loanId, "render-1", 2_500);
    expect(failed.status).toBe(500);
    expect(await json(failed)).toMatchObject({ code: "internal_error" });
    expect(await countEvents(api, token, loanId, "payment")).toBe(0);
    const retry = await postPayment(token, loanId, "render-1", 2_500);
    expect(retry.status).toBe(201);
    expect(await countEvents(api, token, loanId, "payment")).toBe(1);
  });
});

describe("what a rolled-back request leaves behind", () => {
  it("a 4xx leaves the key free: the corrected retry with the same key posts", async () => {
    const token = await api.token("crash-4xx");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const future = await api.call("POST", `/v1/loans/${loanId}/payments`, {
      token,
      body: paymentBody(1_000, "2030-01-01"),
      headers: { "idempotency-key": "fix-me" },
    });
    expect(future.status).toBe(422);
    const corrected = await postPayment(token, loanId, "fix-me", 1_000);
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    expect(await countEvents(api, token, loanId, "payment")).toBe(1);
  });
});
