import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createDatabase, type Database } from "../db/database.js";

/**
 * A migrated database for one test file, and how to throw it away.
 *
 * @example
 * afterAll(() => testDatabase.dispose());
 */
export interface TestDatabase {
  readonly database: Database;
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
    return { database, dispose: () => database.close() };
  }
  const name = `lendstack_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ url: url.toString() });
  await database.migrate();
  return {
    database,
    dispose: async () => {
      await database.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
