/**
 * The processes of a load run: the scratch database (created through the admin connection, dropped at
 * the end), the real server started as a child (`node packages/server/dist/cli.js serve`), the close-day
 * workers, and RSS sampled from /proc.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseUrl } from "./options.js";

/** The built CLI the benchmark runs (`npm run build` first; bench:load builds it). */
export const CLI = fileURLToPath(new URL("../../packages/server/dist/cli.js", import.meta.url));

/**
 * How the server and the close workers are started, as the README's deployment advice says (and `npm start`
 * does): a young generation of 32 MB semi-spaces instead of V8's 16 MB, which halved the time a payment spent in
 * scavenges (in-process: 1,650–1,800 against 1,060 ms of scavenges over 15 s of payments).
 */
export const DEPLOYED_NODE_ARGS = ["--max-semi-space-size=32"];

/** A scratch database and how to drop it. @example const scratch = await createScratchDatabase(adminUrl); */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates database `lendstack_load_<pid>` on the server of `adminUrl`; `drop()` removes it (closing any
 * connection still open to it) and may be called more than once.
 *
 * @example
 * const scratch = await createScratchDatabase("postgres://postgres@127.0.0.1:5432/test");
 */
export async function createScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const name = `lendstack_load_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`drop database if exists ${name} with (force)`);
  await admin(`create database ${name}`);
  let dropped = false;
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** One PII master key for the whole run: the close-day workers unwrap the tenant keys the server made. */
const MASTER_KEY = randomBytes(32).toString("base64");

/** The environment of every child: the scratch database, loopback, the run's PII key, no demo worker. */
export function childEnvironment(url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV: _production, ...inherited } = process.env;
  return {
    ...inherited,
    DATABASE_URL: url,
    HOST: "127.0.0.1",
    PORT: "0",
    LENDSTACK_WORKER: "off",
    // On, but far above the load: the limiter's cost stays in the path, it never answers 429.
    RATE_LIMIT_PER_MINUTE: "1000000000",
    LENDSTACK_MASTER_KEY: MASTER_KEY,
    LOG_LEVEL: inherited.LOG_LEVEL ?? "info",
    ...extra,
  };
}

/**
 * A process and all its descendants (a clustered `lendstack serve` runs one API process per core under
 * its primary), from the parent ids in /proc.
 *
 * @example
 * processTree(server.pid); // [primary, worker 1, worker 2]
 */
export function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(parents.get(tree[index]!) ?? []));
  return tree;
}

/** Resident set size of a process in MB (VmRSS), or 0 once it has gone. @example rssMegabytes(child.pid) */
export function rssMegabytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the RSS of some processes every `everyMs`; `stop()` gives each sample (ms since start, MB summed). */
export function sampleRss(pids: () => ReadonlyArray<number>, everyMs = 200) {
  const started = performance.now();
  const samples: Array<{ atMs: number; megabytes: number; each: number[] }> = [];
  const take = () => {
    const each = pids().map(rssMegabytes);
    samples.push({ atMs: performance.now() - started, megabytes: each.reduce((a, b) => a + b, 0), each });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** The server child. @example const server = await startServerChild(scratch.url, dir); */
export interface ServerChild {
  readonly url: string;
  readonly token: string;
  readonly pid: number;
  /** The child and its descendants (one API process per core when clustered). */
  pids(): number[];
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Asks a child to stop (SIGTERM), then kills it after `graceMs`. @example await stopChild(child) */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
}

/** Every child started, so a failure or Ctrl-C stops them all. */
export const children = new Set<ChildProcess>();

/**
 * Starts `lendstack serve` on the scratch database with output to `<dir>/server.log`, and reads the
 * address and the development token from its banner.
 *
 * @example
 * const server = await startServerChild(scratch.url, "/tmp/bench-load-123");
 */
export async function startServerChild(
  url: string,
  dir: string,
  options: { nodeArgs?: string[]; processes?: number } = {},
): Promise<ServerChild> {
  const { nodeArgs = [], processes = 1 } = options;
  // Several API processes share the rate-limit counters in PostgreSQL (the server refuses memory then).
  const clustered = processes > 1 ? { LENDSTACK_PROCESSES: String(processes), RATE_LIMIT_STORE: "postgres" } : {};
  const logPath = join(dir, "server.log");
  const log = openSync(logPath, "w");
  const child = spawn(process.execPath, [...DEPLOYED_NODE_ARGS, ...nodeArgs, CLI, "serve"], {
    cwd: dir,
    env: childEnvironment(url, { LENDSTACK_PROCESSES: "1", ...clustered }),
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  children.add(child);
  child.once("exit", () => children.delete(child));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const text = readFileSync(logPath, "utf8");
    const address = /listening on (http:\/\/\S+)/.exec(text);
    const token = /export TOKEN=(\S+)/.exec(text);
    if (address && token) {
      const pid = child.pid!;
      return { url: address[1]!, token: token[1]!, pid, pids: () => processTree(pid), stop: () => stopChild(child) };
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`the server did not start (see ${logPath}):\n${text.slice(-2_000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs `lendstack <args>` to completion with output to `<dir>/<label>.log`; resolves to its exit code.
 *
 * @example
 * const workers = [runCli(url, dir, "close-1", ["close-day", "--date", "2026-12-04"])];
 */
export function runCli(url: string, dir: string, label: string, args: string[], options: { nodeArgs?: string[] } = {}) {
  const log = openSync(join(dir, `${label}.log`), "w");
  const child = spawn(process.execPath, [...DEPLOYED_NODE_ARGS, ...(options.nodeArgs ?? []), CLI, ...args], {
    cwd: dir,
    env: childEnvironment(url),
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  children.add(child);
  const done = new Promise<number>((resolve) =>
    child.once("exit", (code) => {
      children.delete(child);
      resolve(code ?? 1);
    }),
  );
  return { child, done, logPath: join(dir, `${label}.log`) };
}
