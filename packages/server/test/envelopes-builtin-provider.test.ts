import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditRecords, envelopeEvents } from "../src/db/schema/index.js";
import { envelopeSetup, SIGNERS } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The API sends and voids built-in envelopes through Lendstack's own `ESignatureProvider` (envelopes/send.ts):
// what it records must still name the API request and its token's subject, not the provider.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

describe("built-in envelopes through the provider interface", () => {
  it("audits sending and voiding under the API request and its subject; each link names its signer and token", async () => {
    const tenantId = "esign-builtin-provider";
    const token = await api.token(tenantId);
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const expiresAt = new Date(api.clock().getTime() + 7 * 24 * 3600 * 1000).toISOString();
    const sent = await api.call("POST", "/v1/envelopes", {
      token,
      headers: { "x-request-id": "req-send" },
      body: { applicationId, documentIds: [documentId], signers: SIGNERS, expiresAt, message: "Please sign" },
    });
    expect(sent.status).toBe(201);
    const body = await json(sent);
    const links = body.signingLinks as Array<{ signerId: string; url: string; token: string }>;
    const signers = body.signers as Array<{ id: string; email: string }>;
    expect(links.map((link) => link.signerId)).toEqual(signers.map((signer) => signer.id));
    for (const link of links) {
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(link.url).toBe(`http://localhost/sign/${link.token}`);
    }
    const voided = await api.call("POST", `/v1/envelopes/${body.id}/void`, {
      token,
      headers: { "x-request-id": "req-void" },
      body: { reason: "Wrong amount" },
    });
    expect(await json(voided)).toMatchObject({ status: "voided", voidReason: "Wrong amount" });

    const audits = await testDatabase.db
      .select()
      .from(auditRecords)
      .where(and(eq(auditRecords.tenantId, tenantId), eq(auditRecords.resourceType, "envelope")))
      .orderBy(asc(auditRecords.id));
    expect(audits.map((row) => [row.action, row.requestId, row.actor])).toEqual([
      ["envelope.sent", "req-send", `user-of-${tenantId}`],
      ["envelope.voided", "req-void", `user-of-${tenantId}`],
    ]);
    const events = await testDatabase.db
      .select()
      .from(envelopeEvents)
      .where(eq(envelopeEvents.envelopeId, String(body.id)))
      .orderBy(asc(envelopeEvents.sequence));
    expect(events.map((event) => [event.type, event.actor])).toEqual([
      ["created", `user-of-${tenantId}`],
      ["link_issued", `user-of-${tenantId}`],
      ["link_issued", `user-of-${tenantId}`],
      ["voided", `user-of-${tenantId}`],
    ]);
  });
});
