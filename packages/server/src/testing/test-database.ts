import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDatabase, type Database, type Db } from "../db/database.js";

/**
 * A migrated database for one test file, and how to throw it away.
 *
 * @example
 * afterAll(() => testDatabase.dispose());
 */
export interface TestDatabase {
  readonly database: Database;
  /** `database.db`: the drizzle handle. */
  readonly db: Db;
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database on the backend the environment selects: PGlite in memory when
 * `DATABASE_URL` is unset; otherwise a scratch database `lendstack_test_<random>` created on that
 * PostgreSQL server and dropped by `dispose()`. Share one per test file (beforeAll / afterAll) and keep
 * tests apart by tenant.
 *
 * @example
 * let testDatabase: TestDatabase;
 * beforeAll(async () => { testDatabase = await createTestDatabase(); });
 * afterAll(() => testDatabase.dispose());
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl === undefined || serverUrl === "") {
    const database = await createDatabase({ dataDir: "memory" });
    await database.migrate();
    return { database, db: database.db, dispose: () => database.close() };
  }
  const name = `lendstack_test_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ url: url.toString() });
  await database.migrate();
  return {
    database,
    db: database.db,
    dispose: async () => {
      await database.close();
      await runAdmin(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * Runs one statement on its own connection to `url` (create or drop a scratch database).
 *
 * @example
 * await runAdmin("postgres://postgres@127.0.0.1:5432/test", "create database lendstack_test_x");
 */
export async function runAdmin(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
