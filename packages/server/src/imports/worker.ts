import { ok, type Result } from "@lendstack/core/errors";
import { and, asc, eq, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { type ImportRecordRow, imports } from "../db/schema/index.js";
import type { IdGenerator } from "../ids.js";
import { businessDateOf } from "../tenants/business-date.js";
import { loadTenantSettings } from "../tenants/store.js";
import { type BoardingOptions, boardPending } from "./service.js";

/** How long a worker holds an import it boards before another may take it over; each batch renews it. */
export const IMPORT_LEASE_MS = 60_000;

/** What {@link boardQueuedImport} needs. */
export interface ImportWorkerOptions extends BoardingOptions {
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
}

/**
 * Claims the oldest background import still boarding whose lease is free or has lapsed (its worker
 * died), under `FOR UPDATE SKIP LOCKED` in a short transaction of its own, and takes the lease.
 */
async function claim(db: Db, now: Date): Promise<ImportRecordRow | undefined> {
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
    const claimedUntil = new Date(now.getTime() + IMPORT_LEASE_MS);
    await tx
      .update(imports)
      .set({ claimedUntil })
      .where(and(eq(imports.tenantId, candidate.tenantId), eq(imports.id, candidate.id)));
    return { ...candidate, claimedUntil };
  });
}

/**
 * One pass of the imports loop: boards the loans of one background import (`background: true`), each
 * loan in its own transaction, its progress written after each batch in a short transaction of its own
 * (which renews the lease), so `GET /v1/imports/{id}` shows it as it goes. Returns the import it
 * boarded, or undefined when none was waiting. Several workers share the work: each import has one at
 * a time, and one whose worker died is taken over when its lease lapses.
 *
 * @example const boarded = await boardQueuedImport({ db, clock, ids });
 */
export async function boardQueuedImport(options: ImportWorkerOptions): Promise<Result<ImportRecordRow> | undefined> {
  const { db, clock } = options;
  const record = await claim(db, clock());
  if (record === undefined) return undefined;
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
  const boarded = await boardPending(db, context, record.id, undefined, {
    ...options,
    leaseMs: IMPORT_LEASE_MS,
  });
  return boarded.ok ? ok(boarded.value) : boarded;
}
