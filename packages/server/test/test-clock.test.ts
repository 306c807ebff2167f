import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeRuns } from "../src/db/schema/index.js";
import { runDueCloses } from "../src/jobs/close-day/scheduler.js";
import { saveTenantSettings } from "../src/tenants/store.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// Business dates, the sandbox test clock and the scheduled daily close. The test clock starts at
// 2025-03-01T12:00:00Z.
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const db = () => testDatabase.db;
const march = { disbursementDate: "2025-03-01", firstPaymentDate: "2025-04-01" };

describe("settings and business dates", () => {
  it("derives the business date from the time zone, cutoff and holidays", async () => {
    const token = await api.token("settings-tenant");
    expect(await json(await api.call("GET", "/v1/settings", { token }))).toMatchObject({
      timeZone: "UTC",
      cutoffTime: "00:00",
      sandbox: false,
      businessDate: "2025-03-01",
    });
    // 12:00 UTC is 07:00 in New York; a 06:00 cutoff has passed, and 2025-03-02 is a Sunday: Monday's books.
    const changed = await api.call("PATCH", "/v1/settings", {
      token,
      body: { timeZone: "America/New_York", cutoffTime: "06:00", holidays: ["2025-03-03"], closedOnWeekends: true },
    });
    expect(await json(changed)).toMatchObject({ businessDate: "2025-03-04" });
    // The next request reads them afresh, with the tenant scope's statement.
    expect(await json(await api.call("GET", "/v1/settings", { token }))).toMatchObject({ businessDate: "2025-03-04" });
    const refused = await api.call("PATCH", "/v1/settings", {
      token,
      body: { timeZone: "Mars/Olympus", sandbox: true },
    });
    expect(refused.status).toBe(422);
  });
});

describe("the test clock", () => {
  it("refuses a production tenant with 403", async () => {
    const token = await api.token("clock-production");
    const response = await api.call("POST", "/v1/test-clock/advances", { token, body: { to: "2025-04-01" } });
    expect(response.status).toBe(403);
    expect((await json(response)).code).toBe("not_a_sandbox");
  });

  it("closes every date on the way, so a loan walks into delinquency in one call", async () => {
    const tenant = "clock-sandbox";
    await saveTenantSettings(db(), tenant, { sandbox: true }, api.clock());
    const token = await api.token(tenant);
    const loanId = String((await board(api, token, await createProduct(api, token), march)).id);
    const advanced = await api.call("POST", "/v1/test-clock/advances", { token, body: { to: "2025-06-15" } });
    expect(advanced.status, JSON.stringify(await json(advanced.clone()))).toBe(200);
    expect(await json(advanced)).toMatchObject({ from: "2025-03-01", to: "2025-06-15", datesClosed: 106 });
    expect(await json(await api.call("GET", "/v1/settings", { token }))).toMatchObject({
      testClockDate: "2025-06-15",
      businessDate: "2025-06-15",
    });
    const changes = await json(
      await api.call("GET", `/v1/events?type=loan.delinquency_changed&resourceId=${loanId}`, { token }),
    );
    expect(
      (changes.data as Array<{ data: { delinquencyBucket: string } }>).map((e) => e.data.delinquencyBucket),
    ).toEqual(["1-30", "31-60", "61-90"]);
    const runs = await json(await api.call("GET", "/v1/close-runs?limit=100&businessDate[gte]=2025-06-01", { token }));
    expect((runs.data as Array<{ trigger: string; status: string }>).map((run) => [run.trigger, run.status])).toEqual(
      Array(14).fill(["test_clock", "succeeded"]),
    );
    // Reads and changes follow the sandbox's date: the loan as of 2025-06-15, a payment dated that day.
    const loan = await json(await api.call("GET", `/v1/loans/${loanId}`, { token }));
    expect(loan).toMatchObject({ asOf: "2025-06-15", delinquencyBucket: "61-90" });
    expect((await pay(api, token, loanId, 10_000, "2025-06-15")).status).toBe(201);
    const back = await api.call("POST", "/v1/test-clock/advances", { token, body: { to: "2025-06-01" } });
    expect((await json(back)).code).toBe("invalid_test_clock_date");
  });
});

describe("the scheduled daily close", () => {
  it("closes yesterday first, then each date whose cutoff has passed, and resumes an interrupted date", async () => {
    const tenant = "scheduled";
    const token = await api.token(tenant);
    await board(api, token, await createProduct(api, token), march);
    const options = { db: db(), clock: api.clock, ids: api.ids };
    const closed = async () => {
      const page = await json(await api.call("GET", "/v1/close-runs?limit=100", { token: await api.token(tenant) }));
      return (page.data as Array<{ businessDate: string }>).map((run) => run.businessDate);
    };
    await runDueCloses(options);
    expect(await closed()).toEqual(["2025-02-28"]);
    await runDueCloses(options);
    expect(await closed()).toEqual(["2025-02-28"]); // nothing more is due today
    api.clock.advance(3 * 86_400_000);
    await runDueCloses(options);
    expect(await closed()).toEqual(["2025-02-28", "2025-03-01", "2025-03-02", "2025-03-03"]);

    // A close killed midway leaves its run "running": the next pass continues that same run.
    await db()
      .update(closeRuns)
      .set({ status: "running", finishedAt: null })
      .where(and(eq(closeRuns.tenantId, tenant), eq(closeRuns.businessDate, "2025-03-03")));
    await runDueCloses(options);
    expect(await closed()).toEqual(["2025-02-28", "2025-03-01", "2025-03-02", "2025-03-03"]);
    const [resumed] = await db()
      .select()
      .from(closeRuns)
      .where(and(eq(closeRuns.tenantId, tenant), eq(closeRuns.businessDate, "2025-03-03")));
    expect(resumed).toMatchObject({ status: "succeeded", loansPending: 0 });
  });
});
