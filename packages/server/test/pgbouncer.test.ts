import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../src/db/database.js";
import { runAdmin } from "../src/testing/test-database.js";
import { createTestApp } from "./helpers/test-app.js";
import { board, createProduct, stateOf, usd } from "./loans-helpers.js";

// The server through PgBouncer in transaction mode (Debian's pgbouncer, started here on loopback; the file
// is skipped without DATABASE_URL or the binary): nothing may depend on a session. Several processes
// migrate at once through it, and concurrent payments, retries and tenant-scoped reads keep their
// guarantees while 10 client connections share 3 server connections.

const PGBOUNCER = "/usr/sbin/pgbouncer";
const serverUrl = process.env.DATABASE_URL;
const enabled = serverUrl !== undefined && serverUrl !== "" && existsSync(PGBOUNCER);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });
}

let folder: string;
let bouncer: ChildProcess | undefined;
let bouncerUrl: string;
let databaseName: string;
const databases: Database[] = [];

async function startBouncer(): Promise<void> {
  const upstream = new URL(serverUrl ?? "");
  const port = await freePort();
  folder = await mkdtemp(join(tmpdir(), "lendstack-pgbouncer-"));
  await chmod(folder, 0o777);
  const user = decodeURIComponent(upstream.username || "postgres");
  await writeFile(join(folder, "users.txt"), `"${user}" ""\n`);
  // statement_timeout and idle_in_transaction_session_timeout are startup parameters PgBouncer does not
  // forward: it must ignore them (set them on the role instead; see the README's PgBouncer notes).
  const ini = [
    "[databases]",
    `* = host=${upstream.hostname} port=${upstream.port || "5432"}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = trust",
    `auth_file = ${join(folder, "users.txt")}`,
    `admin_users = ${user}`,
    "pool_mode = transaction",
    "default_pool_size = 3",
    "max_client_conn = 100",
    "ignore_startup_parameters = statement_timeout,idle_in_transaction_session_timeout",
    `logfile = ${join(folder, "pgbouncer.log")}`,
    "",
  ].join("\n");
  await writeFile(join(folder, "pgbouncer.ini"), ini);
  // PgBouncer refuses to run as root.
  const asRoot = process.getuid?.() === 0;
  const [command, args] = asRoot
    ? ["runuser", ["-u", "postgres", "--", PGBOUNCER, join(folder, "pgbouncer.ini")]]
    : [PGBOUNCER, [join(folder, "pgbouncer.ini")]];
  bouncer = spawn(command, args, { stdio: "ignore" });
  const url = new URL(serverUrl ?? "");
  url.port = String(port);
  url.pathname = `/${databaseName}`;
  bouncerUrl = url.toString();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const probe = new pg.Client({ connectionString: bouncerUrl });
    try {
      await probe.connect();
      await probe.end();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error("PgBouncer did not start");
}

beforeAll(async () => {
  if (!enabled) return;
  databaseName = `lendstack_test_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl ?? "", `create database ${databaseName}`);
  await startBouncer();
}, 30_000);

afterAll(async () => {
  if (!enabled) return;
  await Promise.all(databases.map((database) => database.close()));
  bouncer?.kill("SIGTERM");
  await runAdmin(serverUrl ?? "", `drop database if exists ${databaseName} with (force)`);
  await rm(folder, { recursive: true, force: true });
});

describe.runIf(enabled)("through PgBouncer in transaction mode", () => {
  it("runs in transaction mode", async () => {
    const admin = new pg.Client({ connectionString: bouncerUrl.replace(`/${databaseName}`, "/pgbouncer") });
    await admin.connect();
    try {
      const pools = await admin.query("show pools");
      const ours = pools.rows.find((row) => row.database === databaseName);
      expect(ours?.pool_mode).toBe("transaction");
    } finally {
      await admin.end();
    }
  });

  it("migrates from three processes at once, each migration once", async () => {
    // PgBouncer 1.18 does not track prepared statements in transaction mode: DATABASE_PREPARED_STATEMENTS=off.
    const starting = [1, 2, 3].map(() => createDatabase({ url: bouncerUrl, preparedStatements: false }));
    databases.push(...(await Promise.all(starting)));
    await Promise.all(databases.map((database) => database.migrate()));
    const direct = new pg.Client({ connectionString: bouncerUrl });
    await direct.connect();
    try {
      const applied = await direct.query(
        "select count(*)::int as n, count(distinct created_at)::int as distinct_n from drizzle.__drizzle_migrations",
      );
      expect(applied.rows[0].n).toBeGreaterThan(30);
      expect(applied.rows[0].distinct_n).toBe(applied.rows[0].n);
    } finally {
      await direct.end();
    }
  }, 60_000);

  it("keeps payments, retries and tenant isolation right while connections are shared", async () => {
    const database = databases[0] as Database;
    const api = createTestApp(database, { clockStart: "2025-06-01T12:00:00.000Z" });
    const token = await api.token("bouncer-a");
    const productId = await createProduct(api, token);
    const loan = await board(api, token, productId);
    const payments = Array.from({ length: 24 }, (_, i) =>
      api.call("POST", `/v1/loans/${loan.id}/payments`, {
        token,
        idempotencyKey: `bouncer-payment-${i % 12}`,
        body: { ...usd(10_000), effectiveDate: "2025-02-01" },
      }),
    );
    const statuses = (await Promise.all(payments)).map((response) => response.status);
    expect(statuses.every((status) => status === 201)).toBe(true);
    // Twelve keys, each sent twice: twelve payments of $100.00.
    const state = await stateOf(api, token, String(loan.id));
    expect(state.version).toBe(1 + 12);
    const other = await api.call("GET", `/v1/loans/${loan.id}`, { token: await api.token("bouncer-b") });
    expect(other.status).toBe(404);
  }, 60_000);
});
