import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, startCliServer } from "./helpers/cli.js";

// The embedded database has one owner: a command beside a running server stops at once, naming the
// process that holds the folder, instead of hanging or corrupting it.
const scratch = mkdtempSync(join(tmpdir(), "lendstack-owner-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("one owner of the embedded database", () => {
  it("refuses migrate and close-day beside a running server, and lets them run once it stops", async () => {
    const dataDir = join(scratch, "shared");
    const server = await startCliServer({ PORT: "0", LENDSTACK_DATA_DIR: dataDir });
    try {
      for (const args of [["migrate"], ["close-day", "--date", "2026-01-31"]]) {
        const started = Date.now();
        const beside = await runCli(args, { LENDSTACK_DATA_DIR: dataDir });
        expect(beside.code).toBe(2);
        expect(beside.stderr.trimEnd().split("\n")).toHaveLength(1);
        expect(beside.stderr).toContain(`in use by process ${server.child.pid} (lendstack serve)`);
        expect(Date.now() - started).toBeLessThan(15_000);
      }
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const after = await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir });
    expect(after).toMatchObject({ code: 0 });
  });

  it("takes over a folder whose owner died without releasing it", async () => {
    const dataDir = join(scratch, "stale");
    expect((await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir })).code).toBe(0);
    writeFileSync(`${dataDir}.owner`, "2147483646 serve");
    expect((await runCli(["migrate"], { LENDSTACK_DATA_DIR: dataDir })).code).toBe(0);
  });
});
