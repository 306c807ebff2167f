import { describe, expect, it } from "vitest";
import { ConfigError } from "../config.js";
import { allScopes } from "../resources.js";
import { parseCommandArgs, wantsHelp } from "./args.js";
import { parseTokenArgs } from "./token.js";

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("wantsHelp", () => {
  it.each([
    { args: ["--help"], want: true },
    { args: ["--date", "2026-01-01", "-h"], want: true },
    { args: ["--date", "2026-01-01"], want: false },
    { args: [], want: false },
  ])("$args → $want", ({ args, want }) => {
    expect(wantsHelp(args)).toBe(want);
  });
});

describe("parseCommandArgs", () => {
  it("reads the declared options", () => {
    expect(parseCommandArgs("token", ["--tenant", "acme"], { tenant: { type: "string" } })).toEqual({ tenant: "acme" });
  });
  it.each([
    { args: ["--port", "80"], message: /^serve: unknown option '--port' \(see lendstack serve --help\)$/ },
    { args: ["extra"], message: /^serve: unexpected argument 'extra' \(see lendstack serve --help\)$/ },
  ])("refuses $args in one line", ({ args, message }) => {
    const text = errorOf(() => parseCommandArgs("serve", args, {}));
    expect(text).toMatch(message);
  });
  it("refuses an option without its value", () => {
    expect(errorOf(() => parseCommandArgs("token", ["--tenant"], { tenant: { type: "string" } }))).toMatch(
      /^token: option '--tenant <value>' argument missing/,
    );
  });
});

describe("parseTokenArgs", () => {
  it("defaults to every scope and one hour", () => {
    expect(parseTokenArgs(["--tenant", "acme"])).toEqual({ tenant: "acme", scopes: allScopes(), ttl: "1h" });
  });
  it("takes known scopes, trimmed", () => {
    expect(parseTokenArgs(["--tenant", "acme", "--scopes", "products:read, loans:read", "--ttl", "15m"])).toEqual({
      tenant: "acme",
      scopes: ["products:read", "loans:read"],
      ttl: "15m",
    });
  });
  it.each([
    { args: [], message: "token needs --tenant <id>" },
    { args: ["--tenant", "a b"], message: 'token --tenant: "a b" is not 1-64 letters' },
    {
      args: ["--tenant", "acme", "--scopes", "loans:fly"],
      message: 'token --scopes: unknown scope "loans:fly" (known: ',
    },
    { args: ["--tenant", "acme", "--scopes", "products:read,admin"], message: 'unknown scope "admin"' },
    { args: ["--tenant", "acme", "--ttl", "5x"], message: 'token --ttl: "5x" is not a positive' },
    { args: ["--tenant", "acme", "--ttl", "0s"], message: 'token --ttl: "0s" is not a positive' },
  ])("refuses $args", ({ args, message }) => {
    const text = errorOf(() => parseTokenArgs(args));
    expect(text).toContain(message);
    expect(text).not.toContain("\n");
  });
});
