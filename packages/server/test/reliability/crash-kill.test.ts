import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { date } from "@lendstack/core/calendar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mintDevelopmentToken } from "../../src/auth/development-token.js";
import { createDatabase } from "../../src/db/database.js";
import type { FaultStep } from "../../src/http/faults.js";
import { CHECKPOINT_MIN_EVENTS } from "../../src/loans/append-event.js";
import { allScopes } from "../../src/resources.js";
import { runAdmin } from "../../src/testing/test-database.js";
import { expectCheckpointOfFullReplay } from "../helpers/full-replay.js";
import { TEST_AUTH, TEST_SECRET } from "../helpers/test-app.js";
import { standardTerms, testProduct } from "../loans-helpers.js";
import { paymentBody } from "./books.js";

// A real process killed with SIGKILL in the middle of a payment, at each step of its path, then restarted
// on the same database and the payment retried with the same key: exactly one payment each time, and a
// payment that had committed is replayed. PostgreSQL when DATABASE_URL is set (a scratch database), else
// a PGlite data folder (crash recovery of PGlite's own WAL).

const KILL_AT: ReadonlyArray<FaultStep> = ["after_claim", "after_event_insert", "before_render", "after_commit"];
const serverScript = fileURLToPath(new URL("./crash-server.ts", import.meta.url));
const serverRoot = fileURLToPath(new URL("../..", import.meta.url));
const TENANT = "kill-test";

interface Server {
  readonly process: ChildProcess;
  readonly url: string;
  /** Resolves with the next stdout line starting with `prefix`. */
  waitFor(prefix: string): Promise<string>;
}

let environment: Record<string, string>;
let cleanup: () => Promise<void>;
let server: Server;
let token: string;
const figures = { kills: 0, retries: 0, duplicates: 0 };

async function scratchDatabase(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === "") {
    const dataDir = mkdtempSync(join(tmpdir(), "lendstack-kill-"));
    environment = { PGLITE_DIR: dataDir, DATABASE_URL: "" };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    return;
  }
  const name = `lendstack_kill_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  environment = { DATABASE_URL: url.toString() };
  cleanup = async () => {
    await runAdmin(serverUrl, `drop database if exists ${name} with (force)`);
  };
}

async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", serverScript], {
    cwd: serverRoot,
    env: { ...process.env, ...environment },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiters: Array<{ prefix: string; resolve: (line: string) => void }> = [];
  let buffered = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const line of parts) {
      const waiter = waiters.findIndex((candidate) => line.startsWith(candidate.prefix));
      if (waiter === -1) lines.push(line);
      else waiters.splice(waiter, 1)[0]?.resolve(line);
    }
  });
  const waitFor = (prefix: string) => {
    const seen = lines.findIndex((line) => line.startsWith(prefix));
    if (seen !== -1) return Promise.resolve(lines.splice(seen, 1)[0] as string);
    return new Promise<string>((resolve) => waiters.push({ prefix, resolve }));
  };
  const port = (await waitFor("listening ")).split(" ")[1];
  return { process: child, url: `http://127.0.0.1:${port}`, waitFor };
}

async function kill(target: Server): Promise<void> {
  const exited = new Promise((resolve) => target.process.once("exit", resolve));
  target.process.kill("SIGKILL");
  await exited;
}

async function call(method: string, path: string, body?: unknown, key?: string): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  if (key !== undefined) headers["idempotency-key"] = key;
  return fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function paymentCount(loanId: string): Promise<number> {
  const events = (await (await call("GET", `/v1/loans/${loanId}/events`)).json()) as { data: { type: string }[] };
  return events.data.filter((event) => event.type === "payment").length;
}

/**
 * Kills the server with SIGKILL while a payment on the loan is at `step`, restarts it, retries the payment with
 * the same key: one payment, replayed when it had committed.
 */
async function killPaymentAndRetry(loanId: string, step: FaultStep, key: string): Promise<void> {
  const before = await paymentCount(loanId);
  server.process.stdin?.write(`arm ${step}\n`);
  await server.waitFor(`armed ${step}`);
  const inFlight = call("POST", `/v1/loans/${loanId}/payments`, paymentBody(3_000, "2025-02-01"), key).then(
    () => "answered",
    () => "connection lost",
  );
  await server.waitFor(`paused ${step}`);
  await kill(server);
  figures.kills += 1;
  expect(await inFlight).toBe("connection lost");

  server = await startServer();
  const retry = await call("POST", `/v1/loans/${loanId}/payments`, paymentBody(3_000, "2025-02-01"), key);
  figures.retries += 1;
  expect(retry.status, step).toBe(201);
  expect(retry.headers.get("idempotent-replayed"), step).toBe(step === "after_commit" ? "true" : null);
  const after = await paymentCount(loanId);
  figures.duplicates += Math.max(0, after - before - 1);
  expect(after, step).toBe(before + 1);
}

async function boardLoan(key: string): Promise<string> {
  const product = (await (await call("POST", "/v1/products", testProduct(), "product")).json()) as { id: string };
  const boarded = await call("POST", "/v1/loans", { productId: product.id, ...standardTerms }, key);
  expect(boarded.status).toBe(201);
  return ((await boarded.json()) as { id: string }).id;
}

beforeAll(async () => {
  await scratchDatabase();
  token = await mintDevelopmentToken({
    tenant: TENANT,
    scopes: allScopes(),
    secret: TEST_SECRET,
    issuer: TEST_AUTH.issuer,
    audience: TEST_AUTH.audience,
    now: new Date(),
    ttl: "1h",
    subject: "kill-test",
  });
  server = await startServer();
}, 120_000);

afterAll(async () => {
  console.info(
    `kill test (${environment.PGLITE_DIR === undefined ? "postgres" : "pglite"}): ${JSON.stringify(figures)}`,
  );
  if (server.process.exitCode === null) await kill(server);
  await cleanup();
});

describe("a server killed with SIGKILL in the middle of a payment", () => {
  it("restarts on the same database, and each retry with the same key leaves exactly one payment", async () => {
    const loanId = await boardLoan("loan");
    for (const step of KILL_AT) await killPaymentAndRetry(loanId, step, `killed-at-${step}`);
  }, 300_000);

  it("on a loan that keeps a checkpoint: one payment, and the checkpoint the one a full replay makes", async () => {
    const loanId = await boardLoan("long-loan");
    for (let day = 2; day <= CHECKPOINT_MIN_EVENTS; day++) {
      const dated = `2025-01-${String(day).padStart(2, "0")}`;
      const paid = await call("POST", `/v1/loans/${loanId}/payments`, paymentBody(100, dated), `grow-${day}`);
      expect(paid.status).toBe(201);
    }
    // The event and the checkpoint are written in one statement: killed after it, neither is kept.
    for (const step of ["after_event_insert", "after_commit"] as const) {
      await killPaymentAndRetry(loanId, step, `long-killed-at-${step}`);
    }
    await kill(server);
    const database = await createDatabase({ url: environment.DATABASE_URL, dataDir: environment.PGLITE_DIR });
    try {
      await expectCheckpointOfFullReplay(database.db, TENANT, loanId, date("2025-03-01"));
    } finally {
      await database.close();
    }
    server = await startServer();
  }, 300_000);
});
