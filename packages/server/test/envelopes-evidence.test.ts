import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inMemoryDocumentSettings } from "../src/documents/settings.js";
import { primeBureauFacts } from "./applications-helpers.js";
import { consentAndSign, envelopeSetup, makePdf, SIGNERS, sendEnvelope, tokensOf } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, rowsOf, type TestDatabase } from "./helpers/test-database.js";

// The evidence of an envelope holds: verification fails when a stored document is altered afterwards
// (written to storage directly) or an event row is altered or removed (written to the table directly),
// a link is never stored or replayed, and an application with an unsigned envelope is not funded.

const documents = inMemoryDocumentSettings();
let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z", documents });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;
type Check = { check: string; ok: boolean; reason: string | null; documentId: string | null; sequence: number | null };

async function completedEnvelope(token: string): Promise<Body> {
  const { applicationId, documentId } = await envelopeSetup(api, token);
  const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: [SIGNERS[0]] });
  expect((await consentAndSign(api, tokensOf(created.body)[0]!, "Ada Lovelace")).status).toBe(200);
  return json(await api.call("GET", `/v1/envelopes/${created.body.id}`, { token }));
}

async function verify(token: string, envelopeId: unknown): Promise<{ valid: boolean; failed: Check[] }> {
  const body = await json(await api.call("GET", `/v1/envelopes/${envelopeId}/verify`, { token }));
  return { valid: body.valid as boolean, failed: (body.checks as Check[]).filter((check) => !check.ok) };
}

describe("verification after tampering", () => {
  it("fails when the signed document or the certificate is altered in storage afterwards", async () => {
    const token = await api.token("tamper-storage");
    const envelope = await completedEnvelope(token);
    expect((await verify(token, envelope.id)).valid).toBe(true);
    const [signed, certificate] = envelope.completedDocuments as Array<{ documentId: string }>;
    async function* altered() {
      yield await makePdf("Loan agreement for Ada Lovelace, amount doubled");
    }
    await documents.storage.put(signed!.documentId, altered());
    const afterOne = await verify(token, envelope.id);
    expect(afterOne.valid).toBe(false);
    expect(afterOne.failed).toEqual([
      expect.objectContaining({ check: "signed_document", reason: "content_mismatch", documentId: signed!.documentId }),
    ]);
    await documents.storage.delete(certificate!.documentId);
    expect((await verify(token, envelope.id)).failed.map((check) => `${check.check}:${check.reason}`)).toEqual([
      "signed_document:content_mismatch",
      "certificate:missing",
    ]);
  });

  it("fails when an event row is altered, or the last one removed", async () => {
    const token = await api.token("tamper-events");
    const envelope = await completedEnvelope(token);
    const { db } = testDatabase.database;
    await db.execute(
      sql`update envelope_events set ip_address = '10.9.9.9' where tenant_id = 'tamper-events' and envelope_id = ${envelope.id} and type = 'signed'`,
    );
    const altered = await verify(token, envelope.id);
    expect(altered.valid).toBe(false);
    expect(altered.failed).toEqual([
      expect.objectContaining({ check: "event_chain", reason: "hash_mismatch", sequence: 4 }),
    ]);

    const second = await api.token("tamper-events-2");
    const other = await completedEnvelope(second);
    await db.execute(
      sql`delete from envelope_events where tenant_id = 'tamper-events-2' and envelope_id = ${other.id} and type = 'completed'`,
    );
    expect((await verify(second, other.id)).failed).toEqual([
      expect.objectContaining({ check: "event_chain", reason: "head_mismatch" }),
    ]);
  });

  it("refuses to sign a document altered in storage after it was sent, and verification says which", async () => {
    const token = await api.token("tamper-original");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: [SIGNERS[0]] });
    async function* swapped() {
      yield await makePdf("Another agreement");
    }
    await documents.storage.put(documentId, swapped());
    const refused = await consentAndSign(api, tokensOf(created.body)[0]!, "Ada Lovelace");
    expect(await json(refused)).toMatchObject({ status: 409, code: "envelope_document_changed" });
    expect((await verify(token, created.body.id)).failed).toEqual([
      expect.objectContaining({ check: "document", reason: "content_mismatch", documentId }),
    ]);
  });
});

describe("links are shown once", () => {
  it("keeps no token in the idempotency record, the events or the table; a replay shows no links", async () => {
    const token = await api.token("links-once");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const expiresAt = "2026-12-20T00:00:00Z";
    const body = { applicationId, documentIds: [documentId], signers: SIGNERS, expiresAt };
    const headers = { "idempotency-key": "send-once" };
    const first = await json(await api.call("POST", "/v1/envelopes", { token, body, headers }));
    const replay = await api.call("POST", "/v1/envelopes", { token, body, headers });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(replay)).toEqual({ ...first, signingLinks: [] });
    const tables = ["idempotency_keys", "envelope_signers", "events", "envelope_events", "audit_records"];
    const rows = await Promise.all(
      tables.map(async (table) => rowsOf(await testDatabase.database.db.execute(sql.raw(`select * from ${table}`)))),
    );
    const stored = JSON.stringify(rows);
    expect(stored).toContain(String(first.id));
    for (const link of tokensOf(first)) expect(stored).not.toContain(link);
  });
});

describe("closing waits for envelopes", () => {
  it("refuses to fund while an envelope of the application is not completed, naming it; voided, it funds", async () => {
    const token = await api.token("fund-envelopes");
    const { setup, applicationId, documentId } = await envelopeSetup(api, token);
    const post = async (path: string, payload?: unknown) =>
      json(await api.call("POST", path, { token, ...(payload === undefined ? {} : { body: payload }) }));
    await post(`/v1/applications/${applicationId}/submit`);
    await post(`/v1/applications/${applicationId}/decision`, { ruleSetId: setup.ruleSetId, facts: primeBureauFacts });
    const offers = await json(await api.call("GET", `/v1/applications/${applicationId}/offers`, { token }));
    await post(`/v1/applications/${applicationId}/offers/${(offers.data as Body[])[0]?.id}/accept`);
    expect(await post(`/v1/applications/${applicationId}/closing`, { fundingDate: "2026-12-03" })).toMatchObject({
      state: "closing",
    });
    const sent = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    const fund = { method: "ach", payeeName: "Ada Lovelace" };
    const refused = await post(`/v1/applications/${applicationId}/fund`, fund);
    expect(refused).toMatchObject({ status: 409, code: "envelopes_not_completed" });
    expect(String(refused.detail)).toContain(String(sent.body.id));
    await post(`/v1/envelopes/${sent.body.id}/void`, { reason: "Re-sent on paper" });
    const funded = await api.call("POST", `/v1/applications/${applicationId}/fund`, { token, body: fund });
    expect(funded.status).toBe(201);
  });
});
