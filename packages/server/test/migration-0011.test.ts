import { readFileSync } from "node:fs";
import { join } from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMigrationsFolder } from "../src/db/database.js";
import { closeRuns } from "../src/db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Migration 0011 makes one close run per tenant and business date. Before it, each worker recorded its
// own run; the migration folds those into the earliest. The table is put back as 0010 left it, filled
// as two workers and a rerun used to fill it, and the migration's SQL is run over it.

let testDatabase: TestDatabase;
const db = () => testDatabase.db;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  await db().execute(sql`drop index close_runs_one_per_date`);
  await db().execute(sql`alter table close_runs drop column loans_pending, drop column workers_active`);
  await db().execute(
    sql`create index close_runs_tenant_id_business_date_index on close_runs (tenant_id, business_date)`,
  );
});
afterAll(() => testDatabase.dispose());

async function insertRun(id: string, businessDate: string, closed: number, failed: number, finishedAt: string) {
  await db().execute(sql`insert into close_runs
    (tenant_id, id, business_date, trigger, status, loans_closed, loans_failed, started_at, finished_at)
    values ('t', ${id}, ${businessDate}, 'schedule', 'succeeded', ${closed}, ${failed},
      '2026-01-01T00:00:00Z', ${finishedAt})`);
}

describe("migration 0011: one close run per date", () => {
  it("folds the runs of one date into the earliest, summing their counts, and leaves other dates alone", async () => {
    await insertRun("cr_01", "2026-01-01", 400, 1, "2026-01-02T00:01:00Z");
    await insertRun("cr_02", "2026-01-01", 350, 0, "2026-01-02T00:02:00Z");
    await insertRun("cr_03", "2026-01-01", 0, 0, "2026-01-02T00:05:00Z");
    await insertRun("cr_04", "2026-01-02", 750, 0, "2026-01-03T00:01:00Z");
    const text = readFileSync(join(findMigrationsFolder(), "0011_one_close_run_per_date.sql"), "utf8");
    for (const statement of text.split("--> statement-breakpoint")) await db().execute(sql.raw(statement));

    const rows = await db().select().from(closeRuns).where(eq(closeRuns.tenantId, "t")).orderBy(asc(closeRuns.id));
    expect(
      rows.map((row) => [row.id, row.businessDate, row.loansClosed, row.loansFailed, row.finishedAt?.toISOString()]),
    ).toEqual([
      ["cr_01", "2026-01-01", 750, 1, "2026-01-02T00:05:00.000Z"],
      ["cr_04", "2026-01-02", 750, 0, "2026-01-03T00:01:00.000Z"],
    ]);
    await expect(insertRun("cr_05", "2026-01-02", 1, 0, "2026-01-03T00:01:00Z")).rejects.toThrow();
  });
});
