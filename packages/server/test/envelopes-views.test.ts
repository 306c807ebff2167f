import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envelopeEvents } from "../src/db/schema/index.js";
import { envelopeSetup, SIGNERS, sendEnvelope, signingCall, tokensOf } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The signing page records a view once per visit, on PGlite and (with DATABASE_URL) PostgreSQL: reloads
// from the same address and browser within the hour add no event; a later visit, another address or
// another browser does. The chain still verifies.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-06T10:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

async function viewsOf(tenantId: string, envelopeId: string) {
  return testDatabase.db
    .select({ ipAddress: envelopeEvents.ipAddress, occurredAt: envelopeEvents.occurredAt })
    .from(envelopeEvents)
    .where(
      and(
        eq(envelopeEvents.tenantId, tenantId),
        eq(envelopeEvents.envelopeId, envelopeId),
        eq(envelopeEvents.type, "viewed"),
      ),
    )
    .orderBy(asc(envelopeEvents.sequence));
}

describe("signing page views", () => {
  it("records one view per visit, not one per reload", async () => {
    const tenant = "esign-views";
    const token = await api.token(tenant);
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    expect(created.status).toBe(201);
    const envelopeId = String(created.body.id);
    const [link] = tokensOf(created.body);

    for (let reload = 0; reload < 5; reload += 1) {
      expect((await signingCall(api, "GET", `/sign/${link}`)).status).toBe(200);
      api.clock.advance(60_000);
    }
    expect(await viewsOf(tenant, envelopeId)).toHaveLength(1);

    await signingCall(api, "GET", `/sign/${link}`, undefined, "198.51.100.77");
    expect((await viewsOf(tenant, envelopeId)).map((view) => view.ipAddress)).toEqual(["203.0.113.9", "198.51.100.77"]);

    api.clock.advance(61 * 60_000);
    await signingCall(api, "GET", `/sign/${link}`, undefined, "198.51.100.77");
    expect(await viewsOf(tenant, envelopeId)).toHaveLength(3);

    const fresh = await api.token(tenant);
    const verified = await json(await api.call("GET", `/v1/envelopes/${envelopeId}/verify`, { token: fresh }));
    expect(verified.valid).toBe(true);
  });
});
