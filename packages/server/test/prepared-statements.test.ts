import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "../src/db/database.js";
import { rowsOf } from "../src/db/rows.js";

// PostgreSQL only (skipped without DATABASE_URL): repeated statements are prepared by name on each
// connection (DATABASE_PREPARED_STATEMENTS, default on), give the same answers, and none is prepared
// with the setting off (for PgBouncer before 1.21 in transaction mode: see pgbouncer.test.ts).

const url = process.env.DATABASE_URL;
const enabled = url !== undefined && url !== "";
const opened: Database[] = [];

afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
});

async function preparedOnOneConnection(preparedStatements: boolean) {
  const database = await createDatabase({ url, poolMax: 1, preparedStatements });
  opened.push(database);
  const answers: number[] = [];
  for (const n of [1, 2, 3]) {
    const rows = rowsOf<{ doubled: number }>(await database.db.execute(sql`select ${n}::int * 2 as doubled`));
    answers.push(rows[0]!.doubled);
  }
  const statements = rowsOf<{ name: string; statement: string }>(
    await database.db.execute(sql`select name, statement from pg_prepared_statements where name like 'ls\\_%'`),
  );
  return { answers, statements };
}

describe.runIf(enabled)("prepared statements on PostgreSQL", () => {
  it("prepares a repeated statement once per connection, with the same answers", async () => {
    const { answers, statements } = await preparedOnOneConnection(true);
    expect(answers).toEqual([2, 4, 6]);
    expect(statements.map((row) => row.statement)).toContain("select $1::int * 2 as doubled");
  });

  it("prepares nothing by name with the setting off", async () => {
    const { answers, statements } = await preparedOnOneConnection(false);
    expect(answers).toEqual([2, 4, 6]);
    expect(statements).toEqual([]);
  });
});
