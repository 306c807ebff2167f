import { describe, expect, it } from "vitest";
import { formatBanner } from "./serve.js";

const base = { url: "http://127.0.0.1:4321", databaseLabel: "PGlite in ./data" };

describe("formatBanner", () => {
  it("gives the addresses and an export TOKEN= line to paste", () => {
    const banner = formatBanner({ ...base, token: "eyJ.abc.def", isDevelopmentSecret: true });
    const lines = banner.split("\n");
    expect(lines).toContain("Lendstack is listening on http://127.0.0.1:4321");
    expect(lines).toContain("  API reference: http://127.0.0.1:4321/docs");
    expect(lines).toContain("  OpenAPI:       http://127.0.0.1:4321/openapi.json");
    expect(lines).toContain("export TOKEN=eyJ.abc.def");
    expect(lines).toContain('Then try: curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:4321/v1/products');
    expect(banner).toContain("PUBLIC development secret");
    expect(lines.every((line) => !line.startsWith("{"))).toBe(true);
  });

  it("says why there is no token, and offers no export line, when there is none", () => {
    const banner = formatBanner({
      ...base,
      token: undefined,
      noTokenReason: "JWKS_URL is set, so tokens come from your identity provider",
      isDevelopmentSecret: false,
    });
    expect(banner).toContain("No development token: JWKS_URL is set, so tokens come from your identity provider.");
    expect(banner).not.toContain("export TOKEN");
    expect(banner).not.toContain("development secret");
  });
});
