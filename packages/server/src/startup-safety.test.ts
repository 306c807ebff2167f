import { describe, expect, it } from "vitest";
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig } from "./config.js";
import { assertSafeToServe, isLoopbackHost, startupRefusal } from "./startup-safety.js";

const REAL_SECRET = "a-real-secret-of-at-least-thirty-two-chars";

describe("isLoopbackHost", () => {
  it.each([
    { given: "127.0.0.1", want: true },
    { given: "127.1.2.3", want: true },
    { given: "localhost", want: true },
    { given: "LOCALHOST", want: true },
    { given: "::1", want: true },
    { given: "[::1]", want: true },
    { given: "0.0.0.0", want: false },
    { given: "::", want: false },
    { given: "192.168.1.10", want: false },
    { given: "128.0.0.1", want: false },
    { given: "127.0.0.1.example.com", want: false },
    { given: "my-host", want: false },
  ])("$given → $want", ({ given, want }) => {
    expect(isLoopbackHost(given)).toBe(want);
  });
});

const MASTER_KEY = Buffer.alloc(32, 7).toString("base64");

describe("startupRefusal", () => {
  it.each([
    { env: {}, refused: undefined },
    { env: { HOST: "localhost" }, refused: undefined },
    { env: { HOST: "0.0.0.0" }, refused: /HOST=0\.0\.0\.0 is reachable from other machines/ },
    { env: { HOST: "::", JWT_SECRET: DEVELOPMENT_JWT_SECRET }, refused: /HOST=:: is reachable/ },
    { env: { HOST: "0.0.0.0", JWT_SECRET: REAL_SECRET }, refused: undefined },
    { env: { HOST: "0.0.0.0", JWKS_URL: "https://id.example.com/jwks.json" }, refused: undefined },
    { env: { NODE_ENV: "production" }, refused: /NODE_ENV=production with the public development secret/ },
    {
      env: { NODE_ENV: "production", JWT_SECRET: DEVELOPMENT_JWT_SECRET },
      refused: /NODE_ENV=production with the public development secret/,
    },
    {
      env: { NODE_ENV: "production", HOST: "0.0.0.0", JWT_SECRET: REAL_SECRET },
      refused: /NODE_ENV=production without LENDSTACK_MASTER_KEY/,
    },
    {
      env: { NODE_ENV: "production", HOST: "0.0.0.0", JWT_SECRET: REAL_SECRET, LENDSTACK_MASTER_KEY: MASTER_KEY },
      refused: undefined,
    },
  ])("$env", ({ env, refused }) => {
    const reason = startupRefusal(loadConfig(env));
    if (refused === undefined) expect(reason).toBeUndefined();
    else {
      expect(reason).toMatch(refused);
      expect(reason).not.toContain("\n");
    }
  });

  it("assertSafeToServe throws the reason as a ConfigError", () => {
    expect(() => assertSafeToServe(loadConfig({ HOST: "0.0.0.0" }))).toThrow(ConfigError);
    expect(() => assertSafeToServe(loadConfig({}))).not.toThrow();
  });
});
