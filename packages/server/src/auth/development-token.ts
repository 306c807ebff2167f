import { SignJWT } from "jose";
import { DEVELOPMENT_JWT_SECRET } from "../config.js";

/**
 * What to put in a development token. `ttl` is seconds or `<n>s|m|h|d` (`"1h"`, `"30d"`).
 *
 * @example
 * const request: DevelopmentTokenRequest = { tenant: "demo", scopes: ["products:read"], ttl: "1h" };
 */
export interface DevelopmentTokenRequest {
  readonly tenant: string;
  readonly scopes: ReadonlyArray<string>;
  readonly ttl?: string | number;
  readonly subject?: string;
  readonly secret?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** The issue time (defaults to now); tests pass a fixed clock. */
  readonly now?: Date;
}

/**
 * Signs an HS256 token the server accepts in development (the CLI's `lendstack token` and the tests use it).
 * Defaults: the development secret, issuer `lendstack`, audience `lendstack-api`, ttl `1h`, subject `dev-user`.
 *
 * @example
 * const token = await mintDevelopmentToken({ tenant: "demo", scopes: ["products:read"], ttl: "1h" });
 * await fetch("http://localhost:3000/v1/products", { headers: { authorization: `Bearer ${token}` } });
 */
export async function mintDevelopmentToken(request: DevelopmentTokenRequest): Promise<string> {
  const now = request.now ?? new Date();
  const issuedAt = Math.floor(now.getTime() / 1000);
  const ttlSeconds = parseTtlSeconds(request.ttl ?? "1h");
  return new SignJWT({ tenant_id: request.tenant, scope: request.scopes.join(" ") })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject ?? "dev-user")
    .setIssuer(request.issuer ?? "lendstack")
    .setAudience(request.audience ?? "lendstack-api")
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(new TextEncoder().encode(request.secret ?? DEVELOPMENT_JWT_SECRET));
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * Reads a token lifetime: seconds, or a count with a unit (`90s`, `15m`, `1h`, `30d`).
 *
 * @example
 * parseTtlSeconds("1h"); // 3600
 */
export function parseTtlSeconds(ttl: string | number): number {
  if (typeof ttl === "number") return ttl;
  const match = /^(\d+)([smhd])$/.exec(ttl.trim());
  if (match === null) throw new Error(`ttl "${ttl}" is not <number><s|m|h|d>`);
  return Number(match[1]) * (UNIT_SECONDS[match[2]!] ?? 1);
}
