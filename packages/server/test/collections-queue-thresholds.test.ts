import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";

// Collections queue thresholds per tenant (`collectionQueues` in /v1/settings) on PGlite and (with
// DATABASE_URL) PostgreSQL: defaults 1, 30, 90; whole days, strictly ascending, each bad field named in the
// 422; the daily close places loans by the tenant's thresholds (a loan due 2025-02-01 and unpaid).

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-02T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const patch = async (token: string, collectionQueues: unknown) => {
  const response = await api.call("PATCH", "/v1/settings", { token, body: { collectionQueues } });
  return { status: response.status, body: await json(response) };
};

async function queueOf(token: string, loanId: string): Promise<string | null> {
  for (const queue of ["early_stage", "late_stage", "pre_charge_off"]) {
    const page = await json(await api.call("GET", `/v1/collections/queues/${queue}/accounts`, { token }));
    if ((page.data as Array<{ loanId: string }>).some((account) => account.loanId === loanId)) return queue;
  }
  return null;
}

describe("collections queue thresholds", () => {
  it("default to 1, 30 and 90 days past due", async () => {
    const token = await api.token("thresholds-default");
    const settings = await json(await api.call("GET", "/v1/settings", { token }));
    expect(settings.collectionQueues).toEqual({ earlyStageDays: 1, lateStageDays: 30, preChargeOffDays: 90 });
  });

  it("refuse what is not whole days or not strictly ascending, naming each bad field", async () => {
    const token = await api.token("thresholds-bad");
    const notDays = await patch(token, { earlyStageDays: 0, lateStageDays: 2.5, preChargeOffDays: 90 });
    expect(notDays.status).toBe(422);
    const pointers = (body: Record<string, unknown>) =>
      (body.errors as Array<{ pointer: string }>).map((error) => error.pointer).sort();
    expect(pointers(notDays.body)).toEqual(["/collectionQueues/earlyStageDays", "/collectionQueues/lateStageDays"]);
    const unordered = await patch(token, { earlyStageDays: 10, lateStageDays: 10, preChargeOffDays: 5 });
    expect(unordered.status).toBe(422);
    expect(pointers(unordered.body)).toEqual(["/collectionQueues/lateStageDays", "/collectionQueues/preChargeOffDays"]);
    const partial = await patch(token, { earlyStageDays: 3 });
    expect(partial.status).toBe(422);
    expect(pointers(partial.body)).toEqual(["/collectionQueues/lateStageDays", "/collectionQueues/preChargeOffDays"]);
    const settings = await json(await api.call("GET", "/v1/settings", { token }));
    expect(settings.collectionQueues).toEqual({ earlyStageDays: 1, lateStageDays: 30, preChargeOffDays: 90 });
  });

  it("place loans by the tenant's thresholds at the daily close", async () => {
    const tenant = "thresholds-close";
    const token = await api.token(tenant);
    const thresholds = { earlyStageDays: 5, lateStageDays: 10, preChargeOffDays: 20 };
    const saved = await patch(token, thresholds);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.collectionQueues).toEqual(thresholds);
    const queues = await json(await api.call("GET", "/v1/collections/queues", { token }));
    expect(queues.queues).toMatchObject([
      { queue: "early_stage", description: "5-9 days past due" },
      { queue: "late_stage", description: "10-19 days past due" },
      { queue: "pre_charge_off", description: "20 or more days past due, not charged off" },
      { queue: "recovery" },
    ]);

    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    // Due 2025-02-01, unpaid: 4 days past due on 02-05 is in no queue yet; 5 on 02-06 is early stage.
    await closeDays(api, testDatabase.db, tenant, date("2025-01-02"), date("2025-02-05"));
    expect(await queueOf(token, loanId)).toBeNull();
    await closeDays(api, testDatabase.db, tenant, date("2025-02-06"), date("2025-02-06"));
    expect(await queueOf(token, loanId)).toBe("early_stage");
    await closeDays(api, testDatabase.db, tenant, date("2025-02-07"), date("2025-02-11"));
    expect(await queueOf(token, loanId)).toBe("late_stage");
    await closeDays(api, testDatabase.db, tenant, date("2025-02-12"), date("2025-02-21"));
    expect(await queueOf(token, loanId)).toBe("pre_charge_off");
  });
});
