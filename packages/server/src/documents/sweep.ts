import { inArray } from "drizzle-orm";
import type { DocumentStorage } from "../adapters/document-storage/index.js";
import { documents } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { idTime, isIdWithPrefix } from "../ids.js";

/** Keys listed, checked against the documents table and settled per page, by default. */
export const SWEEP_PAGE_SIZE = 500;

/** What a sweep found and did. */
export interface SweepResult {
  /** Objects in the storage. */
  readonly objects: number;
  /** Document objects no row of any tenant references, older than the grace period. */
  readonly orphans: number;
  /** How many of them it deleted (none in a report). */
  readonly deleted: number;
  /** The most storage keys the sweep held at once: one page, never the whole listing. */
  readonly peakKeysHeld: number;
}

/** @example { now: new Date(), graceMs: 24 * 3_600_000, remove: true } */
export interface SweepOptions {
  readonly now: Date;
  /** An object younger than this may belong to an upload whose row is still being written: left alone. */
  readonly graceMs: number;
  /** Delete the orphans (else only report them). */
  readonly remove: boolean;
  /** Keys listed and checked at a time (default {@link SWEEP_PAGE_SIZE}). */
  readonly pageSize?: number | undefined;
  /** Told each orphan as it is found (and deleted, unless a report), so no list of them is kept. */
  readonly onOrphan?: ((key: string) => void) | undefined;
}

/** The page's document keys made before `before` that no document row references. */
async function orphansOf(executor: Executor, page: ReadonlyArray<string>, before: number): Promise<string[]> {
  const candidates = page.filter((key) => isIdWithPrefix(key, "doc") && idTime(key).getTime() < before);
  if (candidates.length === 0) return [];
  const rows = await executor
    .select({ key: documents.storageKey })
    .from(documents)
    .where(inArray(documents.storageKey, candidates));
  const referenced = new Set(rows.map((row) => row.key));
  return candidates.filter((key) => !referenced.has(key));
}

/**
 * Finds the document objects no document row references — left by a process that died between storing an
 * upload's bytes and committing its row — and deletes them. Only objects named like a document id (the key
 * an upload is stored under) and made more than `graceMs` ago are touched; rows are read across tenants, so
 * run it with the database's owner connection (the CLI's). The storage is walked a page at a time: each
 * page's keys are checked in one query and its orphans deleted before the next page is listed, so memory
 * holds one page whatever the storage's size.
 *
 * @example
 * const { orphans } = await sweepOrphanedDocuments(db, storage, { now: new Date(), graceMs: 86_400_000, remove: true });
 */
export async function sweepOrphanedDocuments(
  executor: Executor,
  storage: DocumentStorage,
  options: SweepOptions,
): Promise<SweepResult> {
  const before = options.now.getTime() - options.graceMs;
  let objects = 0;
  let orphans = 0;
  let deleted = 0;
  let peakKeysHeld = 0;
  for await (const page of storage.keyPages({ pageSize: options.pageSize ?? SWEEP_PAGE_SIZE })) {
    objects += page.length;
    peakKeysHeld = Math.max(peakKeysHeld, page.length);
    for (const key of await orphansOf(executor, page, before)) {
      orphans += 1;
      if (options.remove) {
        await storage.delete(key);
        deleted += 1;
      }
      options.onOrphan?.(key);
    }
  }
  return { objects, orphans, deleted, peakKeysHeld };
}
