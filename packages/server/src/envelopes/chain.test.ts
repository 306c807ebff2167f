import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GENESIS_HASH } from "../db/audit-chain.js";
import type { EnvelopeEventRow } from "../db/schema/index.js";
import { checkEnvelopeChain, hashEnvelopeEvent } from "./chain.js";

// The envelope log's hash chain: an intact log checks, and any change to any field of any event, a
// removed event or two events swapped is found, at the first event that no longer holds.

type Content = Omit<EnvelopeEventRow, "hash" | "previousHash" | "sequence" | "tenantId" | "envelopeId">;

const contentArbitrary: fc.Arbitrary<Content> = fc.record({
  type: fc.constantFrom("created", "link_issued", "viewed", "consented", "signed", "completed", "voided"),
  signerId: fc.option(fc.constantFrom("sgr_01JGFJJZ0000000000000000AB", "sgr_01JGFJJZ0000000000000000AC")),
  actor: fc.string({ maxLength: 12 }),
  occurredAt: fc.date({
    min: new Date("2026-01-01T00:00:00Z"),
    max: new Date("2027-01-01T00:00:00Z"),
    noInvalidDate: true,
  }),
  ipAddress: fc.option(fc.ipV4()),
  userAgent: fc.option(fc.string({ maxLength: 20 })),
  details: fc.dictionary(
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.oneof(fc.string({ maxLength: 8 }), fc.integer()),
  ),
});

function chain(contents: ReadonlyArray<Content>): EnvelopeEventRow[] {
  const events: EnvelopeEventRow[] = [];
  let previousHash = GENESIS_HASH;
  for (const [index, content] of contents.entries()) {
    const row = {
      ...content,
      tenantId: "t",
      envelopeId: "env_01JGFJJZ0000000000000000AB",
      sequence: index + 1,
      previousHash,
    };
    const hash = hashEnvelopeEvent(row);
    events.push({ ...row, hash });
    previousHash = hash;
  }
  return events;
}

const anchorOf = (events: ReadonlyArray<EnvelopeEventRow>) => ({
  eventCount: events.length,
  headHash: events.at(-1)?.hash ?? GENESIS_HASH,
});

describe("the envelope event chain", () => {
  it("checks an intact log", () => {
    fc.assert(
      fc.property(fc.array(contentArbitrary, { minLength: 1, maxLength: 8 }), (contents) => {
        const events = chain(contents);
        expect(checkEnvelopeChain(events, anchorOf(events))).toBeUndefined();
      }),
    );
  });

  it("finds any changed field of any event at that event", () => {
    const fields = ["type", "signerId", "actor", "occurredAt", "ipAddress", "userAgent", "details"] as const;
    fc.assert(
      fc.property(
        fc.array(contentArbitrary, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.constantFrom(...fields),
        (contents, at, field) => {
          const events = chain(contents);
          const anchor = anchorOf(events);
          const index = at % events.length;
          const event = events[index] as EnvelopeEventRow;
          const changed: Record<(typeof fields)[number], unknown> = {
            type: `${event.type}x`,
            signerId: event.signerId === null ? "sgr_x" : null,
            actor: `${event.actor}x`,
            occurredAt: new Date(event.occurredAt.getTime() + 1),
            ipAddress: event.ipAddress === null ? "10.0.0.1" : null,
            userAgent: `${event.userAgent ?? ""}x`,
            details: { ...event.details, tampered: true },
          };
          events[index] = { ...event, [field]: changed[field] };
          expect(checkEnvelopeChain(events, anchor)).toEqual({ sequence: index + 1, reason: "hash_mismatch" });
        },
      ),
    );
  });

  it("finds a removed or reordered event, and a rewritten tail against the envelope's anchor", () => {
    fc.assert(
      fc.property(fc.array(contentArbitrary, { minLength: 2, maxLength: 8 }), fc.nat(), (contents, at) => {
        const events = chain(contents);
        const anchor = anchorOf(events);
        const index = at % events.length;
        expect(checkEnvelopeChain(events.toSpliced(index, 1), anchor)).toBeDefined();
        const swapped = [...events];
        [swapped[0], swapped[1]] = [swapped[1] as EnvelopeEventRow, swapped[0] as EnvelopeEventRow];
        expect(checkEnvelopeChain(swapped, anchor)).toMatchObject({ sequence: 1 });
        // A whole log rewritten consistently from scratch still differs from the anchor the envelope kept.
        const rewritten = chain([
          ...contents.slice(0, -1),
          { ...(contents.at(-1) as Content), actor: `${contents.at(-1)?.actor}+forged` },
        ]);
        expect(checkEnvelopeChain(rewritten, anchor)).toEqual({ sequence: events.length, reason: "head_mismatch" });
      }),
    );
  });
});
