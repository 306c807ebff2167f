import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// /v1/loans/{loanId}/promises on PGlite and (with DATABASE_URL) PostgreSQL: recorded pending, decided kept or
// broken by the daily close (core's evaluatePromises against the loan's payments) with their events.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-03-04T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const promise = (token: string, loanId: string, body: Record<string, unknown>) =>
  api.call("POST", `/v1/loans/${loanId}/promises`, { token, body });

async function promises(token: string, loanId: string, query = ""): Promise<Record<string, unknown>[]> {
  const page = await json(await api.call("GET", `/v1/loans/${loanId}/promises?limit=100${query}`, { token }));
  return page.data as Record<string, unknown>[];
}

async function eventsOf(token: string, resourceId: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
  const page = await json(await api.call("GET", `/v1/events?resourceId=${resourceId}&limit=100`, { token }));
  return page.data as { type: string; data: Record<string, unknown> }[];
}

async function expectProblem(response: Response, status: number, code: string): Promise<void> {
  const body = await json(response);
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.code).toBe(code);
}

describe("promises to pay", () => {
  it("marks one promise kept by a payment and one broken, each with its event after the close", async () => {
    moveClockTo(api, "2025-03-04T12:00:00Z");
    const tenant = "promises-close";
    let token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const kept = await promise(token, loanId, {
      amount: 30_000,
      currency: "USD",
      dueDate: "2025-03-10",
      channel: "phone",
    });
    const keptBody = await json(kept);
    expect(kept.status, JSON.stringify(keptBody)).toBe(201);
    expect(keptBody).toMatchObject({
      object: "promise",
      loanId,
      amount: 30_000,
      currency: "USD",
      dueDate: "2025-03-10",
      promisedOn: "2025-03-04",
      channel: "phone",
      status: "pending",
      paid: null,
      keptOn: null,
    });
    const broken = await json(await promise(token, loanId, { amount: 20_000, dueDate: "2025-03-12", channel: "sms" }));
    expect((await eventsOf(token, String(keptBody.id))).map((event) => event.type)).toEqual(["promise.created"]);

    await closeDays(api, testDatabase.db, tenant, date("2025-03-04"), date("2025-03-06"));
    expect((await promises(token, loanId)).map((row) => row.status)).toEqual(["pending", "pending"]);

    // $300.00 on 2025-03-07 keeps the first promise (earlier due date) and leaves nothing for the second.
    moveClockTo(api, "2025-03-07T12:00:00Z");
    token = await api.token(tenant);
    expect((await pay(api, token, loanId, 30_000, "2025-03-07")).status).toBe(201);
    await closeDays(api, testDatabase.db, tenant, date("2025-03-07"), date("2025-03-12"));
    expect((await promises(token, loanId)).map((row) => row.status)).toEqual(["kept", "pending"]);
    await closeDays(api, testDatabase.db, tenant, date("2025-03-13"), date("2025-03-13"));

    const rows = await promises(token, loanId);
    expect(rows[0]).toMatchObject({
      id: keptBody.id,
      status: "kept",
      paid: 30_000,
      keptOn: "2025-03-07",
      resolvedOn: "2025-03-07",
    });
    expect(rows[1]).toMatchObject({ id: broken.id, status: "broken", paid: 0, keptOn: null, resolvedOn: "2025-03-13" });
    const keptEvents = await eventsOf(token, String(keptBody.id));
    expect(keptEvents.map((event) => event.type)).toEqual(["promise.created", "promise.kept"]);
    expect(keptEvents[1]?.data).toMatchObject({ status: "kept", paid: 30_000 });
    const brokenEvents = await eventsOf(token, String(broken.id));
    expect(brokenEvents.map((event) => event.type)).toEqual(["promise.created", "promise.broken"]);
    expect((await promises(token, loanId, "&status=broken")).map((row) => row.id)).toEqual([broken.id]);

    // Closing the same dates again decides nothing twice.
    await closeDays(api, testDatabase.db, tenant, date("2025-03-07"), date("2025-03-13"));
    expect(await eventsOf(token, String(broken.id))).toHaveLength(2);
    expect(await eventsOf(token, String(keptBody.id))).toHaveLength(2);
  });

  it("breaks a promise whose payment was reversed", async () => {
    moveClockTo(api, "2025-03-04T12:00:00Z");
    const tenant = "promises-reversed";
    let token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const made = await json(await promise(token, loanId, { amount: 10_000, dueDate: "2025-03-05", channel: "phone" }));
    const paid = await json(await pay(api, token, loanId, 10_000, "2025-03-04"));
    const reversal = await api.call("POST", `/v1/loans/${loanId}/reversals`, {
      token,
      body: { transactionId: (paid.event as { id: string }).id, effectiveDate: "2025-03-04" },
    });
    expect(reversal.status, JSON.stringify(await json(reversal.clone()))).toBe(201);
    moveClockTo(api, "2025-03-06T12:00:00Z");
    token = await api.token(tenant);
    await closeDays(api, testDatabase.db, tenant, date("2025-03-06"), date("2025-03-06"));
    expect((await promises(token, loanId))[0]).toMatchObject({ id: made.id, status: "broken", paid: 0 });
  });

  it("refuses bad promises with their status and code", async () => {
    moveClockTo(api, "2025-03-04T12:00:00Z");
    const token = await api.token("promises-bad");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const good = { amount: 10_000, dueDate: "2025-03-10", channel: "phone" };
    await expectProblem(await promise(token, loanId, { ...good, dueDate: "2025-03-03" }), 422, "promise_date_in_past");
    await expectProblem(await promise(token, loanId, { ...good, currency: "EUR" }), 422, "currency_mismatch");
    await expectProblem(await promise(token, loanId, { ...good, amount: 0 }), 422, "validation_failed");
    await expectProblem(await promise(token, loanId, { ...good, amount: 10.5 }), 422, "validation_failed");
    await expectProblem(await promise(token, loanId, { ...good, channel: "pigeon" }), 422, "validation_failed");
    await expectProblem(await promise(token, "loan_01JGFJJZ0000000000000000AB", good), 404, "loan_not_found");
    await expectProblem(
      await api.call("GET", `/v1/loans/${loanId}/promises?status=late`, { token }),
      422,
      "validation_failed",
    );
    const stranger = await api.token("promises-bad-other");
    await expectProblem(await promise(stranger, loanId, good), 404, "loan_not_found");
    expect(await promises(token, loanId)).toEqual([]);
  });
});
