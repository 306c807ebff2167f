import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { achEntries } from "../src/db/schema/index.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// GET /v1/reports/ach-return-rates on PGlite and (with DATABASE_URL) PostgreSQL. The debit entries are
// written as the close and the returns ingestion leave them (sent on a date, some returned with an R
// code on a later one), so the figures can be worked by hand.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-01T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

let serial = 0;
interface Entry {
  readonly initiatedOn: string | null;
  readonly status: "scheduled" | "initiated" | "returned" | "blocked";
  readonly returnCode?: string;
  readonly returnedOn?: string;
}

async function seed(tenantId: string, entries: ReadonlyArray<Entry>): Promise<void> {
  const now = new Date("2026-12-01T00:00:00Z");
  const rows = entries.map((entry) => {
    serial += 1;
    return {
      tenantId,
      id: `ache_${String(serial).padStart(26, "0")}`,
      loanId: `loan_${String(serial).padStart(26, "0")}`,
      enrollmentId: "aut_1",
      instrumentId: "pi_1",
      dueDate: `2026-01-01`,
      attemptNumber: serial,
      amountMinor: 25_000n,
      currency: "USD",
      status: entry.status,
      initiatedOn: entry.initiatedOn,
      returnCode: entry.returnCode ?? null,
      returnedOn: entry.returnedOn ?? null,
      createdAt: now,
      updatedAt: now,
    };
  });
  for (let at = 0; at < rows.length; at += 500) {
    await testDatabase.db.insert(achEntries).values(rows.slice(at, at + 500));
  }
}

const sent = (count: number, initiatedOn: string): Entry[] =>
  Array.from({ length: count }, () => ({ initiatedOn, status: "initiated" as const }));
const returned = (codes: ReadonlyArray<string>, initiatedOn: string, returnedOn: string): Entry[] =>
  codes.map((returnCode) => ({ initiatedOn, status: "returned" as const, returnCode, returnedOn }));

describe("ACH return rates", () => {
  it("counts returns received in the period over the debits sent in it, per NACHA category", async () => {
    const tenant = "rates-a";
    await seed(tenant, [
      // 400 debits sent in October–November: 364 not returned, 36 returned in the period.
      ...sent(364, "2026-10-15"),
      ...returned(["R10", "R10", "R07"], "2026-10-15", "2026-10-19"),
      ...returned(Array(10).fill("R02"), "2026-11-02", "2026-11-05"),
      ...returned(["R03", "R04", "R12"], "2026-11-02", "2026-11-05"),
      ...returned(Array(20).fill("R01"), "2026-11-20", "2026-11-24"),
      // A debit sent before the period and returned in it: its return counts, the debit does not.
      ...returned(["R29"], "2026-09-28", "2026-10-02"),
      // Returned after the period, sent in it: the debit counts, its return does not.
      ...returned(["R10"], "2026-11-28", "2026-12-02"),
      // Blocked and scheduled attempts were never sent.
      { initiatedOn: null, status: "blocked" },
      { initiatedOn: null, status: "scheduled" },
    ]);
    const response = await api.call("GET", "/v1/reports/ach-return-rates?from=2026-10-01&to=2026-11-30", {
      token: await api.token(tenant),
    });
    const body = await json(response);
    expect(response.status, JSON.stringify(body)).toBe(200);
    // Sent in the period: 364 + 3 + 10 + 3 + 20 + 1 = 401. Returns in it: 3 + 10 + 3 + 20 + 1 = 37.
    expect(body).toMatchObject({ object: "ach_return_rates", from: "2026-10-01", to: "2026-11-30", debitEntries: 401 });
    // Unauthorized R10, R10, R07, R29 = 4 → 4 × 10,000 / 401 = 99.75 bp → 100, over the 50 bp level.
    expect(body.unauthorized).toEqual({
      returns: 4,
      basisPoints: 100,
      thresholdBasisPoints: 50,
      exceedsThreshold: true,
    });
    // Administrative R02 × 10, R03, R04 = 12 (R12 is not one) → 299.25 bp → 299, under 300.
    expect(body.administrative).toEqual({
      returns: 12,
      basisPoints: 299,
      thresholdBasisPoints: 300,
      exceedsThreshold: false,
    });
    // All 37 → 922.69 bp → 923, under 1,500.
    expect(body.overall).toEqual({
      returns: 37,
      basisPoints: 923,
      thresholdBasisPoints: 1500,
      exceedsThreshold: false,
    });
    expect(body.byCode).toEqual([
      { code: "R01", category: "insufficient-funds", returns: 20 },
      { code: "R02", category: "administrative", returns: 10 },
      { code: "R03", category: "administrative", returns: 1 },
      { code: "R04", category: "administrative", returns: 1 },
      { code: "R07", category: "unauthorized", returns: 1 },
      { code: "R10", category: "unauthorized", returns: 2 },
      { code: "R12", category: "other", returns: 1 },
      { code: "R29", category: "unauthorized", returns: 1 },
    ]);
  });

  it("is zero without debits, and another tenant sees none of a tenant's entries", async () => {
    const response = await api.call("GET", "/v1/reports/ach-return-rates?from=2026-10-01&to=2026-11-30", {
      token: await api.token("rates-b"),
    });
    const body = await json(response);
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ debitEntries: 0, byCode: [] });
    expect(body.overall).toEqual({ returns: 0, basisPoints: 0, thresholdBasisPoints: 1500, exceedsThreshold: false });
  });

  it("refuses a reversed or over-long period, a bad date and a missing scope", async () => {
    const token = await api.token("rates-c");
    const call = (query: string, as = token) => api.call("GET", `/v1/reports/ach-return-rates?${query}`, { token: as });
    const reversed = await call("from=2026-11-30&to=2026-10-01");
    expect(reversed.status).toBe(422);
    expect(await json(reversed)).toMatchObject({ code: "invalid_date_range" });
    const long = await call("from=2025-01-01&to=2026-11-30");
    expect(long.status).toBe(422);
    expect(await json(long)).toMatchObject({ code: "invalid_date_range" });
    const badDate = await call("from=2026-02-30&to=2026-03-31");
    expect(badDate.status).toBe(422);
    expect((await json(badDate)).errors).toEqual([expect.objectContaining({ pointer: "/from" })]);
    const missing = await call("from=2026-10-01");
    expect(missing.status).toBe(422);
    const noScope = await call("from=2026-10-01&to=2026-11-30", await api.token("rates-c", ["loans:read"]));
    expect(noScope.status).toBe(403);
  });
});
