import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays, moveClockTo } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// /v1/collections/queues on PGlite and (with DATABASE_URL) PostgreSQL: the daily close places an unpaid loan
// in early_stage the day after its due date, moves it to late_stage at 30 days past due, shows a broken
// promise on its row, and takes it out when a payment cures it, with events and a collector's task.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

async function accounts(token: string, queue: string): Promise<Record<string, unknown>[]> {
  const response = await api.call("GET", `/v1/collections/queues/${queue}/accounts?limit=100`, { token });
  const page = await json(response);
  expect(response.status, JSON.stringify(page)).toBe(200);
  return page.data as Record<string, unknown>[];
}

async function counts(token: string): Promise<Record<string, number>> {
  const body = await json(await api.call("GET", "/v1/collections/queues", { token }));
  return Object.fromEntries(
    (body.queues as { queue: string; accountCount: number }[]).map((q) => [q.queue, q.accountCount]),
  );
}

async function queueEvents(
  token: string,
  loanId: string,
): Promise<{ type: string; businessDate: string; data: Record<string, unknown> }[]> {
  const page = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
  return (page.data as { type: string; businessDate: string; data: Record<string, unknown> }[]).filter((event) =>
    event.type.startsWith("collections."),
  );
}

async function taskOf(token: string, taskId: unknown): Promise<Record<string, unknown>> {
  return json(await api.call("GET", `/v1/tasks/${String(taskId)}`, { token }));
}

