/**
 * Events and webhooks: what the transactional outbox costs a payment (payments posted in-process with
 * event recording against the same app without it), and how many webhook deliveries one worker makes
 * per second to a receiver on 127.0.0.1 (against plain HTTP POSTs to it, the floor). On PostgreSQL when
 * DATABASE_URL is set, else on the embedded PGlite.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { demoProducts } from "../packages/core/src/demo/index.js";
import { type AppDeps, createApp } from "../packages/server/src/app.js";
import { mintDevelopmentToken } from "../packages/server/src/auth/development-token.js";
import { createIdGenerator } from "../packages/server/src/ids.js";
import { deliverDueWebhooks } from "../packages/server/src/jobs/webhooks/deliver.js";
import { postWebhook } from "../packages/server/src/jobs/webhooks/send.js";
import { createLogger } from "../packages/server/src/logger.js";
import { allScopes } from "../packages/server/src/resources.js";
import { createTestDatabase } from "../packages/server/src/testing/test-database.js";
import { type Suite, throughputResult } from "./harness.js";

const SECRET = "bench-secret-that-is-at-least-32-characters-long";
const auth = { issuer: "bench", audience: "bench", keys: { kind: "secret" as const, secret: SECRET } };
const LOCAL = { allowHttp: true, allowPrivateAddresses: true };
/** The demo personal loan (12 monthly payments at 10 % fit its limits). */
const product = demoProducts[0]!;

type Database = Awaited<ReturnType<typeof createTestDatabase>>;

/** The app over the bench database, with the bench's auth and silent logs; `options` override the rest. */
function benchApp(testDatabase: Database, clock: () => Date, options: Partial<AppDeps> = {}) {
  return createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth,
    logger: createLogger("silent"),
    ...options,
  });
}

async function paymentsPerSecond(testDatabase: Database, recordEvents: boolean, count: number): Promise<number> {
  const clock = () => new Date("2025-03-01T12:00:00Z");
  const app = benchApp(testDatabase, clock, { recordEvents });
  const tenant = `bench-${recordEvents ? "outbox" : "plain"}`;
  const token = await mintDevelopmentToken({
    tenant,
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
    now: clock(),
  });
  let key = 0;
  const post = async (path: string, body: unknown) => {
    const response = await app.request(path, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": `${tenant}-${++key}`,
      },
      body: JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const productId = (await post("/v1/products", product)).id;
  const loanId = (
    await post("/v1/loans", {
      productId,
      amount: 1_000_000,
      currency: "USD",
      numberOfPayments: 12,
      ratePercent: "10",
      disbursementDate: "2025-01-01",
      firstPaymentDate: "2025-02-01",
    })
  ).id;
  const pay = () => post(`/v1/loans/${loanId}/payments`, { amount: 100, currency: "USD", effectiveDate: "2025-02-01" });
  for (let i = 0; i < 20; i++) await pay(); // warm-up
  const start = performance.now();
  for (let i = 0; i < count; i++) await pay();
  return count / ((performance.now() - start) / 1000);
}

async function deliveriesPerSecond(testDatabase: Database, count: number): Promise<{ worker: number; plain: number }> {
  const receiver = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const clock = () => new Date();
  const ids = createIdGenerator({ clock });
  const app = benchApp(testDatabase, clock, { ids, webhookUrlPolicy: LOCAL });
  const token = await mintDevelopmentToken({
    tenant: "bench-hooks",
    scopes: allScopes(),
    secret: SECRET,
    issuer: "bench",
    audience: "bench",
  });
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  await app.request("/v1/webhook-endpoints", {
    method: "POST",
    headers,
    body: JSON.stringify({ url, eventTypes: ["*"] }),
  });
  for (let i = 0; i < count; i++) {
    await app.request("/v1/products", { method: "POST", headers, body: JSON.stringify({ ...product, name: `p${i}` }) });
  }
  const start = performance.now();
  let delivered = 0;
  for (;;) {
    const pass = await deliverDueWebhooks({ db: testDatabase.db, clock, ids, policy: LOCAL, batchSize: 100 });
    if (pass.attempted === 0) break;
    delivered += pass.succeeded;
  }
  const worker = delivered / ((performance.now() - start) / 1000);
  const plainStart = performance.now();
  for (let i = 0; i < count; i += 100) {
    await Promise.all(
      Array.from({ length: 100 }, () => postWebhook(url, "{}", {}, { timeoutMs: 10_000, policy: LOCAL })),
    );
  }
  const plain = count / ((performance.now() - plainStart) / 1000);
  await new Promise((resolve) => receiver.close(resolve));
  return { worker, plain };
}

const suite: Suite = {
  name: "events",
  async run() {
    const testDatabase = await createTestDatabase();
    try {
      const backend = testDatabase.database.kind;
      // Interleaved rounds, so drift in the machine's load hits both sides alike.
      const withOutbox: number[] = [];
      const without: number[] = [];
      for (let round = 0; round < 3; round++) {
        without.push(await paymentsPerSecond(testDatabase, false, 200));
        withOutbox.push(await paymentsPerSecond(testDatabase, true, 200));
      }
      const best = (values: number[]) => Math.max(...values);
      const deliveries = await deliveriesPerSecond(testDatabase, 2_000);
      return [
        throughputResult(
          "events.outbox.overhead",
          best(withOutbox),
          best(without),
          `payments/s through the API in-process (${backend}), with the outbox vs without; goal ratio ≤ 1.15`,
        ),
        throughputResult(
          "webhooks.deliveries",
          deliveries.worker,
          deliveries.plain,
          `deliveries/s by one worker to a 127.0.0.1 receiver (${backend}, batches of 100, signed, attempts recorded); baseline plain POSTs; goal ≥ 500/s on PostgreSQL`,
        ),
      ];
    } finally {
      await testDatabase.dispose();
    }
  },
};
export default suite;
