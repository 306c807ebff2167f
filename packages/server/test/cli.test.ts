import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTokenVerifier } from "../src/auth/jwt.js";
import { COMMANDS } from "../src/cli/commands.js";
import { runCli } from "./helpers/cli.js";

const secret = "cli-test-secret-that-is-at-least-32-chars";
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "lendstack-cli-"));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

// Each test starts CLI processes (tsx compiles the sources at each start): seconds apiece, many more on a
// busy machine, so the file allows 90 s a test.
describe("lendstack CLI", { timeout: 90_000 }, () => {
  it("token mints a token the configured server accepts, with the tenant and scopes asked for", async () => {
    const result = await runCli(["token", "--tenant", "acme", "--scopes", "products:read", "--ttl", "10m"], {
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

  it("--help on every command prints its usage and does nothing, even with a bad environment", async () => {
    const dataDir = join(scratch, "must-not-exist");
    const commands = ["serve", "migrate", "seed", "token", "close-day", "rotate-keys", "export"];
    const results = await Promise.all(
      commands.map((command) => runCli([command, "--help"], { PORT: "eighty", LENDSTACK_DATA_DIR: dataDir })),
    );
    commands.forEach((command, index) => {
      const result = results[index]!;
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Usage: lendstack\\n {2}${command}\\b`));
      expect(result.stderr, command).toBe("");
    });
    expect(existsSync(dataDir)).toBe(false);
    const overview = await runCli(["--help"], { PORT: "eighty" });
    expect(overview.code).toBe(0);
    for (const command of commands) expect(overview.stdout).toContain(`\n  ${command}`);
  }, 90_000); // seven processes at once: slow on a loaded machine

  it.each([
    {
      args: ["serve", "--port", "80"],
      message: "lendstack: serve: unknown option '--port' (see lendstack serve --help)",
    },
    {
      args: ["migrate", "now"],
      message: "lendstack: migrate: unexpected argument 'now' (see lendstack migrate --help)",
    },
    { args: ["token", "--tenant", "acme", "--scopes", "loans:fly"], message: 'unknown scope "loans:fly" (known: ' },
    { args: ["token"], message: "lendstack: token needs --tenant <id>" },
    {
      args: ["close-day", "--batch", "0"],
      message: "lendstack: close-day --batch must be a whole number from 1 to 10000",
    },
    { args: ["close-day", "--date", "2026-02-30"], message: "lendstack: close-day --date:" },
    { args: ["export", "--as-of", "2026-02-30"], message: "lendstack: export --as-of:" },
    {
      args: ["launch"],
      message: `lendstack: unknown command "launch" (commands: ${Object.keys(COMMANDS).join(", ")};`,
    },
  ])("$args: one line on stderr, exit 2", async ({ args, message }) => {
    const result = await runCli(args, { LENDSTACK_DATA_DIR: join(scratch, "unused") });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  it("a bad variable is one line and exit 2; no command prints the usage and exits 2", async () => {
    const badPort = await runCli(["migrate"], { PORT: "eighty" });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr.trim()).toBe(
      'lendstack: Invalid configuration: PORT: must be a whole number from 0 to 65535 (0: any free port) (got "eighty")',
    );
    const nothing = await runCli([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^Usage: lendstack <command>/);
  });
});
