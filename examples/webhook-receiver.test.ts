import { allScopes, loadConfig, mintDevelopmentToken, type RunningServer, startServer } from "@lendstack/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningReceiver, startWebhookReceiver } from "./webhook-receiver.js";

// The receiver example against a started server whose in-process worker delivers over HTTP to it.
let server: RunningServer;
let receiver: RunningReceiver;
let settings: { baseUrl: string; token: string };

beforeAll(async () => {
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    LENDSTACK_DATA_DIR: "memory",
    LOG_LEVEL: "silent",
    WEBHOOK_ALLOW_PRIVATE_URLS: "true",
  });
  server = await startServer(config, { seed: true });
  settings = { baseUrl: server.url, token: await mintDevelopmentToken({ tenant: "demo", scopes: allScopes() }) };
  receiver = await startWebhookReceiver({ ...settings, port: 0, eventTypes: ["product.*"], log: () => {} });
});
afterAll(async () => {
  await receiver?.close();
  await server?.close();
});

async function eventually(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("examples/webhook-receiver.ts", () => {
  it("receives and verifies the event of a change made through the API", async () => {
    const headers = { authorization: `Bearer ${settings.token}` };
    const products = (await (await fetch(`${settings.baseUrl}/v1/products`, { headers })).json()) as {
      data: Array<{ id: string }>;
    };
    const productId = products.data[0]!.id;
    const archived = await fetch(`${settings.baseUrl}/v1/products/${productId}/archive`, { method: "POST", headers });
    expect(archived.status).toBe(200);
    await eventually(() => receiver.received.length > 0);
    expect(receiver.received.map((event) => [event.type, event.resourceId])).toEqual([["product.archived", productId]]);
    expect(receiver.refused).toBe(0);
  });
});
