import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { ambientAware } from "./ambient.js";
import { claimEmbeddedDatabase } from "./embedded-owner.js";
import { checkMigrationHistory } from "./migration-history.js";
import { findMigrationsFolder } from "./migrations-folder.js";
import type { Database, Db } from "./types.js";

/**
 * PGlite persisting to `dataDir` (created if missing), or in memory for `"memory"`. `createDatabase` loads this
 * module only when no PostgreSQL URL is set, so a server on PostgreSQL never loads PGlite.
 *
 * @example
 * const database = await openPglite("memory");
 */
export async function openPglite(dataDir: string): Promise<Database> {
  let client: PGlite;
  if (dataDir === "memory") {
    client = new PGlite();
  } else {
    const absolute = resolve(dataDir);
    mkdirSync(absolute, { recursive: true });
    const release = claimEmbeddedDatabase(absolute);
    try {
      client = new PGlite(absolute);
      await client.waitReady;
    } catch (error) {
      release();
      throw error;
    }
    const database = wrapPglite(client);
    return { ...database, close: () => database.close().finally(release) };
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
  const db = drizzlePglite({ client, casing: "snake_case" });
  return {
    kind: "pglite",
    db: ambientAware(db as unknown as Db),
    migrate: async () => {
      const migrationsFolder = findMigrationsFolder();
      await migratePglite(db, { migrationsFolder });
      await checkMigrationHistory(db as unknown as Db, migrationsFolder);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
