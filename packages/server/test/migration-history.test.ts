import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMigrationsFolder } from "../src/db/database.js";
import { type CommittedMigration, committedMigrations, MigrationHistoryError } from "../src/db/migration-history.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// On PGlite and (with DATABASE_URL) PostgreSQL: migrating checks the database's drizzle history against
// the committed migrations, and refuses to go on when they disagree, saying which migration and why.

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const migrations = sql.raw("drizzle.__drizzle_migrations");
const [initial, second] = committedMigrations(findMigrationsFolder()) as [CommittedMigration, CommittedMigration];

async function refusal(): Promise<string> {
  const error = await testDatabase.database.migrate().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MigrationHistoryError);
  return (error as Error).message;
}

describe("migrating a database whose history disagrees", () => {
  it("passes again on a database migrated by this build", async () => {
    await expect(testDatabase.database.migrate()).resolves.toBeUndefined();
  });

  it("refuses an applied migration edited since, and goes on once it matches again", async () => {
    await testDatabase.db.execute(sql`update ${migrations} set hash = 'edited' where created_at = ${initial.when}`);
    expect(await refusal()).toBe(
      "migration 0000_initial was changed after it was applied to this database; committed migrations are never edited: add a new one",
    );
    await testDatabase.db.execute(
      sql`update ${migrations} set hash = ${initial.hash} where created_at = ${initial.when}`,
    );
    await expect(testDatabase.database.migrate()).resolves.toBeUndefined();
  });

  it("refuses a committed migration older than the newest applied that never ran (drizzle skips it)", async () => {
    await testDatabase.db.execute(sql`delete from ${migrations} where created_at = ${second.when}`);
    expect(await refusal()).toBe(
      `migration ${second.tag} is older than the newest one this database applied, so it would never run; regenerate it after the newest migration`,
    );
    await testDatabase.db.execute(
      sql`insert into ${migrations} (hash, created_at) values (${second.hash}, ${second.when})`,
    );
  });

  it("refuses a database a newer build migrated", async () => {
    await testDatabase.db.execute(sql`insert into ${migrations} (hash, created_at) values ('newer', 4102444800000)`);
    expect(await refusal()).toBe(
      "this database was migrated by a newer Lendstack (a migration of 2100-01-01T00:00:00.000Z that this build does not have); run that version or a newer one",
    );
    await testDatabase.db.execute(sql`delete from ${migrations} where hash = 'newer'`);
    await expect(testDatabase.database.migrate()).resolves.toBeUndefined();
  });
});
