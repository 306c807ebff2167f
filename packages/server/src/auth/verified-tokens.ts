import type { JWTPayload } from "jose";

/**
 * Tokens whose signature and claims were verified, so the same bearer token on the next request skips the
 * signature check (a payment client sends one token thousands of times). An entry is used only while its
 * `exp` (and `nbf`) still hold at the caller's clock and for at most `maxAgeSeconds` (a key removed from a
 * JWKS stops being honoured within that time); the oldest entry goes when the cache is full.
 *
 * @example
 * const cache = verifiedTokenCache();
 * cache.set(token, payload, nowSeconds);
 * cache.get(token, nowSeconds); // payload, until exp or five minutes
 */
export function verifiedTokenCache(options: { readonly maxEntries?: number; readonly maxAgeSeconds?: number } = {}) {
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeSeconds = options.maxAgeSeconds ?? 300;
  const entries = new Map<string, { readonly payload: JWTPayload; readonly cachedAt: number }>();
  const stillValid = (entry: { readonly payload: JWTPayload; readonly cachedAt: number }, now: number) =>
    typeof entry.payload.exp === "number" &&
    now < entry.payload.exp &&
    (typeof entry.payload.nbf !== "number" || entry.payload.nbf <= now) &&
    now >= entry.cachedAt &&
    now < entry.cachedAt + maxAgeSeconds;
  return {
    get(token: string, nowSeconds: number): JWTPayload | undefined {
      const entry = entries.get(token);
      if (entry === undefined) return undefined;
      if (stillValid(entry, nowSeconds)) return entry.payload;
      entries.delete(token);
      return undefined;
    },
    set(token: string, payload: JWTPayload, nowSeconds: number): void {
      if (token.length > MAX_CACHED_TOKEN_LENGTH) return;
      if (entries.size >= maxEntries && !entries.has(token)) {
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entries.set(token, { payload, cachedAt: nowSeconds });
    },
    get size() {
      return entries.size;
    },
  };
}

/** Longer tokens are verified every time rather than kept (they would make the cache's memory unbounded). */
const MAX_CACHED_TOKEN_LENGTH = 4_096;
