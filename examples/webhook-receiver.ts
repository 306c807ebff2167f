/**
 * Webhook receiver: subscribe to your tenant's events and log each delivery after verifying its
 * signature (Standard Webhooks, checked with `verifyWebhook` from @lendstack/client).
 *
 *   WEBHOOK_ALLOW_PRIVATE_URLS=true npm start   # a receiver on this machine is a private address
 *   export TOKEN=…                              # the line `npm start` printed
 *   npx tsx examples/webhook-receiver.ts        # listens on 127.0.0.1:4000 (RECEIVER_PORT) until Ctrl-C
 */
import { serve } from "@hono/node-server";
import { Lendstack, verifyWebhook, type WebhookEvent, WebhookVerificationError } from "@lendstack/client";
import { Hono } from "hono";
import { exampleSettings, isMain } from "./settings.js";

export interface ReceiverOptions {
  readonly baseUrl: string;
  readonly token: string;
  /** 0 for any free port. */
  readonly port: number;
  /** Default: every event. */
  readonly eventTypes?: string[];
  readonly log?: (line: string) => void;
}

/** A listening receiver, subscribed through the API. */
export interface RunningReceiver {
  readonly url: string;
  readonly endpointId: string;
  /** Every verified event, in arrival order. */
  readonly received: WebhookEvent[];
  /** Deliveries refused because their signature or timestamp did not verify. */
  readonly refused: number;
  close(): Promise<void>;
}

/** Starts the receiver, then registers it as a webhook endpoint of the tenant. */
export async function startWebhookReceiver(options: ReceiverOptions): Promise<RunningReceiver> {
  const log = options.log ?? console.log;
  const received: WebhookEvent[] = [];
  let refused = 0;
  let secret = "";
  const app = new Hono();
  app.post("/webhooks", async (c) => {
    try {
      // The raw body, exactly as it arrived: the signature covers these bytes.
      const event = await verifyWebhook(await c.req.text(), c.req.raw.headers, secret);
      received.push(event);
      log(`${event.createdAt} ${event.type} ${event.resourceType} ${event.resourceId}`);
      return c.body(null, 204);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      refused += 1;
      log(`refused a delivery: ${error.message}`);
      return c.text(error.message, 400);
    }
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: "127.0.0.1" }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const url = `http://127.0.0.1:${port}/webhooks`;

  const lendstack = new Lendstack({ baseUrl: options.baseUrl, token: options.token });
  const endpoint = await lendstack.webhookEndpoints.create({
    url,
    eventTypes: options.eventTypes ?? ["*"],
    description: "examples/webhook-receiver.ts",
  });
  secret = endpoint.secret;
  log(`listening on ${url} as webhook endpoint ${endpoint.id}`);
  return {
    url,
    endpointId: endpoint.id,
    received,
    get refused() {
      return refused;
    },
    close: async () => {
      await lendstack.webhookEndpoints.del(endpoint.id);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

if (isMain(import.meta.url)) {
  const receiver = await startWebhookReceiver({
    ...exampleSettings(),
    port: Number(process.env.RECEIVER_PORT ?? 4000),
  });
  process.once("SIGINT", () => void receiver.close().then(() => process.exit(0)));
}
