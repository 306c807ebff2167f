import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { ambientAware } from "./ambient.js";
import * as schema from "./schema/index.js";

export type { Db, Executor, Schema, Tx } from "./types.js";

import type { Db } from "./types.js";

/**
 * One database, whichever backend holds it. Both PGlite (embedded, WASM Postgres) and a PostgreSQL
 * server reached through the `postgres` driver satisfy it.
 *
 * @example
 * const database = await createDatabase({ dataDir: "memory" });
 * await database.migrate();
 * await database.ping();
 * await database.close();
 */
export interface Database {
  readonly kind: "pglite" | "postgres";
  /** Resolves to the request's ambient transaction while one is open (see `runInAmbientTransaction`). */
  readonly db: Db;
  /** Applies the committed migrations in `packages/server/drizzle`; safe to call on every start. */
  migrate(): Promise<void>;
  /** Runs `select 1`; rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How to reach the database: a PostgreSQL URL, or else PGlite in `dataDir` (`"memory"` for none).
 *
 * @example
 * const options: DatabaseOptions = { url: process.env.DATABASE_URL, dataDir: "./.lendstack/data" };
 */
export interface DatabaseOptions {
  readonly url?: string | undefined;
  readonly dataDir?: string | undefined;
}

/**
 * Opens the database that the options select: `url` set -> PostgreSQL via `postgres`; otherwise PGlite
 * persisting to `dataDir` (created if missing), or in memory when `dataDir` is `"memory"` or unset.
 *
 * @example
 * const database = await createDatabase({ url: process.env.DATABASE_URL, dataDir: "./.lendstack/data" });
 */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined && options.url !== "") return openPostgres(options.url);
  return openPglite(options.dataDir ?? "memory");
}

async function openPglite(dataDir: string): Promise<Database> {
  let client: PGlite;
  if (dataDir === "memory") {
    client = new PGlite();
  } else {
    const absolute = resolve(dataDir);
    mkdirSync(absolute, { recursive: true });
    client = new PGlite(absolute);
  }
  await client.waitReady;
  return wrapPglite(client);
}

/**
 * Wraps an already-open PGlite client (for tests that `clone()` a migrated template).
 *
 * @example
 * const database = wrapPglite(await template.clone());
 */
export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    kind: "pglite",
    db: ambientAware(db as unknown as Db),
    migrate: () => migratePglite(db, { migrationsFolder: findMigrationsFolder() }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

function openPostgres(url: string): Database {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" });
  return {
    kind: "postgres",
    db: ambientAware(db as unknown as Db),
    migrate: async () => {
      // Several processes may start at once: a session advisory lock, held on a dedicated one-connection
      // client, lets one of them migrate at a time.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
        await migratePostgres(drizzlePostgres({ client: single, schema, casing: "snake_case" }), {
          migrationsFolder: findMigrationsFolder(),
        });
        await single`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Arbitrary, fixed key for the migration advisory lock ("lendstk" in ASCII). */
const MIGRATION_LOCK_KEY = 0x6c656e6473746bn.toString();

/**
 * The committed migrations folder, found by walking up from this module: `src/db/` in development and
 * tests, `dist/` once bundled.
 *
 * @example
 * findMigrationsFolder(); // "/…/packages/server/drizzle"
 */
export function findMigrationsFolder(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = join(directory, "drizzle");
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    directory = dirname(directory);
  }
  throw new Error("cannot find the drizzle migrations folder next to @lendstack/server");
}
