import { describe, expect, it } from "vitest";
import { parseAuditArgs } from "../src/cli/audit-verify.js";
import { ConfigError } from "../src/config.js";
import { runCli } from "./helpers/cli.js";

describe("lendstack audit verify", () => {
  it("parses --tenant and refuses anything else", () => {
    expect(parseAuditArgs(["verify"])).toEqual({ tenantId: undefined });
    expect(parseAuditArgs(["verify", "--tenant", "acme"])).toEqual({ tenantId: "acme" });
    for (const bad of [[], ["check"], ["verify", "--tenant"], ["verify", "--tenant", ""], ["verify", "--nope"]]) {
      expect(() => parseAuditArgs(bad)).toThrow(ConfigError);
    }
  });

  it("--help prints usage and exits 0; bad arguments exit 2; an empty database verifies 0 records", async () => {
    const help = await runCli(["audit", "verify", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("audit verify [--tenant <id>]");
    const bad = await runCli(["audit", "verify", "--tenants", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("audit verify:");
    const empty = await runCli(["audit", "verify"]);
    expect(empty).toMatchObject({ code: 0, stdout: "Audit chain intact: 0 records verified (0 tenants).\n" });
  }, 60_000);
});
