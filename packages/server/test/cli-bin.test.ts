import { execFile } from "node:child_process";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_PACKAGE } from "./helpers/cli.js";

const repositoryRoot = join(SERVER_PACKAGE, "..", "..");

function npx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LENDSTACK_DATA_DIR: "memory" };
    delete env.JWT_SECRET;
    delete env.JWKS_URL;
    execFile("npx", args, { cwd: repositoryRoot, env, timeout: 600_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stdout, stderr });
    });
  });
}

// `npx lendstack` after `npm install`: the bin must exist before any build and be linked at the root.
describe("the lendstack bin", () => {
  it("is a committed, executable file that npm links into the root's node_modules/.bin", () => {
    const manifest = JSON.parse(readFileSync(join(SERVER_PACKAGE, "package.json"), "utf8")) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(manifest.bin).toEqual({ lendstack: "bin/lendstack.mjs" });
    expect(manifest.files).toContain("bin");
    const bin = join(SERVER_PACKAGE, "bin", "lendstack.mjs");
    expect(statSync(bin).mode & 0o111).not.toBe(0);
    expect(readFileSync(bin, "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    const root = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    expect(root.devDependencies["@lendstack/server"]).toBe("*");
    expect(realpathSync(join(repositoryRoot, "node_modules", ".bin", "lendstack"))).toBe(realpathSync(bin));
  });

  it("npx lendstack runs the CLI from the repository root (building it first when dist is missing)", async () => {
    const help = await npx(["lendstack", "token", "--help"]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lendstack\n {2}token --tenant <id>/);
    const token = await npx(["lendstack", "token", "--tenant", "acme", "--scopes", "products:read"]);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const bad = await npx(["lendstack", "token", "--tenant", "acme", "--scopes", "loans:fly"]);
    expect(bad.code).toBe(2);
  }, 660_000);
});
