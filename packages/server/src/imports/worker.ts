import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { type ImportRecordRow, imports } from "../db/schema/index.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";
import type { IdGenerator } from "../ids.js";
import { businessDateOf } from "../tenants/business-date.js";
import { loadTenantSettings } from "../tenants/store.js";
import { type BoardingOptions, boardPending } from "./service.js";
import { importsStore } from "./store.js";

/** How long a worker holds an import it boards before another may take it over; each batch renews it. */
export const IMPORT_LEASE_MS = 60_000;

/** Claims of one background import in a row that may end without a batch boarded before it is `failed`. */
export const IMPORT_MAX_ATTEMPTS = 5;

/** What {@link boardQueuedImport} needs. */
export interface ImportWorkerOptions extends BoardingOptions {
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  /** Claims without a batch boarded before the import is `failed` (default {@link IMPORT_MAX_ATTEMPTS}). */
  readonly maxAttempts?: number | undefined;
}

/** A claimed import, or one the claim found out of attempts and marked `failed`. */
type Claimed = { readonly record: ImportRecordRow; readonly isExhausted: boolean };

function exhaustedFailure(record: ImportRecordRow) {
  const last = record.failure === null ? "" : ` (the last: ${record.failure.code}: ${record.failure.reason})`;
  return {
    code: "import_attempts_exhausted",
    reason: `${record.attempts} workers in a row stopped before boarding a batch${last}; post the file again to board the rest`,
  };
}

/**
 * Claims the oldest background import still boarding whose lease is free or has lapsed (its worker
 * died), under `FOR UPDATE SKIP LOCKED` in a short transaction of its own: takes the lease and counts
 * the attempt, or, when `maxAttempts` claims in a row ended without a batch boarded, marks it `failed`.
 */
async function claim(db: Db, now: Date, maxAttempts: number): Promise<Claimed | undefined> {
  return db.transaction(async (tx) => {
    const [candidate] = await tx
      .select()
      .from(imports)
      .where(
        and(
          eq(imports.status, "boarding"),
          eq(imports.background, true),
          or(isNull(imports.claimedUntil), lt(imports.claimedUntil, now)),
        ),
      )
      .orderBy(asc(imports.createdAt))
      .limit(1)
      .for("update", { skipLocked: true });
    if (candidate === undefined) return undefined;
    if (candidate.attempts >= maxAttempts) {
      const failure = exhaustedFailure(candidate);
      await importsStore(tx, candidate.tenantId).markFailed(candidate.id, now, failure);
      return { record: { ...candidate, status: "failed", failure }, isExhausted: true };
    }
    const claimedUntil = new Date(now.getTime() + IMPORT_LEASE_MS);
    await tx
      .update(imports)
      .set({ claimedUntil, attempts: sql`${imports.attempts} + 1` })
      .where(and(eq(imports.tenantId, candidate.tenantId), eq(imports.id, candidate.id)));
    return { record: { ...candidate, claimedUntil, attempts: candidate.attempts + 1 }, isExhausted: false };
  });
}

/**
 * Notes on the import what stopped its worker (the detail goes to the worker's log, not the API), if
 * the database lets it; the import stays `boarding` and is retried when the lease lapses.
 */
async function noteInterruption(db: Db, record: ImportRecordRow, error: unknown): Promise<void> {
  const failure = isDatabaseUnavailable(error)
    ? { code: "database_unavailable", reason: "the database was unavailable; retried when the lease lapses" }
    : { code: "worker_error", reason: "the worker stopped on an error (see its log); retried when the lease lapses" };
  try {
    await db
      .update(imports)
      .set({ failure })
      .where(and(eq(imports.tenantId, record.tenantId), eq(imports.id, record.id), eq(imports.status, "boarding")));
  } catch {
    // The database is still away: the attempt counted at the claim stands, the note is lost.
  }
}

/**
 * One pass of the imports loop: boards the loans of one background import (`background: true`), each
 * loan in its own transaction, its progress written after each batch in a short transaction of its own
 * (which renews the lease), so `GET /v1/imports/{id}` shows it as it goes. Returns the import it
 * boarded, or undefined when none was waiting. Several workers share the work: each import has one at
 * a time, and one whose worker died is taken over when its lease lapses.
 *
 * A permanent failure (the import's product gone, its stored file unreadable) marks the import `failed`
 * with the problem and is never retried. A thrown error (the database unavailable, a crash) leaves it
 * `boarding` for the next worker once the lease lapses, but only `maxAttempts` claims in a row without a
 * batch boarded: then it is `failed` with `import_attempts_exhausted`.
 *
 * @example const boarded = await boardQueuedImport({ db, clock, ids });
 */
export async function boardQueuedImport(options: ImportWorkerOptions): Promise<Result<ImportRecordRow> | undefined> {
  const { db, clock } = options;
  const claimed = await claim(db, clock(), options.maxAttempts ?? IMPORT_MAX_ATTEMPTS);
  if (claimed === undefined) return undefined;
  const { record } = claimed;
  if (claimed.isExhausted) {
    const failure = record.failure ?? { code: "import_attempts_exhausted", reason: "" };
    return fail(failure.code, failure.reason, ["importId"]);
  }
  try {
    const settings = await loadTenantSettings(db, record.tenantId);
    const now = clock();
    const context = {
      tenantId: record.tenantId,
      actor: record.requestedBy ?? "import-worker",
      requestId: `import-worker:${record.id}`,
      now,
      ids: options.ids,
      businessDate: businessDateOf(now, settings),
    };
    const boarded = await boardPending(db, context, record.id, undefined, { ...options, leaseMs: IMPORT_LEASE_MS });
    return boarded.ok ? ok(boarded.value) : boarded;
  } catch (error) {
    await noteInterruption(db, record, error);
    throw error;
  }
}
