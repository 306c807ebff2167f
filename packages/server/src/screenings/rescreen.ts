import { createHash } from "node:crypto";
import { type OfacSdnFiles, parseOfacSdnFiles, type SanctionsEntry } from "@lendstack/core/compliance";
import type { Result } from "@lendstack/core/errors";
import { ok } from "@lendstack/core/errors";
import { and, asc, eq, gt } from "drizzle-orm";
import { parties, sanctionsLists } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { IdGenerator } from "../ids.js";
import { SANCTIONS_SOURCE } from "./list-cache.js";
import { screenParty } from "./service.js";

/** What a load did: the list stored and every party screened against it. */
export interface SanctionsLoadResult {
  readonly listId: string;
  readonly entryCount: number;
  readonly aliasCount: number;
  readonly tenants: number;
  readonly partiesScreened: number;
  /** Hits new with this list (hits a party had before are not raised again). */
  readonly newHits: number;
}

const PAGE = 200;

async function rescreenTenant(db: Db, tenantId: string, listId: string, deps: LoadDeps) {
  let screened = 0;
  let newHits = 0;
  let after = "";
  for (;;) {
    const page = await db
      .select({ id: parties.id })
      .from(parties)
      .where(and(eq(parties.tenantId, tenantId), gt(parties.id, after)))
      .orderBy(asc(parties.id))
      .limit(PAGE);
    for (const { id } of page) {
      const context = {
        tenantId,
        actor: "system:sanctions-load",
        requestId: `sanctions-load:${listId}`,
        now: deps.clock(),
        ids: deps.ids,
      };
      const outcome = await db.transaction((tx) =>
        screenParty(tx, context, id, { threshold: deps.threshold, trigger: "list_load" }),
      );
      if (!outcome.ok) throw new Error(`rescreening ${tenantId}/${id}: ${outcome.error.code}`);
      screened++;
      newHits += outcome.value.hits.filter((hit) => hit.screeningId === outcome.value.screening.id).length;
    }
    if (page.length < PAGE) return { screened, newHits };
    after = page[page.length - 1]?.id ?? after;
  }
}

/** What a load needs besides the database: the clock, ids and the hit threshold. */
export interface LoadDeps {
  readonly clock: () => Date;
  readonly ids: IdGenerator;
  readonly threshold: number;
}

/**
 * Loads OFAC's SDN files as the sanctions list in force and rescreens every party of every tenant
 * against it (each party in its own transaction, with its screening, hits, tasks and holds). A file that
 * does not parse stores nothing: `invalid_sanctions_list` with every bad row.
 *
 * @example
 * const loaded = await loadSanctionsList(database.db, { sdn, alt, add }, { clock, ids, threshold: 0.85 });
 */
export async function loadSanctionsList(
  db: Db,
  files: OfacSdnFiles,
  deps: LoadDeps,
): Promise<Result<SanctionsLoadResult>> {
  const parsed = parseOfacSdnFiles(files);
  if (!parsed.ok) return parsed;
  const entries: SanctionsEntry[] = parsed.value;
  const digest = createHash("sha256");
  for (const text of [files.sdn, files.alt, files.add ?? ""]) digest.update(text);
  const listId = deps.ids.next("sls");
  const aliasCount = entries.reduce((sum, entry) => sum + entry.aliases.length, 0);
  await db.insert(sanctionsLists).values({
    id: listId,
    source: SANCTIONS_SOURCE,
    entryCount: entries.length,
    aliasCount,
    filesSha256: digest.digest("hex"),
    entries,
    loadedAt: deps.clock(),
  });
  const tenants = await db.selectDistinct({ tenantId: parties.tenantId }).from(parties).orderBy(asc(parties.tenantId));
  let partiesScreened = 0;
  let newHits = 0;
  for (const { tenantId } of tenants) {
    const done = await rescreenTenant(db, tenantId, listId, deps);
    partiesScreened += done.screened;
    newHits += done.newHits;
  }
  return ok({ listId, entryCount: entries.length, aliasCount, tenants: tenants.length, partiesScreened, newHits });
}
