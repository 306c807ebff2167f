import { createHmac } from "node:crypto";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createLocalJWKSet, exportJWK, exportSPKI, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import type { AuthSettings } from "../../src/auth/jwt.js";
import { DEVELOPMENT_JWT_SECRET } from "../../src/config.js";
import type { AppEnv } from "../../src/http/app-env.js";
import { createIdGenerator } from "../../src/ids.js";
import { createLogger } from "../../src/logger.js";
import { createTestClock, TEST_AUTH, TEST_SECRET } from "../helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";
import { pathOf } from "./spec.js";

/**
 * The JWT forgery list (issue 15): every forged, tampered, expired or malformed token is a 401 problem
 * with a `WWW-Authenticate: Bearer` challenge, on an app that trusts a shared secret (HS256) and on one
 * that trusts a JWKS (RS256/ES256). A control token proves each app accepts a good one.
 */

const clock = createTestClock("2025-03-01T12:00:00.000Z");
const now = Math.floor(clock().getTime() / 1000);
const encoder = new TextEncoder();
const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

const goodClaims = (): JWTPayload => ({
  tenant_id: "tenant-a",
  scope: "products:read",
  sub: "user-a",
  iss: TEST_AUTH.issuer,
  aud: TEST_AUTH.audience,
  iat: now,
  exp: now + 3600,
});

