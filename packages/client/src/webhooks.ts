import type { components } from "./generated/schema.js";

/** An event as a webhook delivers it (the same shape `GET /v1/events/{id}` returns). */
export type WebhookEvent = components["schemas"]["Event"];

/** Thrown by {@link verifyWebhook} when a delivery is not authentic or too old; answer it with 400. */
export class WebhookVerificationError extends Error {
  override readonly name = "WebhookVerificationError";
}

/** Options of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds (default 300, as Standard Webhooks advises). */
  readonly toleranceSeconds?: number;
  /** The current time (default `new Date()`). */
  readonly now?: Date;
}

type HeaderSource = Headers | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
  const record = headers as Readonly<Record<string, string | ReadonlyArray<string> | undefined>>;
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value[0] : (value as string | undefined);
}

function base64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function bytesToBase64(bytes: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Compares two strings in time independent of where they differ. */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Verifies a Lendstack webhook delivery per the Standard Webhooks specification and returns its event:
 * one `v1` signature in `webhook-signature` must be the base64 HMAC-SHA256, keyed with your endpoint's
 * secret, of `webhook-id.webhook-timestamp.body`, and the timestamp must be within 5 minutes of now. Pass
 * the raw body exactly as received (before any JSON parsing). Works in Node 20+, browsers and edge
 * runtimes (Web Crypto).
 *
 * @example
 * app.post("/webhooks", async (c) => {
 *   const event = await verifyWebhook(await c.req.text(), c.req.raw.headers, process.env.LENDSTACK_WEBHOOK_SECRET!);
 *   if (event.type === "loan.payment_posted") …
 *   return c.body(null, 204);
 * });
 */
export async function verifyWebhook(
  body: string,
  headers: HeaderSource,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (id === undefined || timestamp === undefined || signatures === undefined) {
    throw new WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature header");
  }
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (Number.isNaN(seconds)) throw new WebhookVerificationError("webhook-timestamp is not a number of seconds");
  if (seconds < now - tolerance) throw new WebhookVerificationError("webhook-timestamp is too old");
  if (seconds > now + tolerance) throw new WebhookVerificationError("webhook-timestamp is in the future");

  const keyBytes = base64ToBytes(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  const key = await crypto.subtle.importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  const expected = bytesToBase64(await crypto.subtle.sign("HMAC", key, content));
  const matches = signatures
    .split(" ")
    .some((part) => part.startsWith("v1,") && constantTimeEqual(part.slice("v1,".length), expected));
  if (!matches) throw new WebhookVerificationError("no signature matches the secret");
  try {
    return JSON.parse(body) as WebhookEvent;
  } catch {
    throw new WebhookVerificationError("the body is not JSON");
  }
}
