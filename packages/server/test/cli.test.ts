import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTokenVerifier } from "../src/auth/jwt.js";

const run = promisify(execFile);
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const secret = "cli-test-secret-that-is-at-least-32-chars";

async function lendstack(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "src/cli.ts", ...args], {
      cwd: packageRoot,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("lendstack CLI", () => {
  it("token mints a token the configured server accepts, with the tenant and scopes asked for", async () => {
    const result = await lendstack(["token", "--tenant", "acme", "--scopes", "products:read", "--ttl", "10m"], {
      JWT_SECRET: secret,
      JWT_ISSUER: "cli-issuer",
      JWT_AUDIENCE: "cli-audience",
    });
    expect(result.code).toBe(0);
    const verify = createTokenVerifier(
      { issuer: "cli-issuer", audience: "cli-audience", keys: { kind: "secret", secret } },
      () => new Date(),
    );
    const outcome = await verify(result.stdout.trim());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.principal.tenantId).toBe("acme");
      expect([...outcome.principal.scopes]).toEqual(["products:read"]);
    }
  });

  it("fails with a message naming the problem: missing --tenant, bad variable, unknown command", async () => {
    const noTenant = await lendstack(["token"]);
    expect(noTenant.code).toBe(2);
    expect(noTenant.stderr).toContain("token needs --tenant <id>");
    const badPort = await lendstack(["migrate"], { PORT: "eighty" });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain('PORT: must be a whole number from 0 to 65535 (0: any free port) (got "eighty")');
    const unknown = await lendstack(["launch"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "launch"');
  });
});
