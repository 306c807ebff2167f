import { readMigrationFiles } from "drizzle-orm/migrator";
import type pg from "pg";

/** Arbitrary, fixed key for the migration lock ("lendstk" in ASCII). */
const MIGRATION_LOCK_KEY = 0x6c656e6473746bn.toString();

/**
 * Applies the pending migrations as drizzle's migrator does (same `drizzle.__drizzle_migrations` table:
 * each migration newer than the newest applied one, in journal order, recorded with its hash and `when`),
 * but all inside ONE transaction that first takes a transaction-scoped advisory lock. So processes starting
 * at once migrate one at a time, and nothing depends on the session: it works through a transaction-mode
 * pooler (PgBouncer), where a session advisory lock would be taken on one server connection and released
 * on another. Returns how many migrations it applied.
 *
 * @example
 * const applied = await migrateInOneTransaction(pool, findMigrationsFolder());
 */
export async function migrateInOneTransaction(pool: pg.Pool, migrationsFolder: string): Promise<number> {
  const migrations = readMigrationFiles({ migrationsFolder });
  const client = await pool.connect();
  let released = false;
  try {
    await client.query("begin");
    // A migration (or the wait for another process's) may outlast the requests' statement timeout.
    await client.query("set local statement_timeout = 0");
    await client.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query('create schema if not exists "drizzle"');
    await client.query(
      'create table if not exists "drizzle"."__drizzle_migrations" (id serial primary key, hash text not null, created_at bigint)',
    );
    const newest = await client.query<{ created_at: string }>(
      'select created_at from "drizzle"."__drizzle_migrations" order by created_at desc limit 1',
    );
    const newestWhen = newest.rows[0] === undefined ? undefined : Number(newest.rows[0].created_at);
    let applied = 0;
    for (const migration of migrations) {
      if (newestWhen !== undefined && migration.folderMillis <= newestWhen) continue;
      for (const statement of migration.sql) await client.query(statement);
      await client.query('insert into "drizzle"."__drizzle_migrations" (hash, created_at) values ($1, $2)', [
        migration.hash,
        migration.folderMillis,
      ]);
      applied += 1;
    }
    await client.query("commit");
    return applied;
  } catch (error) {
    // A connection that cannot even roll back is broken: the pool must not hand it out again.
    await client.query("rollback").catch((rollbackError: Error) => {
      client.release(rollbackError);
      released = true;
    });
    throw error;
  } finally {
    if (!released) client.release();
  }
}
