import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../src/db/database.js";
import { closeDay } from "../src/jobs/close-day/close-day.js";
import { runCli, SERVER_PACKAGE } from "./helpers/cli.js";
import { createTestApp } from "./helpers/test-app.js";
import { board, createProduct } from "./loans-helpers.js";

// Five loans in an on-disk PGlite database; the CLI then closes days on it as a separate process.
let dataDir: string;
const progressCalls: Array<[number, number]> = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "lendstack-close-day-"));
  const database = await createDatabase({ dataDir });
  try {
    await database.migrate();
    const api = createTestApp(database);
    const token = await api.token("progress");
    const productId = await createProduct(api, token);
    for (let k = 0; k < 5; k++) await board(api, token, productId, { externalReference: `P${k}` });
    await closeDay(
      database.db,
      { businessDate: date("2025-03-01"), batchSize: 2 },
      { clock: api.clock, ids: api.ids, onProgress: (done, total) => progressCalls.push([done, total]) },
    );
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("close-day progress", () => {
  it("reports handled loans against those pending at the start, after each batch", () => {
    // 5 loans in batches of 2: 2, 4, 5 handled; then an empty claim ends the pass.
    expect(progressCalls).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it("writes plain progress lines to stderr when it is not a terminal", async () => {
    const result = await runCli(["close-day", "--date", "2025-03-15", "--batch", "2"], { LENDSTACK_DATA_DIR: dataDir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Closed 2025-03-15: 5 loan snapshots written by this worker/);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("close-day: 0/5 loans (0%), 0.0 loans/s, ETA -:--");
    expect(lines.at(-1)).toMatch(/^close-day: 5\/5 loans \(100%\), \d+(\.\d)? loans\/s, ETA 0:00$/);
    expect(result.stderr).not.toContain("\r");
  });

  it("draws a bar with rate and ETA in place on a terminal", async () => {
    const command = `${process.execPath} --import tsx src/cli.ts close-day --date 2025-03-20 --batch 2`;
    const output = await new Promise<string>((resolve, reject) => {
      // script(1) runs the command on a pseudo-terminal, so the CLI sees a TTY.
      execFile(
        "script",
        ["-qec", command, "/dev/null"],
        // The embedded database the loans were made in, even when the suite runs with DATABASE_URL.
        { cwd: SERVER_PACKAGE, env: { ...process.env, DATABASE_URL: "", LENDSTACK_DATA_DIR: dataDir } },
        (error, stdout) => (error === null ? resolve(stdout) : reject(error)),
      );
    });
    expect(output).toContain("\rclose-day [");
    expect(output).toMatch(/\[#{30}\] 100% 5\/5 loans {2}\d+(\.\d)? loans\/s {2}ETA 0:00/);
    expect(output).toContain("Closed 2025-03-20: 5 loan snapshots written");
  });
});
