import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { canonicalJson, GENESIS_HASH } from "../db/audit-chain.js";
import { type EnvelopeEventRow, type EnvelopeRow, envelopeEvents, envelopes } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** What an envelope event says happened, before it is chained. */
export interface EnvelopeEventInput {
  readonly type: string;
  readonly signerId?: string | null;
  readonly actor: string;
  readonly occurredAt: Date;
  readonly ipAddress?: string | null;
  readonly userAgent?: string | null;
  readonly details?: Record<string, unknown>;
}

type ChainedContent = Omit<EnvelopeEventRow, "hash">;

/**
 * The SHA-256 (hex) of an envelope event: its fields as a JSON array in a fixed order (details canonical,
 * keys sorted), ending with the previous event's hash, so changing, removing or reordering any event
 * breaks every hash after it.
 *
 * @example
 * const hash = hashEnvelopeEvent({ ...content, previousHash: GENESIS_HASH });
 */
export function hashEnvelopeEvent(event: ChainedContent): string {
  const serialized = [
    event.tenantId,
    event.envelopeId,
    event.sequence,
    event.type,
    event.signerId,
    event.actor,
    event.occurredAt.toISOString(),
    event.ipAddress,
    event.userAgent,
    canonicalJson(event.details),
    event.previousHash,
  ];
  return createHash("sha256").update(JSON.stringify(serialized), "utf8").digest("hex");
}

/**
 * Appends an event to an envelope's chain (the envelope row locked by the caller, passed as it is now) and
 * moves the envelope's anchor (`eventCount`, `headHash`); returns the envelope's new anchor.
 *
 * @example
 * const anchor = await appendEnvelopeEvent(tx, envelope, { type: "voided", actor, occurredAt: now });
 */
export async function appendEnvelopeEvent(
  executor: Executor,
  envelope: Pick<EnvelopeRow, "tenantId" | "id" | "eventCount" | "headHash">,
  input: EnvelopeEventInput,
): Promise<{ eventCount: number; headHash: string }> {
  const content: ChainedContent = {
    tenantId: envelope.tenantId,
    envelopeId: envelope.id,
    sequence: envelope.eventCount + 1,
    type: input.type,
    signerId: input.signerId ?? null,
    actor: input.actor,
    occurredAt: input.occurredAt,
    ipAddress: input.ipAddress ?? null,
    userAgent: input.userAgent ?? null,
    details: input.details ?? {},
    previousHash: envelope.eventCount === 0 ? GENESIS_HASH : envelope.headHash,
  };
  const hash = hashEnvelopeEvent(content);
  await executor.insert(envelopeEvents).values({ ...content, hash });
  const anchor = { eventCount: content.sequence, headHash: hash };
  await executor
    .update(envelopes)
    .set(anchor)
    .where(and(eq(envelopes.tenantId, envelope.tenantId), eq(envelopes.id, envelope.id)));
  return anchor;
}

/** An envelope's events, oldest first. @example const events = await envelopeEventsOf(db, tenantId, id); */
export function envelopeEventsOf(executor: Executor, tenantId: string, envelopeId: string) {
  return executor
    .select()
    .from(envelopeEvents)
    .where(and(eq(envelopeEvents.tenantId, tenantId), eq(envelopeEvents.envelopeId, envelopeId)))
    .orderBy(asc(envelopeEvents.sequence));
}

/** The first break in a chain, if any. */
export interface ChainBreak {
  readonly sequence: number;
  readonly reason: "sequence_gap" | "previous_hash_mismatch" | "hash_mismatch" | "head_mismatch";
}

/**
 * Recomputes an envelope's chain: sequences 1…n without a gap, each event's `previousHash` the hash
 * before it and its `hash` its own content's, and the last one the envelope's anchor.
 *
 * @example
 * const broken = checkEnvelopeChain(events, envelope); // undefined when intact
 */
export function checkEnvelopeChain(
  events: ReadonlyArray<EnvelopeEventRow>,
  anchor: Pick<EnvelopeRow, "eventCount" | "headHash">,
): ChainBreak | undefined {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.sequence !== index + 1) return { sequence: index + 1, reason: "sequence_gap" };
    if (event.previousHash !== previous) return { sequence: event.sequence, reason: "previous_hash_mismatch" };
    const { hash, ...content } = event;
    if (hashEnvelopeEvent(content) !== hash) return { sequence: event.sequence, reason: "hash_mismatch" };
    previous = hash;
  }
  if (events.length !== anchor.eventCount || previous !== anchor.headHash) {
    return { sequence: events.length, reason: "head_mismatch" };
  }
  return undefined;
}
