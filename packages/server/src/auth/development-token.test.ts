import { decodeJwt, decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { mintDevelopmentToken, parseTtlSeconds } from "./development-token.js";

describe("parseTtlSeconds", () => {
  it.each([
    ["90s", 90],
    ["15m", 900],
    ["1h", 3600],
    ["30d", 2_592_000],
    [45, 45],
  ] as const)("%s -> %i seconds", (ttl, seconds) => {
    expect(parseTtlSeconds(ttl)).toBe(seconds);
  });

  it("rejects other shapes", () => {
    expect(() => parseTtlSeconds("1 week")).toThrow(/ttl/);
  });
});

describe("mintDevelopmentToken", () => {
  it("puts the tenant, space-separated scopes and the lifetime in an HS256 token", async () => {
    const now = new Date("2025-03-01T00:00:00Z");
    const token = await mintDevelopmentToken({
      tenant: "demo",
      scopes: ["products:read", "products:write"],
      ttl: "2h",
      now,
    });
    expect(decodeProtectedHeader(token).alg).toBe("HS256");
    expect(decodeJwt(token)).toEqual({
      tenant_id: "demo",
      scope: "products:read products:write",
      sub: "dev-user",
      iss: "lendstack",
      aud: "lendstack-api",
      iat: 1_740_787_200,
      exp: 1_740_787_200 + 7200,
    });
  });
});
