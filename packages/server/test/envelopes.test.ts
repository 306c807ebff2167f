import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  consentAndSign,
  envelopeSetup,
  SIGNERS,
  sendEnvelope,
  signingCall,
  tokensOf,
  uploadDocument,
} from "./envelopes-helpers.js";
import { PNG_BYTES } from "./helpers/documents.js";
import { pdfPages } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// /v1/envelopes and the signing page's actions (`/sign/{token}/…`) on PGlite and (with DATABASE_URL)
// PostgreSQL: an envelope signed in routing order by two signers, completed into a signed PDF with a
// signature page and a certificate of completion, verified; and every refusal.

let testDatabase: TestDatabase;
let api: TestApp;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z" });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

async function download(token: string, documentId: string): Promise<Buffer> {
  const response = await api.call("GET", `/v1/documents/${documentId}/content`, { token });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe("an envelope signed in routing order", () => {
  it("takes consent then signatures in order, completes into a signed PDF and a certificate, and verifies", async () => {
    const token = await api.token("esign-flow");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: "envelope", status: "sent", applicationId, eventCount: 3 });
    const [first, second] = tokensOf(created.body);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((created.body.signingLinks as Body[])[0]?.url).toBe(`http://localhost/sign/${first}`);

    const page = await signingCall(api, "GET", `/sign/${first}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Consent to electronic records");
    expect(html).toContain(`/sign/${first}/documents/${documentId}`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain(`nonce="${/'nonce-([^']+)'/.exec(csp)?.[1]}"`);
    const pdf = await signingCall(api, "GET", `/sign/${first}/documents/${documentId}`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");

    const early = await signingCall(api, "POST", `/sign/${second}/consent`, { accepted: true });
    expect(early.status).toBe(409);
    expect(await json(early)).toMatchObject({ code: "signer_out_of_order" });
    const unconsented = await signingCall(api, "POST", `/sign/${first}/signature`, { kind: "typed", typedName: "Ada" });
    expect(unconsented.status).toBe(409);
    expect(await json(unconsented)).toMatchObject({ code: "consent_required" });

    expect((await consentAndSign(api, first!, "Ada Lovelace", "198.51.100.4")).status).toBe(200);
    const partly = await json(await api.call("GET", `/v1/envelopes/${created.body.id}`, { token }));
    expect(partly).toMatchObject({ status: "partially_signed", signingLinks: [] });
    const signed = await consentAndSign(api, second!, "Charles Babbage", "198.51.100.5");
    expect(await json(signed)).toEqual({ signed: true, envelopeStatus: "completed" });

    const envelope = await json(await api.call("GET", `/v1/envelopes/${created.body.id}`, { token }));
    expect(envelope.status).toBe("completed");
    const outputs = envelope.completedDocuments as Array<{ documentId: string; kind: string; sha256: string }>;
    expect(outputs.map((output) => output.kind)).toEqual(["signed_document", "certificate"]);
    const signedPdf = await download(token, outputs[0]!.documentId);
    const pages = await pdfPages(signedPdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Loan agreement for Ada Lovelace");
    for (const text of ["Signature page", "Ada Lovelace", "Charles Babbage", "198.51.100.4", "198.51.100.5"]) {
      expect(pages[1]).toContain(text);
    }
    const certificate = (await pdfPages(await download(token, outputs[1]!.documentId))).join(" ");
    for (const text of [
      "Certificate of completion",
      "consented",
      "signed",
      "link_issued",
      "viewed",
      "Mozilla/5.0 (test)",
    ]) {
      expect(certificate).toContain(text);
    }

    const verified = await json(await api.call("GET", `/v1/envelopes/${created.body.id}/verify`, { token }));
    expect(verified.valid).toBe(true);
    expect((verified.checks as Body[]).map((check) => check.check)).toEqual([
      "event_chain",
      "document",
      "signed_document",
      "certificate",
    ]);

    const reused = await signingCall(api, "POST", `/sign/${first}/signature`, { kind: "typed", typedName: "Ada" });
    expect(reused.status).toBe(410);
    expect(await json(reused)).toMatchObject({ code: "signing_link_used" });
    const events = await json(await api.call("GET", "/v1/events?type=envelope.*", { token }));
    expect((events.data as Body[]).map((event) => event.type)).toEqual([
      "envelope.sent",
      "envelope.signed",
      "envelope.signed",
      "envelope.completed",
    ]);
    expect(JSON.stringify(events)).not.toContain(first);
  });

  it("signs with a drawn signature (a PNG) placed on the signature page", async () => {
    const token = await api.token("esign-drawn");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: [SIGNERS[0]] });
    const [link] = tokensOf(created.body);
    await signingCall(api, "POST", `/sign/${link}/consent`, { accepted: true });
    const notPng = await signingCall(api, "POST", `/sign/${link}/signature`, {
      kind: "drawn",
      typedName: "Ada",
      imagePng: "R0lGOD",
    });
    expect(notPng.status).toBe(422);
    const imagePng = `data:image/png;base64,${PNG_BYTES.toString("base64")}`;
    const signed = await signingCall(api, "POST", `/sign/${link}/signature`, {
      kind: "drawn",
      typedName: "Ada Lovelace",
      imagePng,
    });
    expect(await json(signed)).toMatchObject({ envelopeStatus: "completed" });
    const envelope = await json(await api.call("GET", `/v1/envelopes/${created.body.id}`, { token }));
    expect((envelope.signers as Body[])[0]).toMatchObject({ status: "signed", signatureKind: "drawn" });
  });
});

describe("refusals", () => {
  it("refuses a non-PDF document (422), another owner's document (422) and a past expiry (422)", async () => {
    const token = await api.token("esign-refusals");
    const { applicationId, documentId, setup } = await envelopeSetup(api, token);
    const png = await uploadDocument(api, token, { applicationId }, PNG_BYTES, {
      fileName: "id.png",
      contentType: "image/png",
    });
    const notPdf = await sendEnvelope(api, token, { applicationId, documentIds: [png], signers: SIGNERS });
    expect(notPdf.status).toBe(422);
    expect(notPdf.body).toMatchObject({ code: "document_not_pdf" });
    expect((notPdf.body.errors as Body[])[0]).toMatchObject({ pointer: "/documentIds/0" });
    const other = await api.call("POST", "/v1/applications", { token, body: { productId: setup.productId } });
    const otherId = String((await json(other)).id);
    const mismatch = await sendEnvelope(api, token, {
      applicationId: otherId,
      documentIds: [documentId],
      signers: SIGNERS,
    });
    expect(mismatch.body).toMatchObject({ code: "document_owner_mismatch" });
    const past = await sendEnvelope(api, token, {
      applicationId,
      documentIds: [documentId],
      signers: SIGNERS,
      expiresAt: "2026-12-01T00:00:00Z",
    });
    expect(past.body).toMatchObject({ code: "invalid_expiry" });
    const none = await sendEnvelope(api, token, { documentIds: [documentId], signers: SIGNERS });
    expect(none.status).toBe(422);
    const listed = await json(await api.call("GET", `/v1/envelopes?applicationId=${applicationId}`, { token }));
    expect(listed.data).toEqual([]);
  });

  it("refuses signing a voided envelope (409), an expired link (410) and an unknown one (404); reissues", async () => {
    const token = await api.token("esign-links");
    const { applicationId, documentId } = await envelopeSetup(api, token);
    const voidable = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    const voided = await api.call("POST", `/v1/envelopes/${voidable.body.id}/void`, {
      token,
      body: { reason: "Wrong amount" },
    });
    expect(await json(voided)).toMatchObject({ status: "voided", voidReason: "Wrong amount" });
    const signOnVoided = await signingCall(api, "POST", `/sign/${tokensOf(voidable.body)[0]}/signature`, {
      kind: "typed",
      typedName: "Ada",
    });
    expect(signOnVoided.status).toBe(409);
    expect(await json(signOnVoided)).toMatchObject({ code: "envelope_voided" });
    const again = await api.call("POST", `/v1/envelopes/${voidable.body.id}/void`, { token, body: { reason: "x" } });
    expect(await json(again)).toMatchObject({ status: 409, code: "envelope_voided" });

    const created = await sendEnvelope(api, token, { applicationId, documentIds: [documentId], signers: SIGNERS });
    const [first, second] = tokensOf(created.body);
    api.clock.advance(8 * 24 * 3600 * 1000);
    const later = await api.token("esign-links");
    const expired = await signingCall(api, "GET", `/sign/${first}`);
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("expired");
    const signers = created.body.signers as Array<{ id: string }>;
    const early = await api.call("POST", `/v1/envelopes/${created.body.id}/signers/${signers[1]!.id}/links`, {
      token: later,
    });
    expect(await json(early)).toMatchObject({ code: "signer_out_of_order" });
    const issued = await api.call("POST", `/v1/envelopes/${created.body.id}/signers/${signers[0]!.id}/links`, {
      token: later,
    });
    expect(issued.status).toBe(201);
    const link = await json(issued);
    expect((await signingCall(api, "GET", `/sign/${first}`)).status).toBe(404);
    expect((await consentAndSign(api, String(link.token), "Ada Lovelace")).status).toBe(200);
    expect((await signingCall(api, "GET", `/sign/${second}`)).status).toBe(410);
    const unknown = await signingCall(api, "POST", `/sign/${"x".repeat(43)}/consent`, { accepted: true });
    expect(await json(unknown)).toMatchObject({ status: 404, code: "signing_link_not_found" });
    const other = await api.token("esign-other-tenant");
    expect((await api.call("GET", `/v1/envelopes/${created.body.id}`, { token: other })).status).toBe(404);
    expect((await api.call("GET", `/v1/envelopes/${created.body.id}`, { token: later })).status).toBe(200);
  });
});
