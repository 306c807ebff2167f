import { describe, expect, it } from "vitest";
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults: port 3000 on loopback, PGlite in ./.lendstack/data, the development secret", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      publicUrl: undefined,
      isProduction: false,
      databaseUrl: undefined,
      dataDir: "./.lendstack/data",
      logLevel: "info",
      bodyLimitBytes: 1_048_576,
    });
    expect(config.jwt).toEqual({
      secret: DEVELOPMENT_JWT_SECRET,
      isDevelopmentSecret: true,
      jwksUrl: undefined,
      issuer: "lendstack",
      audience: "lendstack-api",
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_URL: "postgres://app@db:5432/lendstack",
      LENDSTACK_DATA_DIR: "/var/lib/lendstack",
      JWKS_URL: "https://id.example.com/.well-known/jwks.json",
      JWT_ISSUER: "https://id.example.com/",
      JWT_AUDIENCE: "lendstack",
      LOG_LEVEL: "warn",
      BODY_LIMIT_BYTES: "2048",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      databaseUrl: "postgres://app@db:5432/lendstack",
      bodyLimitBytes: 2048,
    });
    expect(config.jwt).toMatchObject({
      secret: undefined,
      isDevelopmentSecret: false,
      jwksUrl: "https://id.example.com/.well-known/jwks.json",
    });
  });

  it("PUBLIC_URL loses trailing slashes; NODE_ENV=production is production; PORT=0 asks for any free port", () => {
    expect(loadConfig({ PUBLIC_URL: "https://api.example.com/lending/" }).publicUrl).toBe(
      "https://api.example.com/lending",
    );
    expect(loadConfig({ NODE_ENV: "production" }).isProduction).toBe(true);
    expect(loadConfig({ NODE_ENV: "development" }).isProduction).toBe(false);
    expect(loadConfig({ PORT: "0" }).port).toBe(0);
  });

  it("JWT_SECRET set to the public development secret still counts as the development secret", () => {
    expect(loadConfig({ JWT_SECRET: DEVELOPMENT_JWT_SECRET }).jwt.isDevelopmentSecret).toBe(true);
    expect(loadConfig({ JWT_SECRET: "a-real-secret-of-at-least-thirty-two-chars" }).jwt.isDevelopmentSecret).toBe(
      false,
    );
  });

  it("treats an empty DATABASE_URL as unset (embedded PGlite)", () => {
    expect(loadConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("says what is wrong and what was given, but never echoes a secret", () => {
    expect(() => loadConfig({ PORT: "abc" })).toThrow(
      'Invalid configuration: PORT: must be a whole number from 0 to 65535 (0: any free port) (got "abc")',
    );
    expect(() => loadConfig({ JWT_SECRET: "hunter2" })).toThrow(/JWT_SECRET: must be at least 32 characters$/);
  });

  it.each([
    { env: { PORT: "abc" }, names: ["PORT"] },
    { env: { PORT: "70000" }, names: ["PORT"] },
    { env: { DATABASE_URL: "mysql://x" }, names: ["DATABASE_URL"] },
    { env: { JWT_SECRET: "short" }, names: ["JWT_SECRET"] },
    { env: { JWKS_URL: "not a url" }, names: ["JWKS_URL"] },
    { env: { PUBLIC_URL: "ftp://example.com" }, names: ["PUBLIC_URL"] },
    { env: { LOG_LEVEL: "loud", BODY_LIMIT_BYTES: "-1" }, names: ["LOG_LEVEL", "BODY_LIMIT_BYTES"] },
  ])("names each bad variable: $names", ({ env, names }) => {
    let message = "";
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration: /);
    for (const name of names) expect(message).toContain(`${name}:`);
  });

  it("reads CORS origins, HTTP timeouts and the database pool, with defaults", () => {
    const defaults = loadConfig({});
    expect(defaults.http).toEqual({ corsOrigins: [], requestTimeoutMs: 30_000, headersTimeoutMs: 10_000 });
    expect(defaults.database).toEqual({
      poolMax: 10,
      connectTimeoutMs: 5_000,
      statementTimeoutMs: 30_000,
      preparedStatements: true,
      groupCommit: true,
    });
    expect(loadConfig({ LENDSTACK_GROUP_COMMIT: "off" }).database.groupCommit).toBe(false);
    expect(loadConfig({ DATABASE_PREPARED_STATEMENTS: "off" }).database.preparedStatements).toBe(false);
    expect(() => loadConfig({ DATABASE_PREPARED_STATEMENTS: "no" })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
    expect(defaults.rateLimit).toEqual({ perMinute: 6_000, store: "memory" });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: "0", RATE_LIMIT_STORE: "postgres" }).rateLimit).toEqual({
      perMinute: 0,
      store: "postgres",
    });
    expect(() => loadConfig({ RATE_LIMIT_STORE: "redis" })).toThrow(/RATE_LIMIT_STORE/);
    const set = loadConfig({
      CORS_ORIGINS: " https://app.example.com/ , http://localhost:5173,",
      REQUEST_TIMEOUT_MS: "5000",
      DATABASE_POOL_MAX: "4",
    });
    expect(set.http.corsOrigins).toEqual(["https://app.example.com", "http://localhost:5173"]);
    expect(set.http.requestTimeoutMs).toBe(5_000);
    expect(set.database.poolMax).toBe(4);
    expect(loadConfig({ CORS_ORIGINS: "*" }).http.corsOrigins).toEqual(["*"]);
    expect(() => loadConfig({ CORS_ORIGINS: "https://app.example.com/path" })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });

  it("reads how far the heap may grow past its survivors, 100 % unless told (0: V8's own choice)", () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(100);
    expect(loadConfig({ LENDSTACK_HEAP_GROWTH_PERCENT: "0" }).heapGrowthPercent).toBe(0);
    expect(loadConfig({ LENDSTACK_HEAP_GROWTH_PERCENT: "250" }).heapGrowthPercent).toBe(250);
    for (const bad of ["401", "-1", "1.5", "lots"]) {
      expect(() => loadConfig({ LENDSTACK_HEAP_GROWTH_PERCENT: bad })).toThrow(
        /LENDSTACK_HEAP_GROWTH_PERCENT.*whole number from 0 to 400/,
      );
    }
  });

  it("reads the credit bureau and the report reuse window, refusing an http bureau without its URL", () => {
    expect(loadConfig({}).creditReports).toEqual({
      bureau: "sandbox",
      url: undefined,
      apiKey: undefined,
      reuseDays: 30,
    });
    const http = loadConfig({
      CREDIT_BUREAU: "http",
      CREDIT_BUREAU_URL: "https://bureau.example.com",
      CREDIT_BUREAU_API_KEY: "key",
      CREDIT_REPORT_REUSE_DAYS: "0",
    });
    expect(http.creditReports).toEqual({
      bureau: "http",
      url: "https://bureau.example.com",
      apiKey: "key",
      reuseDays: 0,
    });
    expect(() => loadConfig({ CREDIT_BUREAU: "http" })).toThrow(/CREDIT_BUREAU_URL: required/);
    expect(() => loadConfig({ CREDIT_REPORT_REUSE_DAYS: "366" })).toThrow(/CREDIT_REPORT_REUSE_DAYS/);
  });
  it("reads the e-signature provider, refusing the sandbox without a callback secret and a malformed one", () => {
    expect(loadConfig({}).eSignature).toEqual({
      provider: "builtin",
      callbackSecret: undefined,
      statusRefreshSeconds: 60,
    });
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwmDA0aGlWb0s=";
    const sandbox = loadConfig({ E_SIGNATURE_PROVIDER: "sandbox", E_SIGNATURE_CALLBACK_SECRET: secret });
    expect(sandbox.eSignature).toEqual({ provider: "sandbox", callbackSecret: secret, statusRefreshSeconds: 60 });
    expect(loadConfig({ E_SIGNATURE_STATUS_REFRESH_SECONDS: "15" }).eSignature.statusRefreshSeconds).toBe(15);
    expect(() => loadConfig({ E_SIGNATURE_STATUS_REFRESH_SECONDS: "0" })).toThrow(/E_SIGNATURE_STATUS_REFRESH_SECONDS/);
    expect(() => loadConfig({ E_SIGNATURE_PROVIDER: "sandbox" })).toThrow(/E_SIGNATURE_CALLBACK_SECRET: required/);
    expect(() => loadConfig({ E_SIGNATURE_PROVIDER: "docusign" })).toThrow(/E_SIGNATURE_PROVIDER/);
    expect(() => loadConfig({ E_SIGNATURE_CALLBACK_SECRET: "hunter2" })).toThrow(/E_SIGNATURE_CALLBACK_SECRET/);
  });
});
