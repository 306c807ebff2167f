import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { parties, type ScreeningHitRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { completeSystemTask } from "../tasks/system.js";
import { releaseParty } from "./hold.js";
import { screeningsStore } from "./store.js";

/** A reviewer's decision on a hit. */
export type HitReview = "cleared" | "confirmed";

/**
 * Records a reviewer's decision on an open hit — `cleared` (a false positive) or `confirmed` (the listed
 * entry) — with the note, completes its review task, and lifts the party's hold once none of its hits
 * is open or confirmed (a confirmed hit keeps the party held). Audit records and events
 * (`task.completed`, `party.released`; the operation's `screening_hit.cleared|confirmed` is recorded by
 * the route's event middleware) go with it. A hit reviewed
 * already: 409 `screening_hit_reviewed`; none: 404 `screening_hit_not_found`.
 *
 * @example
 * const cleared = await reviewScreeningHit(db, context, "sch_…", "cleared", "Date of birth differs");
 */
export async function reviewScreeningHit(
  executor: Executor,
  context: ChangeContext,
  hitId: string,
  decision: HitReview,
  note: string,
): Promise<Result<ScreeningHitRow>> {
  const store = screeningsStore(executor, context.tenantId);
  const hit = await store.findHit(hitId, { lock: true });
  if (hit === undefined)
    return fail("screening_hit_not_found", `No screening hit ${hitId} in this tenant.`, ["screeningHitId"]);
  if (hit.status !== "open") {
    return fail("screening_hit_reviewed", `Screening hit ${hitId} is ${hit.status} already; a review is final.`);
  }
  const [party] = await executor
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, context.tenantId), eq(parties.id, hit.partyId)))
    .for("update");
  const reviewed = await store.updateHit(hitId, {
    status: decision,
    reviewedBy: context.actor,
    reviewedAt: context.now,
    reviewNote: note,
    updatedAt: context.now,
  });
  if (hit.taskId !== null) await completeSystemTask(executor, context, hit.taskId, decision, note);
  const type = decision === "cleared" ? "screening_hit.cleared" : "screening_hit.confirmed";
  await writeAudit(executor, context, {
    action: type,
    resourceType: "screening_hit",
    resourceId: hitId,
    details: { partyId: hit.partyId, entryId: hit.entryId, note },
  });
  const stillHeld = (await store.hitsOfParty(hit.partyId)).some((other) => other.status !== "cleared");
  if (party !== undefined && !stillHeld) await releaseParty(executor, context, party);
  return ok(reviewed);
}
