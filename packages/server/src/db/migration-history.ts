import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { rowsOf } from "./rows.js";
import type { Executor } from "./types.js";

/** A committed migration: its journal tag, its `when` (drizzle's key for it) and the SHA-256 of its SQL. */
export interface CommittedMigration {
  readonly tag: string;
  readonly when: number;
  readonly hash: string;
}

/** A row of `drizzle.__drizzle_migrations`: what a database has applied. */
export interface AppliedMigration {
  readonly hash: string;
  readonly when: number;
}

/**
 * Why a database's migration history and this build's migrations disagree, or undefined when they agree.
 * Drizzle applies only migrations newer than the newest applied one and never looks back, so each of these
 * would otherwise pass in silence: an applied migration edited since (its hash changed), deleted since (no
 * file has its `when`), a migration older than the newest applied one that never ran (a branch merged late:
 * drizzle would skip it for ever), or a database migrated by a newer build.
 *
 * @example
 * historyMismatch(applied, committed); // "migration 0007_fees was changed after it was applied to this database…"
 */
export function historyMismatch(
  applied: ReadonlyArray<AppliedMigration>,
  committed: ReadonlyArray<CommittedMigration>,
): string | undefined {
  const byWhen = new Map(committed.map((migration) => [migration.when, migration]));
  const newestCommitted = Math.max(0, ...committed.map((migration) => migration.when));
  const appliedWhens = new Set(applied.map((migration) => migration.when));
  for (const row of applied) {
    const file = byWhen.get(row.when);
    if (file === undefined && row.when > newestCommitted) {
      return `this database was migrated by a newer Lendstack (a migration of ${isoOf(row.when)} that this build does not have); run that version or a newer one`;
    }
    if (file === undefined) {
      return `a migration applied to this database (${isoOf(row.when)}) is missing from this build; committed migrations are never deleted`;
    }
    if (file.hash !== row.hash) {
      return `migration ${file.tag} was changed after it was applied to this database; committed migrations are never edited: add a new one`;
    }
  }
  const newestApplied = Math.max(0, ...applied.map((migration) => migration.when));
  const skipped = committed.find((migration) => migration.when < newestApplied && !appliedWhens.has(migration.when));
  if (skipped !== undefined) {
    return `migration ${skipped.tag} is older than the newest one this database applied, so it would never run; regenerate it after the newest migration`;
  }
  return undefined;
}

function isoOf(when: number): string {
  return new Date(when).toISOString();
}

/**
 * The migrations committed in `folder`, in journal order.
 *
 * @example
 * committedMigrations(findMigrationsFolder())[0]?.tag; // "0000_initial"
 */
export function committedMigrations(folder: string): CommittedMigration[] {
  const journal = JSON.parse(readFileSync(join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: Array<{ tag: string; when: number }>;
  };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return journal.entries.map((entry, index) => ({
    tag: entry.tag,
    when: entry.when,
    hash: files[index]?.hash ?? "",
  }));
}

/** Thrown at start when the database's migration history and this build's migrations disagree. */
export class MigrationHistoryError extends Error {
  override readonly name = "MigrationHistoryError";
}

/**
 * Compares what the database applied with the committed migrations, after migrating; throws a
 * `MigrationHistoryError` that says what to do when they disagree, so the server refuses to start on a
 * schema it cannot vouch for.
 *
 * @example
 * await migratePglite(db, { migrationsFolder: folder });
 * await checkMigrationHistory(db, folder);
 */
export async function checkMigrationHistory(executor: Executor, folder: string): Promise<void> {
  const result = await executor.execute(
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at`,
  );
  const rows = rowsOf<{ hash: string; created_at: string }>(result);
  const applied = rows.map((row) => ({ hash: row.hash, when: Number(row.created_at) }));
  const mismatch = historyMismatch(applied, committedMigrations(folder));
  if (mismatch !== undefined) throw new MigrationHistoryError(mismatch);
}