/** An HS256 token signed by hand, for headers jose refuses to sign (an unknown `crit`). */
function hmacToken(header: Record<string, unknown>, claims: JWTPayload): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac("sha256", TEST_SECRET).update(input).digest("base64url")}`;
}

/** The good claims without one of them. */
function without(name: string): JWTPayload {
  const claims: Record<string, unknown> = goodClaims();
  delete claims[name];
  return claims as JWTPayload;
}

async function hs256(claims: JWTPayload, secret = TEST_SECRET, alg = "HS256", header: Record<string, unknown> = {}) {
  return new SignJWT(claims).setProtectedHeader({ alg, typ: "JWT", ...header }).sign(encoder.encode(secret));
}

/** `header.payload.signature` with the payload swapped and the old signature kept. */
function withPayload(token: string, claims: JWTPayload): string {
  const [header, , signature] = token.split(".");
  return `${header}.${b64(claims)}.${signature}`;
}

let testDatabase: TestDatabase;
let secretApp: OpenAPIHono<AppEnv>;
let jwksApp: OpenAPIHono<AppEnv>;
let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
let attackerRsa: Awaited<ReturnType<typeof generateKeyPair>>;
let attackerEc: Awaited<ReturnType<typeof generateKeyPair>>;
let publicJwk: JWK;

function appWith(auth: AuthSettings) {
  return createApp({
    database: testDatabase.database,
    clock,
    ids: createIdGenerator({ clock }),
    auth,
    logger: createLogger("silent"),
  });
}

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  rsa = await generateKeyPair("RS256", { extractable: true });
  attackerRsa = await generateKeyPair("RS256", { extractable: true });
  attackerEc = await generateKeyPair("ES256", { extractable: true });
  publicJwk = { ...(await exportJWK(rsa.publicKey)), kid: "lendstack-1", alg: "RS256", use: "sig" };
  secretApp = appWith(TEST_AUTH);
  jwksApp = appWith({ ...TEST_AUTH, keys: { kind: "jwks", resolve: createLocalJWKSet({ keys: [publicJwk] }) } });
});
afterAll(() => testDatabase.dispose());

async function rs256(claims: JWTPayload, key = rsa.privateKey, header: Record<string, unknown> = {}) {
  return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "lendstack-1", ...header }).sign(key);
}

interface Forgery {
  readonly name: string;
  /** The Authorization header, or undefined for none. */
  readonly authorization: () => Promise<string | undefined>;
  readonly code: string;
}

const bearer = async (token: Promise<string> | string) => `Bearer ${await token}`;

const secretForgeries: Forgery[] = [
  { name: "no Authorization header", authorization: async () => undefined, code: "missing_token" },
  { name: "Basic instead of Bearer", authorization: async () => `Basic ${b64("a:b")}`, code: "missing_token" },
  { name: "Bearer with nothing", authorization: async () => "Bearer ", code: "missing_token" },
  {
    name: "alg none, no signature",
    authorization: () => bearer(`${b64({ alg: "none", typ: "JWT" })}.${b64(goodClaims())}.`),
    code: "invalid_token",
  },
  {
    name: "alg none keeping a real signature",
    authorization: async () => {
      const signature = (await hs256(goodClaims())).split(".")[2];
      return bearer(`${b64({ alg: "none" })}.${b64(goodClaims())}.${signature}`);
    },
    code: "invalid_token",
  },
  {
    name: "alg NONE (case games)",
    authorization: () => bearer(`${b64({ alg: "NONE" })}.${b64(goodClaims())}.`),
    code: "invalid_token",
  },
  {
    name: "HS256 header, empty signature (unsigned)",
    authorization: () => bearer(`${b64({ alg: "HS256", typ: "JWT" })}.${b64(goodClaims())}.`),
    code: "invalid_token",
  },
  {
    name: "signed with the wrong secret",
    authorization: () => bearer(hs256(goodClaims(), "another-secret-that-is-at-least-32-characters")),
    code: "invalid_token",
  },
  {
    name: "signed with the public development secret",
    authorization: () => bearer(hs256(goodClaims(), DEVELOPMENT_JWT_SECRET)),
    code: "invalid_token",
  },
  {
    name: "HS512 with the right secret (algorithm not allowed)",
    authorization: () => bearer(hs256(goodClaims(), TEST_SECRET, "HS512")),
    code: "invalid_token",
  },
  {
    name: "RS256 signed by an attacker's key",
    authorization: () => bearer(rs256(goodClaims(), attackerRsa.privateKey)),
    code: "invalid_token",
  },
  {
    name: "wrong issuer",
    authorization: () => bearer(hs256({ ...goodClaims(), iss: "evil" })),
    code: "invalid_token_claims",
  },
  {
    name: "wrong audience",
    authorization: () => bearer(hs256({ ...goodClaims(), aud: "another-api" })),
    code: "invalid_token_claims",
  },
  {
    name: "expired",
    authorization: () => bearer(hs256({ ...goodClaims(), iat: now - 7200, exp: now - 3600 })),
    code: "token_expired",
  },
  {
    name: "not valid before a future nbf",
    authorization: () => bearer(hs256({ ...goodClaims(), nbf: now + 3600 })),
    code: "invalid_token_claims",
  },
  {
    name: "issued ten years in the future",
    authorization: () =>
      bearer(hs256({ ...goodClaims(), iat: now + 10 * 365 * 86_400, exp: now + 10 * 365 * 86_400 + 3600 })),
    code: "invalid_token_claims",
  },
  { name: "no exp", authorization: () => bearer(hs256(without("exp"))), code: "invalid_token_claims" },
  {
    name: "exp as a string",
    authorization: () => bearer(hs256({ ...goodClaims(), exp: String(now + 3600) as unknown as number })),
    code: "invalid_token_claims",
  },
  { name: "no sub", authorization: () => bearer(hs256(without("sub"))), code: "invalid_token_claims" },
  { name: "no tenant", authorization: () => bearer(hs256(without("tenant_id"))), code: "missing_tenant" },
  {
    name: "a tenant that is not an identifier",
    authorization: () => bearer(hs256({ ...goodClaims(), tenant_id: "../tenant-b" })),
    code: "missing_tenant",
  },
  {
    name: "tenant claim tampered after signing",
    authorization: async () =>
      bearer(withPayload(await hs256(goodClaims()), { ...goodClaims(), tenant_id: "tenant-b" })),
    code: "invalid_token",
  },
  {
    name: "scope claim tampered after signing",
    authorization: async () =>
      bearer(withPayload(await hs256(goodClaims()), { ...goodClaims(), scope: "products:write loans:write" })),
    code: "invalid_token",
  },
  {
    name: "unknown critical header, correctly signed",
    authorization: () => bearer(hmacToken({ alg: "HS256", crit: ["x-evil"], "x-evil": 1 }, goodClaims())),
    code: "invalid_token",
  },
  {
    name: "hand-signed control: expired, so the signature itself was good",
    authorization: () => bearer(hmacToken({ alg: "HS256" }, { ...goodClaims(), exp: now - 1 })),
    code: "token_expired",
  },
  { name: "garbage", authorization: async () => "Bearer not-a-jwt", code: "invalid_token" },
  { name: "three dots of garbage", authorization: async () => "Bearer a.b.c", code: "invalid_token" },
  {
    name: "header that is not JSON",
    authorization: async () => `Bearer ${b64("{oops")}.${b64(goodClaims())}.sig`,
    code: "invalid_token",
  },
  {
    name: "payload that is not JSON",
    authorization: async () => `Bearer ${b64({ alg: "HS256" })}.${b64("[[[")}.sig`,
    code: "invalid_token",
  },
  { name: "8 kB of base64", authorization: async () => `Bearer ${"A".repeat(8_000)}`, code: "invalid_token" },
];

const jwksForgeries: Forgery[] = [
  {
    name: "HS/RS confusion: HS256 signed with the public key (PEM) as the secret",
    authorization: async () => bearer(hs256(goodClaims(), await exportSPKI(rsa.publicKey))),
    code: "invalid_token",
  },
  {
    name: "HS/RS confusion: HS256 signed with the public JWK as the secret",
    authorization: async () => bearer(hs256(goodClaims(), JSON.stringify(publicJwk), "HS256", { kid: "lendstack-1" })),
    code: "invalid_token",
  },
  {
    name: "alg none against the key set",
    authorization: () => bearer(`${b64({ alg: "none", kid: "lendstack-1" })}.${b64(goodClaims())}.`),
    code: "invalid_token",
  },
  {
    name: "RS256 by an attacker's key under our kid",
    authorization: () => bearer(rs256(goodClaims(), attackerRsa.privateKey)),
    code: "invalid_token",
  },
  {
    name: "attacker's public key embedded in the header (jwk)",
    authorization: async () =>
      bearer(
        rs256(goodClaims(), attackerRsa.privateKey, { kid: undefined, jwk: await exportJWK(attackerRsa.publicKey) }),
      ),
    code: "invalid_token",
  },
  {
    name: "ES256 by an attacker's key",
    authorization: () =>
      bearer(
        new SignJWT(goodClaims()).setProtectedHeader({ alg: "ES256", kid: "lendstack-1" }).sign(attackerEc.privateKey),
      ),
    code: "invalid_token",
  },
  {
    name: "tenant tampered on a good RS256 token",
    authorization: async () =>
      bearer(withPayload(await rs256(goodClaims()), { ...goodClaims(), tenant_id: "tenant-b" })),
    code: "invalid_token",
  },
  {
    name: "expired RS256",
    authorization: () => bearer(rs256({ ...goodClaims(), exp: now - 1 })),
    code: "token_expired",
  },
  {
    name: "RS256 for another audience",
    authorization: () => bearer(rs256({ ...goodClaims(), aud: "another-api" })),
    code: "invalid_token_claims",
  },
];

async function call(app: OpenAPIHono<AppEnv>, authorization: string | undefined) {
  const headers: Record<string, string> = authorization === undefined ? {} : { authorization };
  return app.request(pathOf("listProducts"), { headers });
}

describe("JWT forgeries are 401 problems", () => {
  it("the control tokens are accepted", async () => {
    expect((await call(secretApp, await bearer(hs256(goodClaims())))).status).toBe(200);
    expect((await call(jwksApp, await bearer(rs256(goodClaims())))).status).toBe(200);
  });

  for (const [label, app, forgeries] of [
    ["shared secret (HS256)", () => secretApp, secretForgeries],
    ["JWKS (RS256/ES256)", () => jwksApp, jwksForgeries],
  ] as const) {
    describe(label, () => {
      it.each(forgeries)("$name", async (forgery) => {
        const response = await call(app(), await forgery.authorization());
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="lendstack"/);
        const problem = (await response.json()) as { code: string; status: number };
        expect({ status: response.status, code: problem.code }).toEqual({ status: 401, code: forgery.code });
      });
    });
  }
});
