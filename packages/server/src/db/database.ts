import { sql } from "drizzle-orm";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import pg from "pg";
import { ambientAware } from "./ambient.js";
import { migrateInOneTransaction } from "./migrate-postgres.js";
import { checkMigrationHistory } from "./migration-history.js";
import { findMigrationsFolder } from "./migrations-folder.js";
import { preparingClient, statementNames } from "./statement-cache.js";

export { findMigrationsFolder } from "./migrations-folder.js";
export type { Database, Db, Executor, Schema, Tx } from "./types.js";

import type { Database, Db } from "./types.js";

/**
 * How to reach the database: a PostgreSQL URL, or else PGlite in `dataDir` (`"memory"` for none), and the
 * PostgreSQL pool's limits.
 *
 * @example
 * const options: DatabaseOptions = { url: process.env.DATABASE_URL, dataDir: "./.lendstack/data" };
 */
export interface DatabaseOptions {
  readonly url?: string | undefined;
  readonly dataDir?: string | undefined;
  /** PostgreSQL only: the most connections the pool opens (default 10). */
  readonly poolMax?: number | undefined;
  /** PostgreSQL only: how long to wait for a connection (new or from the pool) before failing (default 5 s). */
  readonly connectTimeoutMs?: number | undefined;
  /**
   * PostgreSQL only: prepare repeated statements by name on each connection (default true). Off behind a
   * transaction-mode pooler that does not track prepared statements (PgBouncer before 1.21).
   */
  readonly preparedStatements?: boolean | undefined;
  /** PostgreSQL only: `statement_timeout` of every connection; a longer statement is cancelled (default 30 s). */
  readonly statementTimeoutMs?: number | undefined;
  /**
   * PostgreSQL only: told of connection errors that no query was waiting for (an idle or checked-out
   * connection that the server closed, say on a restart). They are expected while the database is away;
   * the pool drops the broken connection and opens new ones when asked. Default: ignored.
   */
  readonly onConnectionError?: ((error: Error) => void) | undefined;
}

/**
 * Opens the database that the options select: `url` set -> PostgreSQL through a `pg` pool; otherwise
 * PGlite persisting to `dataDir` (created if missing), or in memory when `dataDir` is `"memory"` or unset.
 *
 * @example
 * const database = await createDatabase({ url: process.env.DATABASE_URL, dataDir: "./.lendstack/data" });
 */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined && options.url !== "") return openPostgres(options.url, options);
  // PGlite (WASM PostgreSQL and its drizzle driver) is loaded only here: a server on PostgreSQL never maps it.
  const { openPglite } = await import("./pglite.js");
  return openPglite(options.dataDir ?? "memory");
}

/**
 * PostgreSQL through node-postgres (`pg`). Why not postgres.js: under load, a PostgreSQL restart makes it
 * throw `TypeError: Cannot read properties of null (reading 'write')` from a timer inside its connection
 * code, where no caller can catch it, and the process dies (reproduced in 4 of 4 runs of the restart test;
 * a known, unfixed driver bug). With `pg`, every connection error reaches either the query that was
 * waiting for it (and then the request, which answers 503 `database_unavailable`) or an `error` listener
 * here; the pool discards broken connections and connects afresh on the next query, so the server
 * recovers by itself when the database is back.
 */
function openPostgres(url: string, options: DatabaseOptions): Database {
  const onConnectionError = options.onConnectionError ?? (() => {});
  const connection = {
    connectionString: url,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    // A transaction left open by a stuck request must not hold its locks for ever.
    idle_in_transaction_session_timeout: 60_000,
    keepAlive: true,
    application_name: "lendstack",
  };
  const prepared = options.preparedStatements === false ? {} : { Client: preparingClient(statementNames()) };
  const pool = new pg.Pool({ ...connection, ...prepared, max: options.poolMax ?? 10, idleTimeoutMillis: 30_000 });
  // An idle connection's error is emitted by the pool; a checked-out connection's (between two queries of
  // a transaction) by the client itself. Unheard, either is an uncaught exception that ends the process.
  pool.on("error", onConnectionError);
  pool.on("connect", (client) => client.on("error", onConnectionError));
  const db = drizzlePostgres({ client: pool, casing: "snake_case" });
  return {
    kind: "postgres",
    db: ambientAware(db as unknown as Db),
    migrate: async () => {
      const migrationsFolder = findMigrationsFolder();
      await migrateInOneTransaction(pool, migrationsFolder);
      await checkMigrationHistory(db as unknown as Db, migrationsFolder);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}
