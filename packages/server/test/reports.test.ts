import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

let testDatabase: TestDatabase;
let api: TestApp;
const tenant = "reports";
let token: string;

const close = (businessDate: string, tenantId = tenant) =>
  closeDay(
    testDatabase.db,
    { businessDate: date(businessDate), batchSize: 4, tenantId },
    { clock: api.clock, ids: api.ids },
  );

/**
 * Nine standard loans ($10,000.00 at 12 %, 12 monthly payments from 2025-02-01, installment $888.49;
 * hand-checked split in test/loans.test.ts): loan k pays nothing (k % 3 = 0), installment 1 on 2025-02-01
 * (k % 3 = 1), or installments 1 and 2 on their due dates (k % 3 = 2). Closed on 2025-02-15 and 2025-03-10.
 */
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
  token = await api.token(tenant);
  const productId = await createProduct(api, token);
  for (let k = 0; k < 9; k++) {
    const loanId = String((await board(api, token, productId)).id);
    if (k % 3 >= 1) expect((await pay(api, token, loanId, 88_849, "2025-02-01")).status).toBe(201);
    if (k % 3 === 2) expect((await pay(api, token, loanId, 88_849, "2025-03-01")).status).toBe(201);
  }
  await close("2025-02-15");
  await close("2025-03-10");
});
afterAll(() => testDatabase.dispose());

const get = async (path: string, as = token) => {
  const response = await api.call("GET", path, { token: as });
  return { status: response.status, body: await json(response) };
};

describe("GET /v1/reports/portfolio", () => {
  it("reports the closed date with hand-checked figures", async () => {
    const { status, body } = await get("/v1/reports/portfolio?asOf=2025-03-10");
    expect(status).toBe(200);
    // On 2025-03-10: unpaid loans owe 1,000,000 principal, 37 days past 2025-02-01, interest 10,192 + 9,205
    // (1,000,000 × 12 % × 28/365 = 9,205.48) and a late fee of 5 % of 88,849 capped at $40.00 = 4,000;
    // loans that paid installment 1 owe 921,343 and installment 2's interest 8,481, 9 days late;
    // loans that paid both owe 921,343 − 80,368 = 840,975 and are current.
    // Principal: 3 × (1,000,000 + 921,343 + 840,975) = 8,286,954.
    expect(body).toMatchObject({
      asOf: "2025-03-10",
      snapshots: { loanCount: 9, staleLoanCount: 0 },
      statusCounts: { active: 9 },
    });
    const [usd] = body.currencies as Array<Record<string, unknown>>;
    expect(usd).toMatchObject({
      currency: "USD",
      loanCount: 9,
      outstanding: {
        principal: 8_286_954,
        interest: 3 * (19_397 + 8_481),
        fees: 0,
        penalties: 12_000,
        total: 8_286_954 + 83_634 + 12_000,
      },
    });
    expect(usd?.buckets).toEqual([
      { name: "current", loanCount: 3, principal: 2_522_925, total: 2_522_925 },
      { name: "1-30", loanCount: 3, principal: 2_764_029, total: 2_764_029 + 25_443 },
      { name: "31-60", loanCount: 3, principal: 3_000_000, total: 3_000_000 + 58_191 + 12_000 },
      { name: "61-90", loanCount: 0, principal: 0, total: 0 },
      { name: "91-120", loanCount: 0, principal: 0, total: 0 },
      { name: "120+", loanCount: 0, principal: 0, total: 0 },
    ]);
    // PAR30 = 3,000,000 / 8,286,954 = 0.36201480… -> 0.362015 (6 places, half-even).
    expect(usd?.par).toEqual([
      { days: 30, loanCount: 3, principal: 3_000_000, ratio: "0.362015" },
      { days: 60, loanCount: 0, principal: 0, ratio: "0.000000" },
      { days: 90, loanCount: 0, principal: 0, ratio: "0.000000" },
    ]);
    expect(usd?.nonPerforming).toEqual({ loanCount: 0, principal: 0, ratio: "0.000000" });
  });

  it("says a back-dated event made snapshots stale until close-day runs again", async () => {
    const other = "reports-stale";
    const otherToken = await api.token(other);
    const loanId = String((await board(api, otherToken, await createProduct(api, otherToken))).id);
    await close("2025-03-10", other);
    expect((await pay(api, otherToken, loanId, 88_849, "2025-02-01")).status).toBe(201);
    const stale = await get("/v1/reports/portfolio?asOf=2025-03-10", otherToken);
    expect(stale.body.snapshots).toEqual({ loanCount: 1, staleLoanCount: 1 });
    await close("2025-03-10", other);
    const fresh = await get("/v1/reports/portfolio?asOf=2025-03-10", otherToken);
    expect(fresh.body.snapshots).toEqual({ loanCount: 1, staleLoanCount: 0 });
    expect((fresh.body.currencies as Array<{ loanCount: number }>)[0]?.loanCount).toBe(1);
  });

  it("refuses a date with no daily close, and bad dates, with precise problems", async () => {
    const missing = await get("/v1/reports/portfolio?asOf=2025-03-11");
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: "snapshot_missing" });
    const impossible = await get("/v1/reports/portfolio?asOf=2025-02-30");
    expect(impossible.status).toBe(422);
    expect(impossible.body).toMatchObject({
      code: "validation_failed",
      errors: [{ location: "query", pointer: "/asOf", code: "invalid_date" }],
    });
    for (const query of ["", "?asOf=yesterday", "?asOf=2025-3-1"]) {
      const bad = await get(`/v1/reports/portfolio${query}`);
      expect(bad.status, query).toBe(422);
      expect(bad.body.code).toBe("validation_failed");
    }
  });

  it("gives an empty report to a tenant with no loans, and checks the scope", async () => {
    const empty = await get("/v1/reports/portfolio?asOf=2025-03-10", await api.token("reports-nobody"));
    expect(empty).toEqual({
      status: 200,
      body: { asOf: "2025-03-10", snapshots: { loanCount: 0, staleLoanCount: 0 }, statusCounts: {}, currencies: [] },
    });
    const forbidden = await get("/v1/reports/portfolio?asOf=2025-03-10", await api.token(tenant, ["loans:read"]));
    expect(forbidden.status).toBe(403);
    expect((await api.call("GET", "/v1/reports/portfolio?asOf=2025-03-10")).status).toBe(401);
  });
});

