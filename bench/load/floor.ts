/**
 * `npm run bench:floor`: what this machine can do at best for a payment's writes, with no framework at all
 * (bench/load/floor-server.mjs), as a yardstick for `http.payments`. Creates scratch tables shaped like
 * Lendstack's in a scratch database on DATABASE_URL's server, 1,000 loans, then drives the floor server
 * with autocannon at 32 connections: one transaction per request, then group commit. Prints each row with
 * the CPU a payment cost in the server, in PostgreSQL and in autocannon. The database is dropped at the end.
 *
 *   npm run bench:floor -- [--duration 10] [--connections 32] [--batch 64]
 */
import { type ChildProcess, spawn } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { type BenchResult, throughputResult } from "../harness.js";
import { backendsOf, meterCpu } from "./cpu.js";
import { driveHttp } from "./drive.js";
import { parseLoadArgs } from "./options.js";
import { createScratchDatabase, stopChild } from "./processes.js";

const SERVER = fileURLToPath(new URL("./floor-server.mjs", import.meta.url));
const LOANS = 1_000;

const SCHEMA = `
  create table floor_loans (tenant_id text not null, id text primary key, version int not null,
    balance bigint not null, status text not null default 'active', updated_at timestamptz);
  create table floor_loan_events (tenant_id text not null, loan_id text not null, sequence int not null,
    id text not null, type text not null, amount bigint not null, effective_date date not null,
    recorded_at timestamptz not null, payload jsonb not null, primary key (loan_id, sequence));
  create table floor_events (tenant_id text not null, id text primary key, type text not null,
    created_at timestamptz not null, data jsonb not null);
  create table floor_idempotency (tenant_id text not null, key text not null, request_hash text not null,
    state text not null, response_status int, response_body text, primary key (tenant_id, key));
  create table floor_audit (tenant_id text not null, sequence bigint not null, action text not null,
    details jsonb not null, previous_hash text not null, hash text not null, primary key (tenant_id, sequence));
  create table floor_audit_heads (tenant_id text primary key, sequence bigint not null, hash text not null);
  insert into floor_audit_heads values ('ten_floor', 0, repeat('0', 64));
  insert into floor_loans (tenant_id, id, version, balance)
    select 'ten_floor', 'loan_' || n, 1, 100000000 from generate_series(1, ${LOANS}) as n;
  analyze;
`;

/**
 * Every stored payment is whole in every table: its event, the loan's version and balance, its outbox event,
 * its settled idempotency key and its audit record, the chain unbroken.
 */
async function verifyStored(client: pg.Client): Promise<number> {
  const { rows } = await client.query<Record<string, string>>(`select
    (select count(*) from floor_loan_events) as events,
    (select sum(version - 1) from floor_loans) as versions,
    (select (sum(100000000 - balance) / 100)::bigint from floor_loans) as paid,
    (select count(*) from floor_events) as outbox,
    (select count(*) from floor_idempotency where state = 'done') as settled,
    (select count(*) from floor_audit) as audited,
    (select sequence from floor_audit_heads) as head,
    (select count(*) from floor_audit a join floor_audit b on b.sequence = a.sequence + 1
      where b.previous_hash <> a.hash) as broken`);
  const counts = rows[0]!;
  const events = counts.events!;
  const whole = ["versions", "paid", "outbox", "settled", "audited", "head"].every((name) => counts[name] === events);
  if (!whole || counts.broken !== "0")
    throw new Error(`the floor server stored payments partly: ${JSON.stringify(counts)}`);
  return Number(events);
}

function startFloorServer(url: string, mode: string, batch: number): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, DATABASE_URL: url, FLOOR_MODE: mode, FLOOR_BATCH: String(batch) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`floor server exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port !== undefined) resolve({ child, url: `http://127.0.0.1:${port}` });
    });
  });
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function measureMode(
  name: string,
  mode: string,
  settings: { url: string; database: string; client: pg.Client; connections: number; seconds: number; batch: number },
): Promise<BenchResult> {
  const { child, url } = await startFloorServer(settings.url, mode, settings.batch);
  try {
    const make = (prefix: string) => (n: number) => ({
      method: "POST" as const,
      path: `/loans/loan_${(n % LOANS) + 1}/payments`,
      body: JSON.stringify({ amount: 100, currency: "USD", effectiveDate: "2026-12-01" }),
      headers: { "idempotency-key": `${prefix}-${n}` },
    });
    await driveHttp(url, "floor", make(`${mode}-warm`), settings.connections, 1);
    const server = meterCpu(() => [child.pid!]);
    const postgres = meterCpu(() => backendsOf(settings.client, settings.database));
    await Promise.all([server.ready, postgres.ready]);
    const generator = process.cpuUsage();
    const result = await driveHttp(url, "floor", make(mode), settings.connections, settings.seconds);
    const generatorMs = cpuMs(process.cpuUsage(generator)) / result.total;
    const serverMs = ((await server.stop()) * 1000) / result.total;
    const postgresMs = ((await postgres.stop()) * 1000) / result.total;
    const stored = await verifyStored(settings.client);
    const note =
      `bare node:http + pg, ${settings.connections} connections; p50 ${result.p50Ms.toFixed(1)} ms, ` +
      `p99 ${result.p99Ms.toFixed(1)} ms, ${result.errors} errors of ${result.total}; CPU per payment: ` +
      `server ${serverMs.toFixed(2)} ms, PostgreSQL ${postgresMs.toFixed(2)} ms, autocannon ${generatorMs.toFixed(2)} ms; ` +
      `load avg ${loadavg()[0]!.toFixed(2)}; ${stored} payments stored so far, each whole in all six tables`;
    // The baseline is the machine's ceiling for this work: two cores over the CPU all three spend a payment.
    const ceiling = 2000 / (serverMs + postgresMs + generatorMs);
    return throughputResult(name, result.perSecond, ceiling, note);
  } finally {
    await stopChild(child);
  }
}

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { duration: { type: "string" }, connections: { type: "string" }, batch: { type: "string" } },
});
const seconds = Number(values.duration ?? "10");
const connections = Number(values.connections ?? "32");
const batch = Number(values.batch ?? "64");
const { adminUrl } = parseLoadArgs(["--quick"], process.env);
const scratch = await createScratchDatabase(adminUrl);
const client = new pg.Client({ connectionString: scratch.url });
try {
  await client.connect();
  await client.query(SCHEMA);
  const settings = { url: scratch.url, database: scratch.name, client, connections, seconds, batch };
  const rows = [
    await measureMode("floor.payments.per-request", "per-request", settings),
    await measureMode("floor.payments.group-commit", "group", settings),
  ];
  console.log("| name | median | unit | baseline (2-core ceiling) | ratio | note |");
  console.log("|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.median} | ${row.unit} | ${row.baseline} | ${row.ratio} | ${row.note} |`);
  }
  if (rows.some((row) => !/ 0 errors /.test(row.note ?? ""))) process.exitCode = 1;
} finally {
  await client.end();
  await scratch.drop();
}
