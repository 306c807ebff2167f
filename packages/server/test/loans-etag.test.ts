import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { board, createProduct, pay } from "./loans-helpers.js";

// Loan reads on PGlite and (with DATABASE_URL) PostgreSQL carry an ETag made from the loan row, the as-of
// date and the read: the same tag back is 304 answered from the row alone (the events are not even read),
// and any change to the loan, another date or another read gives a new one.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2025-01-15T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

const read = (token: string, path: string, ifNoneMatch?: string) =>
  api.call("GET", path, { token, ...(ifNoneMatch === undefined ? {} : { headers: { "if-none-match": ifNoneMatch } }) });

describe("loan reads and If-None-Match", () => {
  it("answers a matching tag 304 without reading the events; a payment, a date or another read change it", async () => {
    const token = await api.token("loan-etags");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const path = `/v1/loans/${loanId}`;
    const first = await read(token, path);
    expect(first.status).toBe(200);
    const tag = first.headers.get("etag") ?? "";
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect((await read(token, path)).headers.get("etag")).toBe(tag);

    const cached = await read(token, path, `"stale", W/${tag}`);
    expect(cached.status).toBe(304);
    expect(cached.headers.get("etag")).toBe(tag);
    expect(await cached.text()).toBe("");

    expect((await read(token, `${path}?asOf=2025-01-20`, tag)).status).toBe(200);
    const schedule = await read(token, `${path}/schedule`, tag);
    expect(schedule.status).toBe(200);
    const scheduleTag = schedule.headers.get("etag") ?? "";
    expect(scheduleTag).not.toBe(tag);
    expect((await read(token, `${path}/schedule`, scheduleTag)).status).toBe(304);

    // The 304 comes from the loan row alone: with its events made unreadable it still answers, a full read fails.
    await testDatabase.db.execute(sql`update loan_events set payload = '{}'::jsonb where loan_id = ${loanId}`);
    expect((await read(token, path, tag)).status).toBe(304);
    expect((await read(token, path)).status).toBe(500);
  });

  it("gives a new tag after a payment or a change to the row, and none to a problem", async () => {
    const token = await api.token("loan-etags-change");
    const loanId = String((await board(api, token, await createProduct(api, token))).id);
    const path = `/v1/loans/${loanId}`;
    const tag = (await read(token, path)).headers.get("etag") ?? "";
    expect((await pay(api, token, loanId, 10_000, "2025-01-15")).status).toBe(201);
    const paid = await read(token, path, tag);
    expect(paid.status).toBe(200);
    expect((await json(paid)).version).toBe(2);
    const paidTag = paid.headers.get("etag") ?? "";
    expect(paidTag).not.toBe(tag);

    // A change that is not an event (the close activating a pending loan) moves updatedAt, and the tag.
    await testDatabase.db.execute(
      sql`update loans set updated_at = updated_at + interval '1 second' where id = ${loanId}`,
    );
    expect((await read(token, path, paidTag)).status).toBe(200);

    const missing = await read(token, "/v1/loans/loan_01JGFJJZ0000000000000000AB", paidTag);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    const stranger = await api.token("loan-etags-other");
    expect((await read(stranger, path, paidTag)).status).toBe(404);
  });
});