describe("collections queues", () => {
  it("places an unpaid loan in early_stage, then late_stage, shows a broken promise, and lets it go on cure", async () => {
    const tenant = "queues-walk";
    let token = await api.token(tenant);
    const productId = await createProduct(api, token);
    const loanId = String((await board(api, token, productId)).id);
    // Due 2025-02-01 and unpaid: nothing through that day, early_stage from 02-02 (1 day past due).
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-01"));
    expect(await counts(token)).toEqual({ early_stage: 0, late_stage: 0, pre_charge_off: 0, recovery: 0 });
    await closeDays(api, testDatabase.db, tenant, date("2025-02-02"), date("2025-02-02"));
    const [early] = await accounts(token, "early_stage");
    expect(early).toMatchObject({
      object: "collections_account",
      loanId,
      queue: "early_stage",
      enteredOn: "2025-02-02",
      daysPastDue: 1,
      asOf: "2025-02-02",
      brokenPromiseCount: 0,
      lastBrokenPromise: null,
    });
    const task = await json(await api.call("GET", `/v1/tasks/${early?.taskId}`, { token }));
    expect(task).toMatchObject({ queue: "collections", role: "collector", status: "open" });

    // A promise made on 02-05 for 02-06 and not kept is broken at the close of 02-07, visible on the row.
    moveClockTo(api, "2025-02-05T12:00:00Z");
    token = await api.token(tenant);
    const promise = await json(
      await api.call("POST", `/v1/loans/${loanId}/promises`, {
        token,
        body: { amount: 50_000, dueDate: "2025-02-06", channel: "phone" },
      }),
    );
    await closeDays(api, testDatabase.db, tenant, date("2025-02-03"), date("2025-02-07"));
    const [withBroken] = await accounts(token, "early_stage");
    expect(withBroken).toMatchObject({
      daysPastDue: 6,
      enteredOn: "2025-02-02",
      priority: "follow_up",
      followUpSince: "2025-02-07",
      brokenPromiseCount: 1,
      lastBrokenPromise: {
        id: promise.id,
        amount: 50_000,
        currency: "USD",
        dueDate: "2025-02-06",
        resolvedOn: "2025-02-07",
      },
    });

    // The broken promise retired the first task and opened a follow-up.
    expect(await taskOf(token, early?.taskId)).toMatchObject({ status: "completed", outcome: "promise_broken" });
    expect(withBroken?.taskId).not.toBe(early?.taskId);
    expect(await taskOf(token, withBroken?.taskId)).toMatchObject({
      name: "Follow up broken promise to pay",
      status: "open",
      details: { promiseId: promise.id, loanId },
    });

    // 30 days past due on 2025-03-03: late_stage, with a new task; the follow-up is retired.
    await closeDays(api, testDatabase.db, tenant, date("2025-02-08"), date("2025-03-03"));
    expect(await accounts(token, "early_stage")).toEqual([]);
    const [late] = await accounts(token, "late_stage");
    expect(late).toMatchObject({ loanId, queue: "late_stage", enteredOn: "2025-03-03", daysPastDue: 30 });
    expect(late).toMatchObject({ priority: "normal", followUpSince: null });
    expect(late?.taskId).not.toBe(withBroken?.taskId);
    expect(await taskOf(token, withBroken?.taskId)).toMatchObject({
      status: "completed",
      outcome: "moved_to_late_stage",
    });
    expect(await counts(token)).toEqual({ early_stage: 0, late_stage: 1, pre_charge_off: 0, recovery: 0 });

    // Paid on 03-05: cured, out of every queue.
    moveClockTo(api, "2025-03-05T12:00:00Z");
    token = await api.token(tenant);
    expect((await pay(api, token, loanId, 300_000, "2025-03-05")).status).toBe(201);
    await closeDays(api, testDatabase.db, tenant, date("2025-03-04"), date("2025-03-05"));
    expect(await counts(token)).toEqual({ early_stage: 0, late_stage: 0, pre_charge_off: 0, recovery: 0 });
    expect(await taskOf(token, late?.taskId)).toMatchObject({ status: "completed", outcome: "cured" });

    const events = await queueEvents(token, loanId);
    expect(events.map((event) => [event.type, event.businessDate, event.data.queue])).toEqual([
      ["collections.queue_entered", "2025-02-02", "early_stage"],
      ["collections.account_prioritized", "2025-02-07", "early_stage"],
      ["collections.queue_entered", "2025-03-03", "late_stage"],
      ["collections.queue_exited", "2025-03-05", "late_stage"],
    ]);
    expect(events[1]?.data).toMatchObject({ reason: "promise_broken", promiseId: promise.id, priority: "follow_up" });
    expect(events[2]?.data.previousQueue).toBe("early_stage");
    expect(events[3]?.data.reason).toBe("cured");

    // Closing the same dates again moves nothing.
    await closeDays(api, testDatabase.db, tenant, date("2025-03-03"), date("2025-03-05"));
    expect(await queueEvents(token, loanId)).toHaveLength(4);
  });

  it("moves a loan 90 days past due to pre_charge_off, and to recovery once charged off", async () => {
    moveClockTo(api, "2025-05-05T12:00:00Z");
    const tenant = "queues-late";
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    await closeDays(api, testDatabase.db, tenant, date("2025-01-01"), date("2025-05-01"));
    expect((await accounts(token, "late_stage")).map((row) => row.loanId)).toEqual([loanId]);
    // First unpaid due date 2025-02-01: 89 days past due on 2025-05-01, 90 on 05-02.
    const [before] = await accounts(token, "late_stage");
    expect(before?.daysPastDue).toBe(89);
    await closeDays(api, testDatabase.db, tenant, date("2025-05-02"), date("2025-05-03"));
    expect(await accounts(token, "pre_charge_off")).toMatchObject([
      { loanId, enteredOn: "2025-05-02", daysPastDue: 91 },
    ]);
    const chargeOff = await api.call("POST", `/v1/loans/${loanId}/charge-offs`, {
      token,
      body: { effectiveDate: "2025-05-04" },
    });
    expect(chargeOff.status, JSON.stringify(await json(chargeOff.clone()))).toBe(201);
    await closeDays(api, testDatabase.db, tenant, date("2025-05-04"), date("2025-05-05"));
    expect(await accounts(token, "recovery")).toMatchObject([{ loanId, queue: "recovery", enteredOn: "2025-05-04" }]);
    expect(await counts(token)).toEqual({ early_stage: 0, late_stage: 0, pre_charge_off: 0, recovery: 1 });
  });

  it("works a broken promise's account first, page by page, until a new promise is made", async () => {
    moveClockTo(api, "2025-01-02T12:00:00Z");
    const tenant = "queues-order";
    let token = await api.token(tenant);
    const productId = await createProduct(api, token);
    const first = String((await board(api, token, productId)).id);
    const second = String((await board(api, token, productId)).id);
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-03"));
    expect((await accounts(token, "early_stage")).map((row) => row.loanId)).toEqual([first, second]);

    moveClockTo(api, "2025-02-04T12:00:00Z");
    token = await api.token(tenant);
    const promise = { amount: 10_000, dueDate: "2025-02-04", channel: "phone" };
    expect((await api.call("POST", `/v1/loans/${second}/promises`, { token, body: promise })).status).toBe(201);
    await closeDays(api, testDatabase.db, tenant, date("2025-02-04"), date("2025-02-05"));
    const page = async (cursor?: string) => {
      const query = cursor === undefined ? "" : `&cursor=${encodeURIComponent(cursor)}`;
      return json(await api.call("GET", `/v1/collections/queues/early_stage/accounts?limit=1${query}`, { token }));
    };
    const one = await page();
    expect((one.data as Record<string, unknown>[]).map((row) => [row.loanId, row.priority])).toEqual([
      [second, "follow_up"],
    ]);
    const two = await page(String(one.nextCursor));
    expect((two.data as Record<string, unknown>[]).map((row) => [row.loanId, row.priority])).toEqual([
      [first, "normal"],
    ]);
    expect(two.nextCursor).toBeNull();

    const again = { amount: 10_000, dueDate: "2025-02-10", channel: "phone" };
    expect((await api.call("POST", `/v1/loans/${second}/promises`, { token, body: again })).status).toBe(201);
    expect((await accounts(token, "early_stage")).map((row) => [row.loanId, row.priority])).toEqual([
      [first, "normal"],
      [second, "normal"],
    ]);
  });

  it("refuses an unknown queue and an unknown parameter", async () => {
    const token = await api.token("queues-bad");
    const unknown = await api.call("GET", "/v1/collections/queues/nowhere/accounts", { token });
    expect([unknown.status, (await json(unknown)).code]).toEqual([422, "validation_failed"]);
    const extra = await api.call("GET", "/v1/collections/queues/early_stage/accounts?loanId=x", { token });
    expect([extra.status, (await json(extra)).code]).toEqual([400, "unknown_query_parameter"]);
    expect(await accounts(token, "recovery")).toEqual([]);
  });
});
