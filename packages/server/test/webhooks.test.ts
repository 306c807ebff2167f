import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeliveryOptions, deliverDueWebhooks } from "../src/jobs/webhooks/deliver.js";
import { RETRY_DELAYS_SECONDS } from "../src/jobs/webhooks/retry-schedule.js";
import { postWebhook } from "../src/jobs/webhooks/send.js";
import { STRICT_WEBHOOK_URL_POLICY } from "../src/webhook-endpoints/url-policy.js";
import { json, personalLoan } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Webhooks end to end against a receiver on 127.0.0.1: signed per Standard Webhooks (checked with the
// `standardwebhooks` reference library), retried after a 500 and a timeout, dead-lettered, replayed, and
// signed with both secrets during a rotation. Runs on PGlite, and on PostgreSQL with DATABASE_URL.

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

const LOCAL = { allowHttp: true, allowPrivateAddresses: true };
let testDatabase: TestDatabase;
let api: TestApp;
let receiver: Server;
let receiverUrl: string;
let received: Received[] = [];
/** How the receiver answers the next requests: a status, or "hang" (never within the timeout). */
let answer: number | "hang" = 200;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      if (answer === "hang") return void setTimeout(() => response.end("late"), 2_000);
      response.writeHead(answer, { "content-type": "text/plain" }).end(`answered ${answer}`);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});
afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
  await testDatabase.dispose();
});

/** A fresh app whose clock starts now: the reference library checks timestamps against the real clock. */
function startApi(): void {
  api = createTestApp(testDatabase.database, { clockStart: new Date().toISOString(), webhookUrlPolicy: LOCAL });
}

const pass = (options: Partial<DeliveryOptions> = {}) =>
  deliverDueWebhooks({
    db: testDatabase.db,
    clock: api.clock,
    ids: api.ids,
    policy: LOCAL,
    timeoutMs: 500,
    random: () => 0.5,
    ...options,
  });

async function endpointFor(token: string, eventTypes: string[] = ["product.*"]) {
  const response = await api.call("POST", "/v1/webhook-endpoints", { token, body: { url: receiverUrl, eventTypes } });
  expect(response.status).toBe(201);
  return (await json(response)) as { id: string; secret: string };
}

async function deliveries(token: string, endpointId: string) {
  const page = await json(await api.call("GET", `/v1/webhook-endpoints/${endpointId}/deliveries`, { token }));
  return page.data as Array<{
    status: string;
    eventId: string;
    attempts: Array<{ statusCode: number | null; response: string }>;
  }>;
}

const headersOf = (message: Received) => ({
  "webhook-id": String(message.headers["webhook-id"]),
  "webhook-timestamp": String(message.headers["webhook-timestamp"]),
  "webhook-signature": String(message.headers["webhook-signature"]),
});

