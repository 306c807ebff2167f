// A throwaway PostgreSQL cluster for the slow tests: initdb in a temporary folder, listening on a free
// loopback port with its socket in that folder, so the shared server on 5432 is never touched. Uses the
// machine's PostgreSQL install (/usr/lib/postgresql/<version>/bin). PostgreSQL refuses to run as root, so
// when the tests run as root every command runs as the `postgres` user through `runuser`.
import { execFile } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A started cluster and how to stop, restart or remove it. */
export interface PgCluster {
  readonly port: number;
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  /** `pg_ctl stop -m <mode>`: the database is unreachable until {@link PgCluster.start}. */
  stop(mode: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  /** `pg_ctl restart -m <mode>`. */
  restart(mode: "fast" | "immediate"): Promise<void>;
  /** Stops the cluster (immediate) and deletes its folder. */
  remove(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder, or undefined when none is installed. */
export function findPostgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin");
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster with trust authentication for `postgres` on 127.0.0.1 only.
 *
 * @example
 * const cluster = await startPgCluster();
 * await cluster.restart("immediate");
 * await cluster.remove();
 */
export async function startPgCluster(): Promise<PgCluster> {
  const bin = findPostgresBin();
  if (bin === undefined) throw new Error("no PostgreSQL install under /usr/lib/postgresql");
  const asRoot = userInfo().uid === 0;
  const folder = mkdtempSync(join(tmpdir(), "lendstack-pg-"));
  const dataDir = join(folder, "data");
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    chownSync(folder, Number(stdout.trim()), Number(group.trim()));
    chmodSync(folder, 0o700);
  }
  const command = async (tool: string, args: string[]) => {
    const file = join(bin, tool);
    const [program, programArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", file, ...args]] : [file, args];
    return run(program, programArgs, { cwd: folder, timeout: 60_000 });
  };
  await command("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const log = join(folder, "postgres.log");
  const ctl = (args: string[]) =>
    command("pg_ctl", ["-D", dataDir, "-l", log, "-o", options, "-w", "-t", "60", ...args]);
  await ctl(["start"]);
  let removed = false;
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async (mode) => {
      await ctl(["stop", "-m", mode]);
    },
    start: async () => {
      await ctl(["start"]);
    },
    restart: async (mode) => {
      await ctl(["restart", "-m", mode]);
    },
    remove: async () => {
      if (removed) return;
      removed = true;
      await ctl(["stop", "-m", "immediate"]).catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
