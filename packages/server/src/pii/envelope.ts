import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";

/** Bytes of an AES-256 key. */
export const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = "v1";

/**
 * Encrypts with AES-256-GCM: a fresh random 96-bit IV per call, the 128-bit tag, and `context` as
 * additional authenticated data (the ciphertext only decrypts under the same context, so it cannot be
 * moved to another row or tenant). Output: `v1:` + base64url(iv | tag | ciphertext).
 *
 * @see NIST SP 800-38D (GCM; random 96-bit IVs)
 * @example
 * const sealed = seal(key, Buffer.from("123456789"), "tenant-a:pty_…:taxId");
 */
export function seal(key: Buffer, plaintext: Buffer, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/**
 * Decrypts what {@link seal} made under the same key and context; throws if either differs or a byte changed.
 *
 * @example
 * open(key, sealed, "tenant-a:pty_…:taxId").toString("utf8"); // "123456789"
 */
export function open(key: Buffer, sealed: string, context: string): Buffer {
  if (!sealed.startsWith(`${VERSION}:`)) throw new Error("unknown ciphertext version");
  const raw = Buffer.from(sealed.slice(VERSION.length + 1), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/**
 * HMAC-SHA256 of `value` under a tenant's hash key, hex: equal values give equal hashes, so a column of
 * them can be searched, and without the key a hash cannot be checked against guesses (a plain SHA-256 of
 * a nine-digit number falls to a billion guesses).
 *
 * @example
 * keyedHash(hashKey, "tin:123456789"); // "5f1c…"
 */
export function keyedHash(key: Buffer, value: string): string {
  return createHmac("sha256", key).update(value, "utf8").digest("hex");
}

/**
 * A short public fingerprint of a master key (never the key): which master key wrapped a row.
 *
 * @example
 * masterKeyId(key); // "mk_3f9a0c21d4e5b678"
 */
export function masterKeyId(key: Buffer): string {
  return `mk_${createHash("sha256").update("lendstack:master-key-id:").update(key).digest("hex").slice(0, 16)}`;
}
