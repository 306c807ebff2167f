import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type * as schema from "./schema/index.js";

/** The tables, for drizzle's typed queries. @example const tables: Schema = schema; */
export type Schema = typeof schema;

/**
 * A drizzle database over either backend; repositories take this (or a transaction) and nothing else. It is
 * opened without the schema: the schema serves only drizzle's relational queries (`db.query.…`), which nothing
 * uses, and with it every transaction built a query builder per table (about 1 % of a payment's CPU).
 *
 * @example
 * const rows = await database.db.select().from(products).where(eq(products.tenantId, tenantId));
 */
export type Db = PgDatabase<PgQueryResultHKT>;

/** An open transaction on either backend. @example await db.transaction(async (tx: Tx) => { … }); */
export type Tx = PgTransaction<PgQueryResultHKT>;

/** Where queries run: the database itself or an open transaction. @example productsRepository(executor, tenantId) */
export type Executor = Db | Tx;

/**
 * One database, whichever backend holds it. Both PGlite (embedded, WASM Postgres) and a PostgreSQL
 * server reached through a `pg` (node-postgres) pool satisfy it.
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
  /**
   * Applies the committed migrations in `packages/server/drizzle`; safe to call on every start. Throws a
   * `MigrationHistoryError` when the database applied a migration this build does not have as committed.
   */
  migrate(): Promise<void>;
  /** Runs `select 1`; rejects when the database cannot answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
