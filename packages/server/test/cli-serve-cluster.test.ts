import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../src/testing/test-database.js";
import { runCli, startCliServer } from "./helpers/cli.js";

// `lendstack serve` with LENDSTACK_PROCESSES=2: two API processes on one port over one PostgreSQL, a dead
// one replaced, all stopped by one SIGTERM; and the settings that cannot be shared refused up front.

const serverUrl = process.env.DATABASE_URL;
const onPostgres = serverUrl !== undefined && serverUrl !== "";

/** The pids of a process's children (Linux `ps`). */
function childPids(pid: number): number[] {
  try {
    const out = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)]).toString();
    return out
      .split("\n")
      .map((line) => Number(line.trim()))
      .filter((n) => n > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function waitUntil(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("lendstack serve with several processes", () => {
  it.each([
    [{}, "the embedded PGlite database belongs to one process: set DATABASE_URL"],
    [
      { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/x", LENDSTACK_DATA_DIR: "memory" },
      "an in-memory PII key would differ per process",
    ],
    [
      { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/x", LENDSTACK_DATA_DIR: "./data" },
      "RATE_LIMIT_STORE=memory counts per process",
    ],
  ])("refuses state one process cannot share (%o)", async (env, message) => {
    const result = await runCli(["serve"], { PORT: "0", LENDSTACK_PROCESSES: "2", ...env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`LENDSTACK_PROCESSES=2: ${message}`);
    expect(result.stdout).toBe("");
  });

  describe.runIf(onPostgres)("on PostgreSQL", () => {
    const name = `lendstack_cluster_${randomBytes(6).toString("hex")}`;
    let databaseUrl: string;
    let dataDir: string;
    beforeAll(async () => {
      await runAdmin(serverUrl ?? "", `create database ${name}`);
      const url = new URL(serverUrl ?? "");
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      dataDir = mkdtempSync(join(tmpdir(), "lendstack-cluster-"));
    });
    afterAll(async () => {
      await runAdmin(serverUrl ?? "", `drop database if exists ${name} with (force)`);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it("serves from two processes, replaces one that dies, and stops them all on SIGTERM", async () => {
      const server = await startCliServer(
        {
          PORT: "0",
          LENDSTACK_PROCESSES: "2",
          DATABASE_URL: databaseUrl,
          RATE_LIMIT_STORE: "postgres",
          LENDSTACK_DATA_DIR: dataDir,
          LOG_LEVEL: "info",
        },
        90_000,
      );
      const primary = server.child.pid ?? 0;
      try {
        expect(server.stdout()).toContain("PostgreSQL (DATABASE_URL), 2 API processes");
        const token = /^export TOKEN=(\S+)$/m.exec(server.stdout())?.[1];
        const workers = childPids(primary);
        expect(workers).toHaveLength(2);

        // Seeded once by the primary: the demo products exist exactly once, whichever process answers.
        const list = async () => {
          const response = await fetch(`${server.url}/v1/products`, { headers: { authorization: `Bearer ${token}` } });
          expect(response.status).toBe(200);
          return ((await response.json()) as { data: unknown[] }).data.length;
        };
        const counts = await Promise.all(Array.from({ length: 20 }, list));
        expect(new Set(counts)).toEqual(new Set([4]));

        process.kill(workers[0] ?? 0, "SIGKILL");
        await waitUntil(() => {
          const now = childPids(primary);
          return now.length === 2 && !now.includes(workers[0] ?? 0);
        });
        await waitUntil(() => server.stdout().split("API process listening").length - 1 >= 3);
        expect(await list()).toBe(4);
        expect(server.stdout()).toContain("an API process died; starting another");
      } finally {
        const children = childPids(primary);
        expect(await server.stop()).toBe(0);
        await waitUntil(() => children.every((pid) => childPids(primary).length === 0 && !isAlive(pid)));
      }
    }, 120_000);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
