import { asc, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInAmbientTransaction } from "../src/db/ambient.js";
import { events, webhookDeliveries, webhookEndpoints } from "../src/db/schema/index.js";
import { EVENT_TYPES, type EventType, matchesEventType } from "../src/events/catalog.js";
import { type EventContext, type NewEvent, recordEvent, recordEvents } from "../src/events/record.js";
import { createIdGenerator, isIdWithPrefix } from "../src/ids.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// In a request's transaction the outbox (events and their deliveries) is written by the statement sent just
// before the commit, the deliveries matched and numbered in SQL: it must queue exactly what recording at once
// queues (`matchesEventType`), commit or roll back with the work, and leave out what a rolled-back savepoint
// recorded.

let testDatabase: TestDatabase;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
});
afterAll(() => testDatabase.dispose());

const clock = () => new Date("2026-03-01T12:00:00Z");
const ids = createIdGenerator({ clock });
const contextFor = (tenantId: string): EventContext => ({ tenantId, now: clock(), ids, requestId: "req-1" });
const eventOf = (type: EventType, resourceId = "thing_1"): NewEvent => ({
  type,
  resourceType: "thing",
  resourceId,
  data: { resourceId },
});

async function addEndpoint(tenantId: string, id: string, eventTypes: string[], enabled = true) {
  await testDatabase.db.insert(webhookEndpoints).values({
    tenantId,
    id,
    url: "https://example.com/hooks",
    eventTypes,
    enabled,
    secrets: [{ secret: "whsec_test", createdAt: clock().toISOString(), expiresAt: null }],
    createdAt: clock(),
    updatedAt: clock(),
  });
}

/** The tenant's deliveries as (event's place in `eventIds`, endpoint), in the order of their ids. */
async function deliveriesOf(tenantId: string, eventIds: ReadonlyArray<string>) {
  const rows = await testDatabase.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.tenantId, tenantId))
    .orderBy(asc(webhookDeliveries.id));
  return rows.map((row) => ({ id: row.id, event: eventIds.indexOf(row.eventId), endpoint: row.endpointId }));
}

const patternOf = fc.oneof(
  fc.constant("*"),
  fc.constant("nothing.*"),
  fc.constant(".*"),
  fc.constantFrom(...EVENT_TYPES),
  fc.constantFrom(...EVENT_TYPES).map((type) => `${type.split(".")[0]}.*`),
  fc.constantFrom(...EVENT_TYPES).map((type) => type.slice(0, 3)), // a bare prefix matches nothing
);

describe("the outbox deferred to the commit", () => {
  let run = 0;
  it("queues the deliveries recording at once queues, as matchesEventType matches, with ordered whd ids", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ patterns: fc.array(patternOf, { minLength: 1, maxLength: 3 }), enabled: fc.boolean() }), {
          maxLength: 4,
        }),
        fc.array(fc.constantFrom(...EVENT_TYPES), { minLength: 1, maxLength: 4 }),
        async (endpoints, types) => {
          run += 1;
          const [deferred, direct] = [`outbox-deferred-${run}`, `outbox-direct-${run}`];
          for (const tenantId of [deferred, direct]) {
            for (const [index, endpoint] of endpoints.entries()) {
              await addEndpoint(tenantId, `we_${index}`, endpoint.patterns, endpoint.enabled);
            }
          }
          const list = types.map((type) => eventOf(type));
          const deferredIds = await runInAmbientTransaction(testDatabase.db, async (tx) => {
            const recorded = await recordEvents(tx, contextFor(deferred), list);
            expect(await tx.select().from(events).where(eq(events.tenantId, deferred))).toEqual([]); // not yet
            return recorded;
          });
          const directIds = await recordEvents(testDatabase.db, contextFor(direct), list);

          const expected = types.flatMap((type, event) =>
            endpoints.flatMap((endpoint, index) =>
              endpoint.enabled && endpoint.patterns.some((pattern) => matchesEventType(pattern, type))
                ? [{ event, endpoint: `we_${index}` }]
                : [],
            ),
          );
          const queued = await deliveriesOf(deferred, deferredIds);
          // In id order: by event, then by endpoint.
          expect(queued.map(({ event, endpoint }) => ({ event, endpoint }))).toEqual(expected);
          expect(queued.every((delivery) => isIdWithPrefix(delivery.id, "whd"))).toBe(true);
          const byPair = (a: { event: number; endpoint: string }, b: { event: number; endpoint: string }) =>
            a.event - b.event || a.endpoint.localeCompare(b.endpoint);
          const queuedAtOnce = (await deliveriesOf(direct, directIds)).map(({ event, endpoint }) => ({
            event,
            endpoint,
          }));
          expect(queuedAtOnce.sort(byPair)).toEqual(expected);
          const stored = await testDatabase.db
            .select({ id: events.id, type: events.type })
            .from(events)
            .where(eq(events.tenantId, deferred))
            .orderBy(asc(events.id));
          expect(stored).toEqual(deferredIds.map((id, index) => ({ id, type: types[index] })));
        },
      ),
      { numRuns: 25 },
    );
  });

  it("rolls back with the work, and leaves out what a savepoint that rolled back recorded", async () => {
    const { db } = testDatabase.database; // ambient-aware, as the request's recorder uses it
    const tenantId = "outbox-rollback";
    await addEndpoint(tenantId, "we_all", ["*"]);
    await expect(
      runInAmbientTransaction(db, async () => {
        await recordEvent(db, contextFor(tenantId), eventOf("product.created", "lost"));
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await runInAmbientTransaction(db, async () => {
      await recordEvent(db, contextFor(tenantId), eventOf("product.created", "kept"));
      await expect(
        db.transaction(async () => {
          await recordEvent(db, contextFor(tenantId), eventOf("product.created", "dropped"));
          throw new Error("savepoint");
        }),
      ).rejects.toThrow("savepoint");
    });
    const stored = await testDatabase.db.select().from(events).where(eq(events.tenantId, tenantId));
    expect(stored.map((event) => event.resourceId)).toEqual(["kept"]);
    const queued = await testDatabase.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.tenantId, tenantId));
    expect(queued.map((delivery) => delivery.eventId)).toEqual(stored.map((event) => event.id));
  });
});
