import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateInOneTransaction } from "../src/db/migrate-postgres.js";

// PostgreSQL only (skipped without DATABASE_URL): a migration run is all or nothing. A statement that fails
// in the second of two pending migrations leaves neither applied, no table of the first, and no record in
// drizzle.__drizzle_migrations; the corrected run then applies both, and a third run applies none. Two runs
// started together apply each migration once.

const serverUrl = process.env.DATABASE_URL;
const enabled = serverUrl !== undefined && serverUrl !== "";
const databaseName = `lendstack_migrate_${process.pid}`;
let folder: string;
let admin: pg.Client;
let pool: pg.Pool;

function writeMigrations(second: string) {
  mkdirSync(join(folder, "meta"), { recursive: true });
  const entries = [
    { idx: 0, version: "7", when: 1_800_000_000_000, tag: "0000_first", breakpoints: true },
    { idx: 1, version: "7", when: 1_800_000_000_001, tag: "0001_second", breakpoints: true },
  ];
  writeFileSync(
    join(folder, "meta", "_journal.json"),
    JSON.stringify({ version: "7", dialect: "postgresql", entries }),
  );
  writeFileSync(
    join(folder, "0000_first.sql"),
    "create table first_table (id integer primary key);\n--> statement-breakpoint\ninsert into first_table values (1);",
  );
  writeFileSync(join(folder, "0001_second.sql"), second);
}

async function tables(): Promise<string[]> {
  const result = await pool.query<{ name: string }>(
    "select table_schema || '.' || table_name as name from information_schema.tables where table_schema in ('public', 'drizzle') order by 1",
  );
  return result.rows.map((row) => row.name);
}

beforeAll(async () => {
  if (!enabled) return;
  folder = mkdtempSync(join(tmpdir(), "lendstack-migrate-"));
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.query(`create database ${databaseName}`);
  const url = new URL(serverUrl as string);
  url.pathname = `/${databaseName}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
  pool.on("error", () => {}); // an idle connection cut when the database is dropped at the end
});

afterAll(async () => {
  if (!enabled) return;
  await pool.end();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!enabled)("migrations in one transaction (PostgreSQL)", () => {
  it("applies nothing when a later migration fails, then all of it once corrected", async () => {
    writeMigrations("create table second_table (id integer);\n--> statement-breakpoint\nselect 1 / 0;");
    await expect(migrateInOneTransaction(pool, folder)).rejects.toThrow(/division by zero/);
    expect(await tables()).toEqual([]); // not even drizzle's own table: the whole run rolled back

    writeMigrations("create table second_table (id integer);");
    expect(await migrateInOneTransaction(pool, folder)).toBe(2);
    expect(await tables()).toEqual(["drizzle.__drizzle_migrations", "public.first_table", "public.second_table"]);
    expect(await migrateInOneTransaction(pool, folder)).toBe(0);
    const first = await pool.query("select id from first_table");
    expect(first.rows).toEqual([{ id: 1 }]);
  });

  it("applies each migration once when runs start together", async () => {
    await pool.query("drop schema if exists drizzle cascade; drop table if exists first_table, second_table");
    writeMigrations("create table second_table (id integer);");
    const applied = await Promise.all([1, 2, 3].map(() => migrateInOneTransaction(pool, folder)));
    expect([...applied].sort()).toEqual([0, 0, 2]);
    const recorded = await pool.query('select count(*)::int as n from "drizzle"."__drizzle_migrations"');
    expect(recorded.rows).toEqual([{ n: 2 }]);
  });
});
