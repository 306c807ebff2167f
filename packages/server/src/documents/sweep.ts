import { inArray } from "drizzle-orm";
import type { DocumentStorage } from "../adapters/document-storage/index.js";
import { documents } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { idTime, isIdWithPrefix } from "../ids.js";

/** Keys checked against the documents table per query. */
const BATCH = 500;

/** What a sweep found and did. */
export interface SweepResult {
  /** Objects in the storage. */
  readonly objects: number;
  /** Document objects no row of any tenant references, older than the grace period, by key. */
  readonly orphans: ReadonlyArray<string>;
  /** How many of them it deleted (none in a report). */
  readonly deleted: number;
}

/** @example { now: new Date(), graceMs: 24 * 3_600_000, remove: true } */
export interface SweepOptions {
  readonly now: Date;
  /** An object younger than this may belong to an upload whose row is still being written: left alone. */
  readonly graceMs: number;
  /** Delete the orphans (else only report them). */
  readonly remove: boolean;
}

/**
 * Finds the document objects no document row references — left by a process that died between storing an
 * upload's bytes and committing its row — and deletes them. Only objects named like a document id (the key
 * an upload is stored under) and made more than `graceMs` ago are touched; rows are read across tenants, so
 * run it with the database's owner connection (the CLI's).
 *
 * @example
 * const { orphans } = await sweepOrphanedDocuments(db, storage, { now: new Date(), graceMs: 86_400_000, remove: true });
 */
export async function sweepOrphanedDocuments(
  executor: Executor,
  storage: DocumentStorage,
  options: SweepOptions,
): Promise<SweepResult> {
  const keys = await storage.keys();
  const before = options.now.getTime() - options.graceMs;
  const candidates = keys.filter((key) => isIdWithPrefix(key, "doc") && idTime(key).getTime() < before);
  const orphans: string[] = [];
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const rows = await executor
      .select({ key: documents.storageKey })
      .from(documents)
      .where(inArray(documents.storageKey, batch));
    const referenced = new Set(rows.map((row) => row.key));
    orphans.push(...batch.filter((key) => !referenced.has(key)));
  }
  if (options.remove) for (const key of orphans) await storage.delete(key);
  return { objects: keys.length, orphans, deleted: options.remove ? orphans.length : 0 };
}
