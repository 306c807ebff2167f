import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { demoUnderwritingRuleSet } from "@lendstack/core/demo";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookAttempts } from "../src/db/schema/index.js";
import { demoRuleSetReasonStatements } from "../src/demo/rule-set.js";
import { deliverDueWebhooks } from "../src/jobs/webhooks/deliver.js";
import { capturedLog, expectCorrupt } from "./helpers/corrupt-record.js";
import { json } from "./helpers/products.js";
import { primeApplicant } from "./helpers/rule-sets.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";
import { createProduct, testProduct } from "./loans-helpers.js";

// Every jsonb (or enumerated) column the API reads back is decoded by its schema: a value altered outside
// the API (here with SQL) is a 500 `corrupt_record` whose log line names the table, row and column —
// never a wrong answer, a delivery signed with a wrong secret, or a replayed response that is not the one sent.

const LOCAL = { allowHttp: true, allowPrivateAddresses: true };
let testDatabase: TestDatabase;
let api: TestApp;
let receiver: Server;
let receiverUrl: string;
const received: string[] = [];
const log = capturedLog();

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { logger: log.logger, webhookUrlPolicy: LOCAL });
  receiver = createServer((request, response) => {
    received.push(String(request.headers["webhook-id"]));
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await testDatabase.dispose();
});

const corrupt = (response: Response, path: string, logged: ReadonlyArray<string>) =>
  expectCorrupt(response, path, logged, log.lines);

async function endpoint(token: string): Promise<string> {
  const body = { url: receiverUrl, eventTypes: ["product.*"] };
  const response = await api.call("POST", "/v1/webhook-endpoints", { token, body });
  expect(response.status).toBe(201);
  return String((await json(response)).id);
}