describe("GET /v1/reports/roll-rates", () => {
  it("moves each bucket's loans to where they are at the end date", async () => {
    const { status, body } = await get("/v1/reports/roll-rates?from=2025-02-15&to=2025-03-10");
    expect(status).toBe(200);
    const [usd] = body.currencies as Array<{ columns: string[]; rows: Array<Record<string, unknown>> }>;
    expect(usd?.columns).toEqual(["current", "1-30", "31-60", "61-90", "91-120", "120+"]);
    // On 2025-02-15 the unpaid loans are 14 days late (1-30); the six that paid installment 1 are current
    // with 921,343 each. By 2025-03-10 the unpaid three rolled to 31-60; of the six current, the three
    // that missed installment 2 rolled to 1-30 and three stayed current (840,975 after installment 2).
    const cell = (from: string, to: string) =>
      ((usd?.rows.find((r) => r.from === from)?.cells ?? []) as Array<Record<string, unknown>>).find(
        (c) => c.to === to,
      );
    expect(usd?.rows.find((r) => r.from === "current")).toMatchObject({ loanCount: 6, startPrincipal: 5_528_058 });
    expect(cell("current", "current")).toEqual({
      to: "current",
      loanCount: 3,
      startPrincipal: 2_764_029,
      endPrincipal: 2_522_925,
      countRate: "0.500000",
      balanceRate: "0.500000",
    });
    expect(cell("current", "1-30")).toMatchObject({ loanCount: 3, countRate: "0.500000" });
    expect(cell("1-30", "31-60")).toMatchObject({
      loanCount: 3,
      startPrincipal: 3_000_000,
      countRate: "1.000000",
    });
    expect(cell("1-30", "1-30")).toMatchObject({ loanCount: 0, countRate: "0.000000" });
    expect(body.snapshots).toEqual({
      from: { loanCount: 9, staleLoanCount: 0 },
      to: { loanCount: 9, staleLoanCount: 0 },
    });
  });

  it("refuses a range backwards or without a close at either end", async () => {
    const backwards = await get("/v1/reports/roll-rates?from=2025-03-10&to=2025-02-15");
    expect([backwards.status, backwards.body.code]).toEqual([422, "invalid_date_range"]);
    const missing = await get("/v1/reports/roll-rates?from=2025-02-14&to=2025-03-10");
    expect([missing.status, missing.body.code]).toEqual([422, "snapshot_missing"]);
    const bad = await get("/v1/reports/roll-rates?from=2025-02-15&to=2025-13-01");
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: "validation_failed", errors: [{ pointer: "/to", code: "invalid_date" }] });
  });
});
