import { createHash, randomBytes } from "node:crypto";

/** How long a signing link lasts at most (the envelope's expiry cuts it shorter): 7 days. */
export const SIGNING_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A link token: 32 random bytes, base64url (43 characters), never stored. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new signing link token and the SHA-256 (hex) that is stored in its place.
 *
 * @example
 * const { token, hash } = newSigningToken();
 */
export function newSigningToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSigningToken(token) };
}

/** @example hashSigningToken(token) // 64 hex characters */
export function hashSigningToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `value` has the shape of a link token (checked before any lookup). @example isSigningToken("abc") // false */
export function isSigningToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** When a link issued at `now` expires: in 7 days, or at the envelope's expiry if sooner. */
export function linkExpiryOf(now: Date, envelopeExpiresAt: Date): Date {
  return new Date(Math.min(now.getTime() + SIGNING_LINK_TTL_MS, envelopeExpiresAt.getTime()));
}
