import { describe, expect, it } from "vitest";
import { verifiedTokenCache } from "./verified-tokens.js";

describe("verifiedTokenCache", () => {
  const payload = { sub: "u", exp: 1_000, nbf: 100 };

  it("answers a verified token until its exp, then forgets it", () => {
    const cache = verifiedTokenCache({ maxAgeSeconds: 10_000 });
    cache.set("t", payload, 100);
    expect(cache.get("t", 999)).toBe(payload);
    expect(cache.get("t", 1_000)).toBeUndefined(); // exp is exclusive, as jose checks it
    expect(cache.size).toBe(0);
  });

  it("does not answer before nbf, nor before it was cached (a clock moved back)", () => {
    const cache = verifiedTokenCache();
    cache.set("t", payload, 150);
    expect(cache.get("t", 99)).toBeUndefined();
    cache.set("t", payload, 150);
    expect(cache.get("t", 149)).toBeUndefined();
  });

  it("keeps an entry for maxAgeSeconds at most, whatever the exp", () => {
    const cache = verifiedTokenCache({ maxAgeSeconds: 300 });
    cache.set("t", { sub: "u", exp: 100_000 }, 1_000);
    expect(cache.get("t", 1_299)?.sub).toBe("u");
    expect(cache.get("t", 1_300)).toBeUndefined();
  });

  it("never keeps a token without exp, nor one longer than 4,096 characters", () => {
    const cache = verifiedTokenCache();
    cache.set("no-exp", { sub: "u" }, 1);
    expect(cache.get("no-exp", 1)).toBeUndefined();
    cache.set("x".repeat(4_097), payload, 100);
    expect(cache.size).toBe(0);
  });

  it("drops the oldest entry when full", () => {
    const cache = verifiedTokenCache({ maxEntries: 2 });
    cache.set("a", payload, 100);
    cache.set("b", payload, 100);
    cache.set("c", payload, 100);
    expect(cache.size).toBe(2);
    expect(cache.get("a", 100)).toBeUndefined();
    expect(cache.get("c", 100)).toBe(payload);
  });
});
