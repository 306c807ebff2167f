import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../src/db/database.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { freePort } from "./slow/pg-cluster.js";

// A PostgreSQL that is not there (nothing listens on the port): every request that needs the database gets
// 503 database_unavailable with Retry-After, as problem+json, and never a 500. (The slow test
// test/slow/db-restart.test.ts does the same through real restarts of a real cluster.)
let database: Database;
let api: TestApp;

beforeAll(async () => {
  const port = await freePort();
  database = await createDatabase({ url: `postgres://postgres@127.0.0.1:${port}/none`, connectTimeoutMs: 1_000 });
  api = createTestApp(database);
});
afterAll(() => database.close());

describe("a database that cannot be reached", () => {
  it.each([
    ["GET", "/v1/products", undefined],
    ["POST", "/v1/products", { name: "x" }],
  ])("%s %s is 503 database_unavailable with Retry-After", async (method, path, body) => {
    const response = await api.call(method, path, { token: await api.token("tenant-a"), body });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("retry-after")).toBe("2");
    const problem = await json(response);
    expect(problem).toMatchObject({ status: 503, code: "database_unavailable", title: "Service Unavailable" });
    expect(String(problem.detail)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });

  it("answers payments that arrive together 503 too: their loans are read in one statement, which fails for each", async () => {
    const token = await api.token("tenant-a");
    const body = { amount: 100, currency: "USD", effectiveDate: "2025-03-01" };
    const [one, two] = [`loan_${"0".repeat(25)}A`, `loan_${"0".repeat(25)}B`];
    const answers = await Promise.all(
      [one, two, one].map((loanId) => api.call("POST", `/v1/loans/${loanId}/payments`, { token, body })),
    );
    expect(answers.map((response) => response.status)).toEqual([503, 503, 503]);
    for (const response of answers) expect(await json(response)).toMatchObject({ code: "database_unavailable" });
  });

  it("answers /ready with 503 and /health with 200", async () => {
    expect((await api.call("GET", "/ready")).status).toBe(503);
    expect((await api.call("GET", "/health")).status).toBe(200);
  });
});
