import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PartyRow, parties } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { toPartyBody } from "../parties/view.js";

/** Why a party is held while a sanctions hit is open. */
export const SANCTIONS_HOLD = "sanctions_review";

async function setHold(executor: Executor, context: ChangeContext, party: PartyRow, held: boolean): Promise<PartyRow> {
  const changes = held ? { holdReason: SANCTIONS_HOLD, heldAt: context.now } : { holdReason: null, heldAt: null };
  const [row] = await executor
    .update(parties)
    .set({ ...changes, updatedAt: context.now })
    .where(and(eq(parties.tenantId, context.tenantId), eq(parties.id, party.id)))
    .returning();
  if (row === undefined) throw new Error(`party ${party.id} vanished under its row lock`);
  const type = held ? "party.held" : "party.released";
  await writeAudit(executor, context, {
    action: type,
    resourceType: "party",
    resourceId: party.id,
    details: { reason: SANCTIONS_HOLD },
  });
  await recordEvent(executor, context, {
    type,
    resourceType: "party",
    resourceId: party.id,
    data: toPartyBody(row, undefined),
  });
  return row;
}

/**
 * Puts the party on hold for sanctions review (unless it is already), with its audit record and
 * `party.held` event, in the caller's transaction.
 *
 * @example
 * await holdParty(tx, context, party);
 */
export function holdParty(executor: Executor, context: ChangeContext, party: PartyRow): Promise<PartyRow> {
  return party.holdReason === SANCTIONS_HOLD ? Promise.resolve(party) : setHold(executor, context, party, true);
}

/**
 * Lifts the sanctions hold (when the party has one): `party.released`.
 *
 * @example
 * await releaseParty(tx, context, party);
 */
export function releaseParty(executor: Executor, context: ChangeContext, party: PartyRow): Promise<PartyRow> {
  return party.holdReason === SANCTIONS_HOLD ? setHold(executor, context, party, false) : Promise.resolve(party);
}
