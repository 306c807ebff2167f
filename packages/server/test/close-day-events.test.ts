import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDays } from "./helpers/close-days.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// A loan left unpaid walks through every delinquency bucket, one event per change, and a payment cures it;
// closing a date twice announces nothing twice.
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

type Event = { type: string; businessDate: string; data: Record<string, unknown> };

async function loanEvents(token: string, loanId: string): Promise<Event[]> {
  const page = await json(await api.call("GET", `/v1/events?resourceId=${loanId}&limit=100`, { token }));
  return page.data as Event[];
}

describe("events of the daily close", () => {
  it("walks an unpaid loan through every bucket with one event per change, and a payment cures it", async () => {
    let token = await api.token("close-events");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    await closeDays(api, testDatabase.db, undefined, date("2025-01-01"), date("2025-05-10"));

    const events = await loanEvents(token, loanId);
    const changes = events.filter((event) => event.type === "loan.delinquency_changed");
    expect(changes.map((event) => [event.data.previousDelinquencyBucket, event.data.delinquencyBucket])).toEqual([
      ["current", "1-30"],
      ["1-30", "31-60"],
      ["31-60", "61-90"],
      ["61-90", "91-120"],
    ]);
    // Each change on the day the days past due cross the bucket's edge (first unpaid due date 2025-02-01).
    expect(changes.map((event) => [event.businessDate, event.data.daysPastDue])).toEqual([
      ["2025-02-02", 1],
      ["2025-03-04", 31],
      ["2025-04-03", 61],
      ["2025-05-03", 91],
    ]);
    const due = events.filter((event) => event.type === "loan.installment_due").map((event) => event.businessDate);
    expect(due).toEqual(["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"]);
    const lateFees = events.filter((event) => event.type === "loan.late_fee_assessed");
    expect(lateFees.length).toBe(4 - 1); // the May installment's grace has not ended by 2025-05-10
    expect(events.filter((event) => event.type === "loan.non_performing")).toHaveLength(1);

    // On 2025-05-11, pay it off; the next close announces the cure and the payoff.
    api.clock.advance(Date.parse("2025-05-11T12:00:00Z") - api.clock().getTime());
    token = await api.token("close-events");
    const quote = await json(await api.call("GET", `/v1/loans/${loanId}/payoff-quote?date=2025-05-11`, { token }));
    // The amount is an integer, or (before the money convention settles) an { amount, currency } object.
    const figure = quote.amount as number | { amount: number };
    const amount = typeof figure === "number" ? figure : figure.amount;
    const paid = await pay(api, token, loanId, amount, "2025-05-11");
    expect(paid.status, JSON.stringify(await json(paid.clone()))).toBe(201);
    await closeDays(api, testDatabase.db, undefined, date("2025-05-11"), date("2025-05-11"));
    const after = await loanEvents(token, loanId);
    const last = after.filter((event) => event.type === "loan.delinquency_changed").at(-1);
    expect(last?.data).toMatchObject({ previousDelinquencyBucket: "91-120", delinquencyBucket: "current" });
    expect(after.filter((event) => event.type === "loan.paid_off")).toHaveLength(1);

    // Closing the same dates again records nothing new.
    const count = after.length;
    await closeDays(api, testDatabase.db, undefined, date("2025-05-01"), date("2025-05-11"));
    expect((await loanEvents(token, loanId)).length).toBe(count);
  });
});
