import { type ScreeningHit, screenName } from "@lendstack/core/compliance";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PartyRow, parties, type ScreeningHitRow, type ScreeningRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { createHitReviewTask } from "./hit-task.js";
import { holdParty } from "./hold.js";
import { currentSanctionsList } from "./list-cache.js";
import { partyNames } from "./party-names.js";
import { screeningsStore } from "./store.js";
import { toScreeningBody, toScreeningHitBody } from "./view.js";

/** The hit threshold when `SANCTIONS_MATCH_THRESHOLD` is unset: recall 1.0, precision 0.96 on the labelled set. */
export const DEFAULT_SANCTIONS_MATCH_THRESHOLD = 0.85;

/** What ran a screening. */
export type ScreeningTrigger = "api" | "list_load" | "application";

/** A screening with every hit it found (new ones open; ones found before as they stand). */
export interface ScreeningOutcome {
  readonly screening: ScreeningRow;
  readonly hits: ReadonlyArray<ScreeningHitRow>;
  readonly party: PartyRow;
}

/** 404 for a party the tenant does not have. */
export function partyNotFound(partyId: string) {
  return fail("party_not_found", `No party ${partyId} in this tenant.`, ["partyId"]);
}

async function lockParty(executor: Executor, tenantId: string, partyId: string): Promise<PartyRow | undefined> {
  const [row] = await executor
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, tenantId), eq(parties.id, partyId)))
    .for("update");
  return row;
}

/** Each entry's best hit over all of a party's names, best first. */
function bestHitPerEntry(names: ReadonlyArray<string>, screen: (name: string) => ScreeningHit[]): ScreeningHit[] {
  const best = new Map<string, ScreeningHit>();
  for (const name of names) {
    for (const hit of screen(name)) {
      const seen = best.get(hit.entry.id);
      if (seen === undefined || hit.score > seen.score) best.set(hit.entry.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}

/** A new hit's row (without the task it gets next). */
function hitRow(context: ChangeContext, screening: ScreeningRow, hit: ScreeningHit) {
  return {
    id: context.ids.next("sch"),
    screeningId: screening.id,
    partyId: screening.partyId,
    listId: screening.listId,
    entryId: hit.entry.id,
    entryName: hit.entry.name,
    entryType: hit.entry.type,
    programs: [...hit.entry.programs],
    matchedName: hit.matchedName,
    aliasId: hit.aliasId,
    screenedName: hit.screenedName,
    score: hit.score.toFixed(4),
    status: "open",
    reviewedBy: null,
    reviewedAt: null,
    reviewNote: null,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/** Stores the hits not found before (each with its review task), returning every hit of this screening. */
async function recordHits(
  executor: Executor,
  context: ChangeContext,
  screening: ScreeningRow,
  found: ReadonlyArray<ScreeningHit>,
): Promise<ScreeningHitRow[]> {
  const store = screeningsStore(executor, context.tenantId);
  const known = new Map((await store.hitsOfParty(screening.partyId)).map((row) => [row.entryId, row]));
  const hits: ScreeningHitRow[] = [];
  for (const hit of found) {
    const existing = known.get(hit.entry.id);
    if (existing !== undefined) {
      hits.push(existing);
      continue;
    }
    const row = hitRow(context, screening, hit);
    const task = await createHitReviewTask(executor, context, row);
    const stored = await store.insertHit({ ...row, taskId: task.id });
    await writeAudit(executor, context, {
      action: "screening_hit.raised",
      resourceType: "screening_hit",
      resourceId: row.id,
      details: { partyId: row.partyId, entryId: row.entryId, score: row.score, taskId: task.id },
    });
    await recordEvent(executor, context, {
      type: "screening_hit.raised",
      resourceType: "screening_hit",
      resourceId: row.id,
      data: toScreeningHitBody(stored),
    });
    hits.push(stored);
  }
  return hits;
}

/**
 * Screens a party's names (a person's name, a business's legal and DBA names, other names given) against
 * the sanctions list in force, in the caller's transaction: stores the screening; each entry a name
 * scores at least `threshold` against becomes a hit (once per party and entry) with a "Review sanctions
 * hit" task; while any hit of the party is open it is put on hold. Audit records and events
 * (`screening.completed`, `screening_hit.raised`, `task.created`, `party.held`) go with the change. No
 * list loaded: 409 `sanctions_list_not_loaded`; no such party: 404 `party_not_found`.
 *
 * @example
 * const screened = await screenParty(db, context, "pty_…", { threshold: 0.85, trigger: "api" });
 */
export async function screenParty(
  executor: Executor,
  context: ChangeContext,
  partyId: string,
  options: { readonly threshold: number; readonly trigger: ScreeningTrigger },
): Promise<Result<ScreeningOutcome>> {
  const party = await lockParty(executor, context.tenantId, partyId);
  if (party === undefined) return partyNotFound(partyId);
  const list = await currentSanctionsList(executor);
  if (list === undefined) {
    return fail("sanctions_list_not_loaded", "No sanctions list is loaded: run `lendstack sanctions load <dir>`.");
  }
  const names = partyNames(party);
  const found = bestHitPerEntry(names, (name) => screenName(list.index, name, { threshold: options.threshold }));
  const screening = await screeningsStore(executor, context.tenantId).insertScreening({
    id: context.ids.next("scr"),
    partyId,
    listId: list.id,
    threshold: String(options.threshold),
    namesScreened: names.length,
    hitCount: found.length,
    outcome: found.length > 0 ? "potential_match" : "clear",
    trigger: options.trigger,
    createdAt: context.now,
  });
  const hits = await recordHits(executor, context, screening, found);
  const anyOpen = (await screeningsStore(executor, context.tenantId).hitsOfParty(partyId)).some(
    (hit) => hit.status !== "cleared",
  );
  const held = anyOpen ? await holdParty(executor, context, party) : party;
  await writeAudit(executor, context, {
    action: "screening.completed",
    resourceType: "screening",
    resourceId: screening.id,
    details: { partyId, listId: list.id, outcome: screening.outcome, hitIds: hits.map((hit) => hit.id) },
  });
  if (options.trigger !== "api") {
    // A request's `screening.completed` is recorded by the route's event middleware, with its response.
    await recordEvent(executor, context, {
      type: "screening.completed",
      resourceType: "screening",
      resourceId: screening.id,
      data: toScreeningBody(screening, hits),
    });
  }
  return ok({ screening, hits, party: held });
}
