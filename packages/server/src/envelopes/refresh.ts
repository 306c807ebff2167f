import type { Result } from "@lendstack/core/errors";
import { sql } from "drizzle-orm";
import type { ESignatureProvider, ProviderStatus } from "../adapters/e-signature/provider.js";
import { runInAmbientTransaction } from "../db/ambient.js";
import type { ChangeContext } from "../db/audit.js";
import { rowsOf } from "../db/rows.js";
import type { EnvelopeRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { recordEvent } from "../events/record.js";
import type { IdGenerator } from "../ids.js";
import type { Logger } from "../logger.js";
import { type AppliedStatus, applyProviderStatus } from "./provider-status.js";
import type { ESignatureProviders } from "./providers.js";
import { envelopesStore } from "./store.js";
import { statusAt, toEnvelopeBody } from "./view.js";

// An external envelope learns of progress from its provider's status callbacks; reading it through the API
// also asks the provider (a callback may be late or lost), at most once per `statusRefreshSeconds` per
// envelope across every process (`provider_checked_at`, claimed with SKIP LOCKED).

/**
 * Applies a status the provider confirmed to its envelope (locked by the caller) and records the domain
 * event it makes, if any: what a status callback and a refresh both do.
 *
 * @example
 * const applied = await applyConfirmedStatus(tx, settings, provider, context, envelope, confirmed);
 */
export async function applyConfirmedStatus(
  tx: Db,
  settings: DocumentSettings,
  provider: ESignatureProvider,
  context: ChangeContext,
  envelope: EnvelopeRow,
  confirmed: ProviderStatus,
): Promise<Result<AppliedStatus>> {
  const deps = { db: tx, documents: settings, linkBase: "" };
  const applied = await applyProviderStatus(deps, provider, context, envelope, confirmed);
  if (!applied.ok || applied.value.event === undefined) return applied;
  const store = envelopesStore(tx, context.tenantId);
  const row = await store.find(envelope.id);
  if (row === undefined) throw new Error(`envelope ${envelope.id} vanished`);
  const data = toEnvelopeBody(row, await store.signers(row.id), context.now);
  await recordEvent(tx, context, { type: applied.value.event, resourceType: "envelope", resourceId: row.id, data });
  return applied;
}

/** Marks the envelope checked now unless it was within `seconds` or another request holds it: claimed? */
async function claimCheck(db: Db, row: EnvelopeRow, now: Date, seconds: number): Promise<boolean> {
  const due = new Date(now.getTime() - seconds * 1000).toISOString();
  const claimed = await db.execute(sql`update envelopes set provider_checked_at = ${now.toISOString()}::timestamptz
    where tenant_id = ${row.tenantId} and id = (select id from envelopes
      where tenant_id = ${row.tenantId} and id = ${row.id}
        and (provider_checked_at is null or provider_checked_at <= ${due}::timestamptz)
      for update skip locked)
    returning id`);
  return rowsOf(claimed).length === 1;
}

/** What a refresh needs beside the envelope. */
export interface RefreshDeps {
  readonly db: Db;
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly documents: DocumentSettings;
  readonly providers: ESignatureProviders;
  readonly logger: Logger;
  readonly requestId: string;
}

/** Thrown in the refresh's savepoint to roll back what a refused status had written. */
class RefreshRefused extends Error {}

/**
 * Asks an external, not yet final envelope's provider for its status and applies it (see
 * `applyConfirmedStatus`), at most once per `statusRefreshSeconds`. A provider that fails or refuses
 * changes nothing (logged): the stored state stands. Whether the envelope may have changed.
 *
 * @example
 * if (await refreshFromProvider(deps, row)) row = await store.find(row.id);
 */
export async function refreshFromProvider(deps: RefreshDeps, row: EnvelopeRow): Promise<boolean> {
  const provider = deps.providers.external.get(row.provider);
  const reference = row.providerReference;
  const now = deps.clock();
  const open = ["sent", "partially_signed"].includes(statusAt(row, now));
  if (provider === undefined || reference === null || !open) return false;
  if (!(await claimCheck(deps.db, row, now, deps.providers.statusRefreshSeconds))) return false;
  const context: ChangeContext = {
    tenantId: row.tenantId,
    actor: `e-signature:${provider.name}`,
    requestId: deps.requestId,
    now,
    ids: deps.ids,
  };
  try {
    return await runInAmbientTransaction(deps.db, async (tx) => {
      const confirmed = await provider.status(row.tenantId, reference);
      const envelope = await envelopesStore(tx, row.tenantId).find(row.id, { lock: true });
      if (envelope === undefined) return false;
      const applied = await applyConfirmedStatus(tx, deps.documents, provider, context, envelope, confirmed);
      if (!applied.ok) throw new RefreshRefused(`${applied.error.code}: ${applied.error.message}`);
      return applied.value.changed;
    });
  } catch (error) {
    deps.logger.warn(
      { err: error, envelopeId: row.id, provider: provider.name },
      "e-signature status refresh failed; the stored state stands",
    );
    return false;
  }
}