describe("webhook deliveries", () => {
  it("delivers a subscribed event once, signed so the reference library verifies it", async () => {
    received = [];
    startApi();
    answer = 200;
    const token = await api.token("hooks-basic");
    const endpoint = await endpointFor(token);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const product = await json(await api.call("POST", "/v1/products", { token, body: personalLoan() }));
    expect(await pass()).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(await pass()).toMatchObject({ attempted: 0 });
    expect(received).toHaveLength(1);
    const verified = new Webhook(endpoint.secret).verify(received[0]!.body, headersOf(received[0]!)) as {
      type: string;
      data: unknown;
    };
    expect(verified.type).toBe("product.created");
    expect(verified.data).toEqual(product);
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(received[0]!.body, headersOf(received[0]!)),
    ).toThrow();
    const [delivery] = await deliveries(token, endpoint.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: [{ statusCode: 200, response: "answered 200" }] });
  });

  it("retries after a 500 and after a timeout, with back-off, then succeeds", async () => {
    received = [];
    startApi();
    const token = await api.token("hooks-retry");
    const endpoint = await endpointFor(token);
    await api.call("POST", "/v1/products", { token, body: personalLoan() });
    answer = 500;
    expect(await pass()).toMatchObject({ attempted: 1, failed: 1 });
    expect(await pass()).toMatchObject({ attempted: 0 }); // not due for 5 s
    api.clock.advance(RETRY_DELAYS_SECONDS[0]! * 1000);
    answer = "hang";
    expect(await pass()).toMatchObject({ attempted: 1, failed: 1 });
    api.clock.advance(RETRY_DELAYS_SECONDS[1]! * 1000);
    answer = 200;
    expect(await pass()).toMatchObject({ attempted: 1, succeeded: 1 });
    const [delivery] = await deliveries(token, endpoint.id);
    expect(delivery?.status).toBe("succeeded");
    expect(delivery?.attempts.map((attempt) => attempt.statusCode)).toEqual([500, null, 200]);
    expect(delivery?.attempts[1]?.response).toMatch(/no answer within 500 ms/);
    expect(new Set(received.map((message) => message.headers["webhook-id"])).size).toBe(1);
  });

  it("dead-letters after about three days of failures and disables an endpoint that never succeeds", async () => {
    received = [];
    startApi();
    answer = 503;
    const token = await api.token("hooks-dead");
    const endpoint = await endpointFor(token);
    await api.call("POST", "/v1/products", { token, body: personalLoan() });
    for (const delay of [0, ...RETRY_DELAYS_SECONDS]) {
      api.clock.advance(delay * 1000);
      expect((await pass()).attempted).toBe(1);
    }
    const later = await api.token("hooks-dead"); // the first token expired days ago
    const [delivery] = await deliveries(later, endpoint.id);
    expect(delivery?.status).toBe("dead");
    expect(delivery?.attempts).toHaveLength(RETRY_DELAYS_SECONDS.length + 1);
    const after = await json(await api.call("GET", `/v1/webhook-endpoints/${endpoint.id}`, { token: later }));
    expect(after).toMatchObject({ enabled: false, disabledReason: "every delivery failed for 3 days" });
    const disabled = await json(await api.call("GET", "/v1/events?type=webhook_endpoint.disabled", { token: later }));
    expect(disabled.data).toHaveLength(1);
    answer = 200;
  });

  it("replays an event, and signs with both secrets during a rotation", async () => {
    received = [];
    startApi();
    answer = 200;
    const token = await api.token("hooks-replay");
    const endpoint = await endpointFor(token);
    await api.call("POST", "/v1/products", { token, body: personalLoan() });
    await pass();
    const [first] = await deliveries(token, endpoint.id);
    const rotation = await api.call("POST", `/v1/webhook-endpoints/${endpoint.id}/secret-rotations`, { token });
    expect(rotation.status).toBe(201);
    const { secret: newSecret } = (await json(rotation)) as { secret: string };
    const replay = await api.call("POST", `/v1/webhook-endpoints/${endpoint.id}/replays`, {
      token,
      body: { eventId: first!.eventId },
    });
    expect(await json(replay)).toEqual({ deliveriesQueued: 1 });
    await pass();
    expect(received).toHaveLength(2);
    const resent = received[1]!;
    expect(resent.headers["webhook-id"]).toBe(first!.eventId);
    expect(String(resent.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [endpoint.secret, newSecret]) {
      expect(() => new Webhook(secret).verify(resent.body, headersOf(resent))).not.toThrow();
    }
    // A day later the old secret has expired: one signature, with the new secret.
    api.clock.advance(24 * 3600 * 1000 + 1000);
    await api.call("POST", "/v1/products", { token: await api.token("hooks-replay"), body: personalLoan() });
    await pass();
    const later = received[2]!;
    expect(String(later.headers["webhook-signature"]).split(" ")).toHaveLength(1);
  });
});

describe("webhook URLs", () => {
  it.each([
    ["http://example.com/hooks", "webhook URLs must use https"],
    ["https://127.0.0.1/hooks", "public address"],
    ["https://10.1.2.3/hooks", "public address"],
    ["https://169.254.169.254/latest/meta-data", "public address"],
    ["https://[::1]/hooks", "public address"],
    ["https://[::ffff:192.168.0.1]/hooks", "public address"],
    ["https://localhost/hooks", "this machine"],
    ["https://user:pw@example.com/hooks", "credentials"],
    ["not a url", "absolute URL"],
  ])("refuses %s with a clear 422 under the strict policy", async (url, reason) => {
    const strict = createTestApp(testDatabase.database, { webhookUrlPolicy: STRICT_WEBHOOK_URL_POLICY });
    const response = await strict.call("POST", "/v1/webhook-endpoints", {
      token: await strict.token("hooks-ssrf"),
      body: { url, eventTypes: ["*"] },
    });
    const problem = await json(response);
    expect(response.status).toBe(422);
    expect(String(problem.detail)).toContain(reason);
  });

  it("refuses, when sending, a host name that resolves to a private address", async () => {
    const outcome = await postWebhook(
      receiverUrl.replace("127.0.0.1", "localhost"),
      "{}",
      {},
      {
        timeoutMs: 1000,
        policy: { allowHttp: true, allowPrivateAddresses: false },
      },
    );
    expect(outcome.statusCode).toBeNull();
    expect(outcome.response).toMatch(/non-public address/);
  });
});
