import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleSdnFiles } from "@lendstack/core/compliance";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands.js";
import { runCli, startCliServer } from "./helpers/cli.js";

// The embedded database has one owner: a command beside a running server stops at once, naming the
// process that holds the folder, instead of hanging or corrupting it.
const scratch = mkdtempSync(join(tmpdir(), "lendstack-owner-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** `sanctions load` needs a folder with the list's files before it opens anything. */
const sanctionsDir = join(scratch, "sdn");
mkdirSync(sanctionsDir);
for (const [name, text] of Object.entries(sampleSdnFiles)) writeFileSync(join(sanctionsDir, `${name}.csv`), text);
/** `import` needs its file before it opens anything (an empty book imports nothing). */
const importFile = join(scratch, "book.jsonl");
writeFileSync(importFile, "");
const BESIDE_A_SERVER: Record<string, string[]> = {
  serve: ["serve"],
  migrate: ["migrate"],
  seed: ["seed"],
  "close-day": ["close-day", "--date", "2026-01-31"],
  audit: ["audit", "verify"],
  "rotate-keys": ["rotate-keys"],
  sanctions: ["sanctions", "load", sanctionsDir],
  import: ["import", importFile],
  export: ["export", "--as-of", "2026-06-30"],
  metro2: ["metro2", "--month", "2026-11"],
  documents: ["documents", "sweep", "--mode", "report"],
};
/** What a command needs before it opens anything (rotate-keys: the new master key). */
const COMMAND_ENVIRONMENT = { LENDSTACK_NEW_MASTER_KEY: Buffer.alloc(32, 9).toString("base64") };

describe("one owner of the embedded database", () => {
  it("refuses every command that opens the database beside a running server, and lets them run once it stops", async () => {
    const dataDir = join(scratch, "shared");
    const server = await startCliServer({ PORT: "0", LENDSTACK_DATA_DIR: dataDir });
    try {
      for (const args of Object.values(BESIDE_A_SERVER)) {
        const started = Date.now();
        const beside = await runCli(args, { LENDSTACK_DATA_DIR: dataDir, PORT: "0", ...COMMAND_ENVIRONMENT });
        expect(beside.code, args.join(" ")).toBe(2);
        expect(beside.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(beside.stderr).toContain(`in use by process ${server.child.pid} (lendstack serve)`);
        expect(Date.now() - started).toBeLessThan(15_000);
      }
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const after = await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir });
    expect(after).toMatchObject({ code: 0 });
  }, 180_000);

  it("covers every command: a new one that opens the database must be added above", () => {
    const opensNoDatabase = ["token", "worker"]; // worker needs PostgreSQL and says so before opening anything
    expect(
      Object.keys(COMMANDS)
        .filter((name) => !opensNoDatabase.includes(name))
        .sort(),
    ).toEqual(Object.keys(BESIDE_A_SERVER).sort());
  });

  it("takes over a folder whose owner died without releasing it", async () => {
    const dataDir = join(scratch, "stale");
    expect((await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir })).code).toBe(0);
    writeFileSync(`${dataDir}.owner`, "2147483646 serve");
    expect((await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir })).code).toBe(0);
  }, 60_000);
});
