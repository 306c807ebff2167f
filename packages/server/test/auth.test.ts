import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { mintDevelopmentToken } from "../src/auth/development-token.js";
import { createIdGenerator } from "../src/ids.js";
import { createLogger } from "../src/logger.js";
import { json } from "./helpers/products.js";
import { createTestApp, TEST_AUTH, TEST_SECRET, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

let testDatabase: TestDatabase;
let api: TestApp;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database);
});
afterAll(() => testDatabase.dispose());

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A token signed like the test app expects, with selected parts overridden. */
function sign(overrides: {
  secret?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
  issuedAt?: number;
  claims?: object;
}) {
  const now = Math.floor(api.clock().getTime() / 1000);
  return new SignJWT({ tenant_id: "auth", scope: "products:read products:write", ...overrides.claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("someone")
    .setIssuer(overrides.issuer ?? TEST_AUTH.issuer)
    .setAudience(overrides.audience ?? TEST_AUTH.audience)
    .setIssuedAt(overrides.issuedAt ?? now)
    .setExpirationTime(overrides.expiresAt ?? now + 3600)
    .sign(new TextEncoder().encode(overrides.secret ?? TEST_SECRET));
}

describe("bearer authentication", () => {
  const cases: Array<{ name: string; authorization: () => Promise<string | undefined>; code: string }> = [
    { name: "no Authorization header", authorization: async () => undefined, code: "missing_token" },
    { name: "not a bearer scheme", authorization: async () => "Basic dXNlcjpwYXNz", code: "missing_token" },
    { name: "garbage token", authorization: async () => "Bearer not.a.jwt", code: "invalid_token" },
    {
      name: "bad signature (other secret)",
      authorization: async () => `Bearer ${await sign({ secret: "another-secret-that-is-also-32-characters" })}`,
      code: "invalid_token",
    },
    {
      name: "expired",
      authorization: async () => `Bearer ${await sign({ expiresAt: Math.floor(api.clock().getTime() / 1000) - 1 })}`,
      code: "token_expired",
    },
    {
      name: "wrong audience",
      authorization: async () => `Bearer ${await sign({ audience: "someone-else" })}`,
      code: "invalid_token_claims",
    },
    {
      name: "wrong issuer",
      authorization: async () => `Bearer ${await sign({ issuer: "https://evil.example" })}`,
      code: "invalid_token_claims",
    },
    {
      name: "alg none (unsigned)",
      authorization: async () => {
        const now = Math.floor(api.clock().getTime() / 1000);
        const claims = {
          tenant_id: "auth",
          scope: "products:read",
          sub: "x",
          iss: TEST_AUTH.issuer,
          aud: TEST_AUTH.audience,
          exp: now + 60,
        };
        return `Bearer ${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.`;
      },
      code: "invalid_token",
    },
    {
      name: "issued ten years in the future",
      authorization: async () => {
        const now = Math.floor(api.clock().getTime() / 1000);
        return `Bearer ${await sign({ issuedAt: now + 10 * 365 * 86_400, expiresAt: now + 11 * 365 * 86_400 })}`;
      },
      code: "invalid_token_claims",
    },
    {
      name: "issued 61 s in the future (over the 60 s skew)",
      authorization: async () => `Bearer ${await sign({ issuedAt: Math.floor(api.clock().getTime() / 1000) + 61 })}`,
      code: "invalid_token_claims",
    },
    {
      name: "no tenant claim",
      authorization: async () => `Bearer ${await sign({ claims: { tenant_id: undefined } })}`,
      code: "missing_tenant",
    },
  ];

  it.each(cases)("$name -> 401 $code", async ({ authorization, code }) => {
    const header = await authorization();
    const response = await api.call(
      "GET",
      "/v1/products",
      header === undefined ? {} : { headers: { authorization: header } },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer realm="lendstack"/);
    expect(await json(response)).toMatchObject({ status: 401, code });
  });

  it("accepts a token issued up to 60 s ahead of the server's clock (clock skew)", async () => {
    const token = await sign({ issuedAt: Math.floor(api.clock().getTime() / 1000) + 60 });
    expect((await api.call("GET", "/v1/products", { token })).status).toBe(200);
  });

  it("names the iat claim when it is in the future", async () => {
    const token = await sign({ issuedAt: Math.floor(api.clock().getTime() / 1000) + 3_600 });
    const problem = await json(await api.call("GET", "/v1/products", { token }));
    expect(problem.detail).toContain('"iat"');
  });

  it("takes the tenant from `tid` when `tenant_id` is absent", async () => {
    const token = await sign({ claims: { tenant_id: undefined, tid: "tid-tenant" } });
    const response = await api.call("GET", "/v1/products", { token });
    expect(response.status).toBe(200);
  });

  it("a token without the route's scope -> 403 insufficient_scope", async () => {
    const readOnly = await api.token("scoped", ["products:read"]);
    expect((await api.call("GET", "/v1/products", { token: readOnly })).status).toBe(200);
    const response = await api.call("POST", "/v1/products", { token: readOnly, body: {} });
    expect(response.status).toBe(403);
    expect(await json(response)).toMatchObject({ code: "insufficient_scope", status: 403 });
    const writeOnly = await api.token("scoped", ["products:write"]);
    expect((await api.call("GET", "/v1/products", { token: writeOnly })).status).toBe(403);
  });

  it("mintDevelopmentToken makes tokens the development configuration accepts", async () => {
    const clock = () => new Date("2025-03-01T12:00:00Z");
    const app = createApp({
      database: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: { issuer: "lendstack", audience: "lendstack-api", keys: { kind: "secret", secret: "s".repeat(32) } },
      logger: createLogger("silent"),
    });
    const token = await mintDevelopmentToken({
      tenant: "dev",
      scopes: ["products:read"],
      secret: "s".repeat(32),
      now: clock(),
    });
    const response = await app.request("/v1/products", { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
  });
});

describe("JWKS verification (production)", () => {
  it("accepts RS256 and ES256 from the key set and refuses an HS256 token (no algorithm confusion)", async () => {
    const rsa = await generateKeyPair("RS256");
    const ec = await generateKeyPair("ES256");
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256" },
      { ...(await exportJWK(ec.publicKey)), kid: "ec-1", alg: "ES256" },
    ];
    const clock = api.clock;
    const app = createApp({
      database: testDatabase.database,
      clock,
      ids: createIdGenerator({ clock }),
      auth: {
        issuer: "https://id.example",
        audience: "lendstack-api",
        keys: { kind: "jwks", resolve: createLocalJWKSet({ keys }) },
      },
      logger: createLogger("silent"),
    });
    const now = Math.floor(clock().getTime() / 1000);
    const token = (alg: string, kid: string, key: Parameters<SignJWT["sign"]>[0]) =>
      new SignJWT({ tenant_id: "jwks", scope: "products:read" })
        .setProtectedHeader({ alg, kid })
        .setSubject("svc")
        .setIssuer("https://id.example")
        .setAudience("lendstack-api")
        .setExpirationTime(now + 60)
        .sign(key);
    const call = async (jwt: string) =>
      (await app.request("/v1/products", { headers: { authorization: `Bearer ${jwt}` } })).status;
    expect(await call(await token("RS256", "rsa-1", rsa.privateKey))).toBe(200);
    expect(await call(await token("ES256", "ec-1", ec.privateKey))).toBe(200);
    expect(await call(await token("HS256", "rsa-1", new TextEncoder().encode("x".repeat(32))))).toBe(401);
  });
});
