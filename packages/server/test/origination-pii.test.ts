import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";
import { completeForm, primeBureauFacts, setUpOrigination } from "./applications-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";

// Issue 10's PII proof over a whole origination: two applicants' tax ids and birth dates go in, the
// application is decided, offered, accepted, closed and funded, and the loan takes a payment. Not one
// log line (trace level, so every line the server can write) and not one row of any table holds them.

const SECRETS = ["123-45-6789", "123456789", "123-45-6790", "123456790", "1985-06-15", "19850615"];

let testDatabase: TestDatabase;
let api: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  api = createTestApp(testDatabase.database, {
    clockStart: "2026-12-03T12:00:00.000Z",
    logger: createLogger("trace", sink),
  });
});
afterAll(() => testDatabase.dispose());

async function post(token: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await api.call("POST", path, { token, ...(body === undefined ? {} : { body }) });
  const answer = await json(response);
  expect(response.status, `${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
  return answer;
}

/** Every row of every table of the public schema as text, read with SQL (no decryption, no RLS). */
async function everyRow(): Promise<Map<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await testDatabase.db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    ),
  ).map((row) => row.name);
  const texts = new Map<string, string>();
  for (const table of tables) {
    const result = await testDatabase.db.execute(sql.raw(`select to_jsonb(t)::text as row from "${table}" t`));
    texts.set(
      table,
      rowsOf<{ row: string }>(result)
        .map((row) => row.row)
        .join("\n"),
    );
  }
  return texts;
}

describe("an origination flow, apply to first payment", () => {
  it("writes no tax id or birth date to any log line or table", async () => {
    const token = await api.token("pii-origination");
    const setup = await setUpOrigination(api, token);
    const application = await post(token, "/v1/applications", completeForm(setup));
    const path = `/v1/applications/${application.id}`;
    await post(token, `${path}/submit`);
    const decided = await post(token, `${path}/decision`, { ruleSetId: setup.ruleSetId, facts: primeBureauFacts });
    expect(decided.state).toBe("offered");
    const offers = (await json(await api.call("GET", `${path}/offers`, { token }))).data as Array<{ id: string }>;
    await post(token, `${path}/offers/${offers[0]?.id}/accept`);
    await post(token, `${path}/closing`, { fundingDate: "2026-12-03" });
    const funded = await post(token, `${path}/fund`, { method: "ach", payeeName: "Ada Lovelace" });
    const loan = await json(await api.call("GET", `/v1/loans/${funded.loanId}`, { token }));
    const payment = { amount: 10_000, currency: "USD", effectiveDate: "2026-12-03" };
    await post(token, `/v1/loans/${loan.id}/payments`, payment);
    for (const partyId of [setup.primaryId, setup.coBorrowerId]) {
      expect((await api.call("GET", `/v1/parties/${partyId}`, { token })).status).toBe(200);
    }

    expect(lines.length).toBeGreaterThan(15); // a line per request at least: the capture works
    const logs = lines.join("\n");
    expect(logs).toContain(String(application.id)); // the lines carry the requests' details
    for (const secret of SECRETS) expect(logs, `${secret} in the logs`).not.toContain(secret);
    const tables = await everyRow();
    expect(tables.get("parties")).toContain(setup.primaryId); // the scan reads real rows
    for (const [table, text] of tables) {
      for (const secret of SECRETS) expect(text, `${secret} in ${table}`).not.toContain(secret);
    }
  });
});
