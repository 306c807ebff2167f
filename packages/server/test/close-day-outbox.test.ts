import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct } from "./loans-helpers.js";

// The close records a batch's events with one insert and reads the webhook endpoints once (not per event):
// every event still gets exactly one delivery per enabled endpoint subscribed to its type, and no other.
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Event = { id: string; type: string; resourceId: string; businessDate: string };

async function endpoint(token: string, eventTypes: string[], enabled = true): Promise<string> {
  const body = { url: "https://hooks.example.com/lendstack", eventTypes, enabled };
  const response = await api.call("POST", "/v1/webhook-endpoints", { token, body });
  expect(response.status, JSON.stringify(await json(response.clone()))).toBe(201);
  return String((await json(response)).id);
}

async function deliveredEvents(token: string, endpointId: string): Promise<string[]> {
  const page = await json(await api.call("GET", `/v1/webhook-endpoints/${endpointId}/deliveries?limit=100`, { token }));
  expect(page.hasMore ?? false).toBe(false);
  return (page.data as Array<{ eventId: string }>).map((delivery) => delivery.eventId);
}

async function eventsOf(token: string, loanIds: ReadonlyArray<string>): Promise<Event[]> {
  const pages = await Promise.all(
    loanIds.map(async (loanId) => {
      const page = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
      return page.data as Event[];
    }),
  );
  return pages.flat();
}

describe("the close's outbox", () => {
  it("gives each event of a batch one delivery per subscribed, enabled endpoint", async () => {
    const token = await api.token("close-outbox");
    const productId = await createProduct(api, token);
    const loanIds: string[] = [];
    for (let n = 0; n < 3; n += 1) loanIds.push(String((await board(api, token, productId)).id));
    const before = new Set((await eventsOf(token, loanIds)).map((event) => event.id));
    const everything = await endpoint(token, ["loan.*"]);
    const dueOnly = await endpoint(token, ["loan.installment_due"]);
    const disabled = await endpoint(token, ["*"], false);
    const elsewhere = await endpoint(token, ["product.*"]);

    await closeDays(api, testDatabase.db, undefined, date("2025-01-30"), date("2025-02-03"));

    // The close's loan.* events of these loans (collections events are filed under the loan too).
    const closed = (await eventsOf(token, loanIds)).filter(
      (event) => !before.has(event.id) && event.type.startsWith("loan."),
    );
    // All three loans fall due and then into 1-30 days past due, in one batch a day.
    for (const type of ["loan.installment_due", "loan.delinquency_changed"]) {
      expect(
        closed
          .filter((event) => event.type === type)
          .map((event) => event.resourceId)
          .sort(),
      ).toEqual([...loanIds].sort());
    }
    const sorted = (ids: ReadonlyArray<string>) => [...ids].sort();
    expect(sorted(await deliveredEvents(token, everything))).toEqual(sorted(closed.map((event) => event.id)));
    const due = closed.filter((event) => event.type === "loan.installment_due").map((event) => event.id);
    expect(sorted(await deliveredEvents(token, dueOnly))).toEqual(sorted(due));
    expect(await deliveredEvents(token, disabled)).toEqual([]);
    expect(await deliveredEvents(token, elsewhere)).toEqual([]);

    // A second close of the same dates records nothing, so it queues nothing.
    await closeDays(api, testDatabase.db, undefined, date("2025-02-01"), date("2025-02-03"));
    expect((await deliveredEvents(token, everything)).length).toBe(closed.length);
  });
});
