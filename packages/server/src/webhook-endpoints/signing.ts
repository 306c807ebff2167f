import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const SECRET_PREFIX = "whsec_";

/**
 * A new endpoint secret: `whsec_` and 32 random bytes in base64, as the Standard Webhooks spec lays out.
 *
 * @example
 * newWebhookSecret(); // "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw…"
 */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
}

/**
 * The `webhook-signature` value for a message: `v1,<base64 HMAC-SHA256>` over `id.timestamp.body` for
 * each secret, space-separated (several while a rotated-out secret is still valid).
 *
 * @example
 * signWebhook({ id: "whd_…", timestamp: 1767225600, body: "{…}" }, [secret]); // "v1,K5oZ…="
 */
export function signWebhook(
  message: { readonly id: string; readonly timestamp: number; readonly body: string },
  secrets: ReadonlyArray<string>,
): string {
  const content = `${message.id}.${message.timestamp}.${message.body}`;
  return secrets
    .map((secret) => `v1,${createHmac("sha256", keyOf(secret)).update(content).digest("base64")}`)
    .join(" ");
}

/**
 * Whether any `v1` signature in `header` matches one of `secrets` (constant-time comparison).
 *
 * @example
 * hasValidSignature(headers["webhook-signature"], message, [secret]); // true
 */
export function hasValidSignature(
  header: string,
  message: { readonly id: string; readonly timestamp: number; readonly body: string },
  secrets: ReadonlyArray<string>,
): boolean {
  const expected = secrets.map((secret) => Buffer.from(signWebhook(message, [secret]).slice(3), "base64"));
  return header.split(" ").some((part) => {
    if (!part.startsWith("v1,")) return false;
    const given = Buffer.from(part.slice(3), "base64");
    return expected.some((candidate) => candidate.length === given.length && timingSafeEqual(candidate, given));
  });
}