describe("a corrupt stored column", () => {
  it("webhook endpoint secrets: rotation is 500 corrupt_record; the worker records a failed attempt, sends nothing", async () => {
    const token = await api.token("corrupt-secrets");
    const id = await endpoint(token);
    await createProduct(api, token);
    await testDatabase.db.execute(
      sql`update webhook_endpoints set secrets = jsonb_set(secrets, '{0,expiresAt}', '"soon"') where id = ${id}`,
    );
    const rotation = await api.call("POST", `/v1/webhook-endpoints/${id}/secret-rotations`, { token });
    await corrupt(rotation, `/v1/webhook-endpoints/${id}/secret-rotations`, ["webhook_endpoints", id, "secrets"]);
    const pass = await deliverDueWebhooks({ db: testDatabase.db, clock: api.clock, ids: api.ids, policy: LOCAL });
    expect(pass).toMatchObject({ attempted: 1, succeeded: 0, failed: 1 });
    expect(received).toEqual([]);
    const attempts = await testDatabase.db
      .select({ statusCode: webhookAttempts.statusCode, response: webhookAttempts.response })
      .from(webhookAttempts)
      .where(eq(webhookAttempts.endpointId, id));
    expect(attempts).toEqual([
      { statusCode: null, response: expect.stringContaining("not sent: corrupt webhook_endpoints") },
    ]);
  });

  it("webhook endpoint event types: reading the endpoint, and a change that would record an event, are 500", async () => {
    const token = await api.token("corrupt-event-types");
    const id = await endpoint(token);
    await testDatabase.db.execute(
      sql`update webhook_endpoints set event_types = '"product.*"'::jsonb where id = ${id}`,
    );
    await corrupt(await api.call("GET", `/v1/webhook-endpoints/${id}`, { token }), `/v1/webhook-endpoints/${id}`, [
      "webhook_endpoints",
      id,
      "eventTypes",
    ]);
    const product = await api.call("POST", "/v1/products", { token, body: testProduct() });
    await corrupt(product, "/v1/products", ["webhook_endpoints", id, "eventTypes"]);
  });

  it("close-run failures: 500 corrupt_record", async () => {
    const token = await api.token("corrupt-close-run");
    await testDatabase.db.execute(sql`insert into close_runs
      (tenant_id, id, business_date, trigger, status, loans_closed, loans_failed, failures, started_at, finished_at)
      values ('corrupt-close-run', 'cr_01JGFJJZ0000000000000000AB', '2025-03-01', 'schedule', 'completed_with_failures', 1, 1,
        '[{"loanId": 7, "code": "corrupt_record"}]'::jsonb, '2025-03-01T00:00:00Z', '2025-03-01T00:01:00Z')`);
    await corrupt(
      await api.call("GET", "/v1/close-runs/cr_01JGFJJZ0000000000000000AB", { token }),
      "/v1/close-runs/cr_01JGFJJZ0000000000000000AB",
      ["close_runs", "cr_01JGFJJZ0000000000000000AB", "failures"],
    );
  });

  it("audit record details: 500 corrupt_record", async () => {
    const token = await api.token("corrupt-audit");
    const productId = await createProduct(api, token);
    await testDatabase.db.execute(
      sql`update audit_records set details = '"created"'::jsonb where tenant_id = 'corrupt-audit' and resource_id = ${productId}`,
    );
    await corrupt(await api.call("GET", "/v1/audit-records", { token }), "/v1/audit-records", [
      "audit_records",
      "details",
    ]);
  });

  it("event data: 500 corrupt_record", async () => {
    const token = await api.token("corrupt-event-data");
    const productId = await createProduct(api, token);
    await testDatabase.db.execute(
      sql`update events set data = '[1, 2]'::jsonb where tenant_id = 'corrupt-event-data' and resource_id = ${productId}`,
    );
    await corrupt(await api.call("GET", "/v1/events", { token }), "/v1/events", ["events", "data"]);
  });

  it("a decision's facts and a rule-set version's reason statements: 500 corrupt_record", async () => {
    const token = await api.token("corrupt-decisions");
    const document = { ...demoUnderwritingRuleSet, id: "corrupt" };
    const body = { document, reasonStatements: demoRuleSetReasonStatements };
    const ruleSetId = String((await json(await api.call("POST", "/v1/rule-sets", { token, body }))).id);
    expect((await api.call("POST", `/v1/rule-sets/${ruleSetId}/versions/1/publish`, { token })).status).toBe(200);
    const decided = await api.call("POST", "/v1/decisions", { token, body: { ruleSetId, facts: primeApplicant } });
    expect(decided.status).toBe(201);
    const decisionId = String((await json(decided)).id);

    await testDatabase.db.execute(sql`update decisions set facts = '["creditScore"]'::jsonb where id = ${decisionId}`);
    await corrupt(await api.call("GET", `/v1/decisions/${decisionId}`, { token }), `/v1/decisions/${decisionId}`, [
      "decisions",
      decisionId,
      "facts",
    ]);

    await testDatabase.db.execute(
      sql`update rule_set_versions set reason_statements = '{"DTI_TOO_HIGH": {"statementId": 7}}'::jsonb where rule_set_id = ${ruleSetId}`,
    );
    const version = `/v1/rule-sets/${ruleSetId}/versions/1`;
    await corrupt(await api.call("GET", version, { token }), version, ["rule_set_versions", "reason_statements"]);
    const decline = { ruleSetId, facts: { ...primeApplicant, monthlyDebt: 300_000 } };
    const again = await api.call("POST", "/v1/decisions", { token, body: decline });
    await corrupt(again, "/v1/decisions", ["rule_set_versions", "reason_statements"]);
  });

  it("an idempotency key's stored response: the retry is 500 corrupt_record, not a replay of a broken body", async () => {
    const token = await api.token("corrupt-idempotency");
    const headers = { "idempotency-key": "corrupt-1" };
    const body = testProduct();
    expect((await api.call("POST", "/v1/products", { token, headers, body })).status).toBe(201);
    await testDatabase.db.execute(
      sql`update idempotency_keys set response_body = '{"id": "prod_' where tenant_id = 'corrupt-idempotency'`,
    );
    await corrupt(await api.call("POST", "/v1/products", { token, headers, body }), "/v1/products", [
      "idempotency_keys",
      "corrupt-1",
      "responseBody",
    ]);
  });
});
