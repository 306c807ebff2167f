import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type SandboxExternalProvider,
  sandboxExternalESignatureProvider,
} from "../src/adapters/e-signature/sandbox-external.js";
import { newWebhookSecret } from "../src/webhook-endpoints/signing.js";
import { primeBureauFacts } from "./applications-helpers.js";
import { envelopeSetup, SIGNERS, sendEnvelope } from "./envelopes-helpers.js";
import { pdfPages } from "./helpers/pdf-text.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// Envelopes signed at an external provider (E_SIGNATURE_PROVIDER=sandbox): created through the adapter,
// told of completion by a signed status callback at /callbacks/e-signature/sandbox, the signed documents
// downloaded through the adapter, and closing's check (funding waits for envelopes) seeing it completed.

let testDatabase: TestDatabase;
let api: TestApp;
let provider: SandboxExternalProvider;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  provider = sandboxExternalESignatureProvider({ clock: () => api.clock(), callbackSecret: newWebhookSecret() });
  api = createTestApp(testDatabase.database, { clockStart: "2026-12-03T12:00:00.000Z", eSignatureProvider: provider });
});
afterAll(() => testDatabase.dispose());

type Body = Record<string, unknown>;

async function deliver(callback: { headers: Readonly<Record<string, string>>; body: string }, path = "sandbox") {
  const response = await api.app.request(`/callbacks/e-signature/${path}`, {
    method: "POST",
    headers: callback.headers,
    body: callback.body,
  });
  return { status: response.status, body: await json(response) };
}

/** An application in closing with an envelope of its agreement sent to the sandbox provider. */
async function sentInClosing(tenant: string) {
  const token = await api.token(tenant);
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
  expect(sent.status).toBe(201);
  return { token, applicationId, documentId, envelope: sent.body, post };
}

describe("an external provider's envelope", () => {
  it("is created through the adapter, completed by its callback, and then lets closing fund", async () => {
    const { token, applicationId, documentId, envelope, post } = await sentInClosing("external-flow");
    expect(envelope).toMatchObject({
      status: "sent",
      provider: "sandbox",
      providerReference: "sbx_env_000001",
      eventCount: 1,
    });
    const links = envelope.signingLinks as Array<{ url: string; token: string }>;
    expect(links.map((link) => link.url)).toEqual([
      "https://sign.sandbox.invalid/sbx_env_000001/1",
      "https://sign.sandbox.invalid/sbx_env_000001/2",
    ]);
    expect(links.map((link) => link.token)).toEqual(["", ""]);
    const fund = { method: "ach", payeeName: "Ada Lovelace" };
    expect(await post(`/v1/applications/${applicationId}/fund`, fund)).toMatchObject({
      status: 409,
      code: "envelopes_not_completed",
    });

    const callback = provider.signAll("sbx_env_000001");
    const delivered = await deliver(callback);
    expect(delivered).toEqual({
      status: 200,
      body: { received: true, envelopeId: envelope.id, status: "completed", changed: true },
    });
    const again = await deliver(callback);
    expect(again.body).toMatchObject({ status: "completed", changed: false });

    const completed = await json(await api.call("GET", `/v1/envelopes/${envelope.id}`, { token }));
    expect(completed).toMatchObject({ status: "completed", provider: "sandbox" });
    expect((completed.signers as Body[]).map((signer) => signer.status)).toEqual(["signed", "signed"]);
    const outputs = completed.completedDocuments as Array<{
      documentId: string;
      kind: string;
      sourceDocumentId: string;
    }>;
    expect(outputs.map((output) => output.kind)).toEqual(["signed_document", "certificate"]);
    expect(outputs[0]?.sourceDocumentId).toBe(documentId);
    const signed = await api.call("GET", `/v1/documents/${outputs[0]?.documentId}/content`, { token });
    const pages = await pdfPages(new Uint8Array(await signed.arrayBuffer()));
    expect(pages[1]).toContain("Signed with the sandbox e-signature service");
    const verified = await json(await api.call("GET", `/v1/envelopes/${envelope.id}/verify`, { token }));
    expect(verified.valid).toBe(true);
    const events = await json(await api.call("GET", "/v1/events?type=envelope.*", { token }));
    expect((events.data as Body[]).map((event) => event.type)).toEqual(["envelope.sent", "envelope.completed"]);

    const funded = await api.call("POST", `/v1/applications/${applicationId}/fund`, { token, body: fund });
    expect(funded.status).toBe(201);
  });

  it("refuses a forged or stale callback (400) and one for an unknown envelope or provider (404)", async () => {
    const { token, envelope } = await sentInClosing("external-refusals");
    const reference = String(envelope.providerReference);
    const good = provider.callbackFor(reference);
    const forged = { ...good, body: good.body.replace('"sent"', '"completed"') };
    expect(await deliver(forged)).toMatchObject({ status: 400, body: { code: "callback_rejected" } });
    const unsigned = { headers: { "content-type": "application/json" }, body: good.body };
    expect(await deliver(unsigned)).toMatchObject({ status: 400, body: { code: "callback_rejected" } });
    api.clock.advance(10 * 60 * 1000);
    expect(await deliver(good)).toMatchObject({ status: 400, body: { code: "callback_rejected" } });
    expect(await deliver(provider.callbackFor(reference), "docusign")).toMatchObject({
      status: 404,
      body: { code: "e_signature_provider_not_found" },
    });
    // An envelope sent at the provider by someone else: Lendstack has no such envelope.
    const elsewhere = await provider.createEnvelope({
      tenantId: "external-refusals",
      actor: "someone-else",
      documents: [{ documentId: "doc_x", fileName: "x.pdf", bytes: new Uint8Array([37, 80, 68, 70]) }],
      signers: [SIGNERS[0] as { name: string; email: string; routingOrder: number }],
      message: "",
      expiresAt: new Date(api.clock().getTime() + 86_400_000),
    });
    expect(await deliver(provider.callbackFor(elsewhere.reference))).toMatchObject({
      status: 404,
      body: { code: "envelope_not_found" },
    });
    const unchanged = await json(await api.call("GET", `/v1/envelopes/${envelope.id}`, { token }));
    expect(unchanged.status).toBe("sent");
    // A declined envelope closes; a later "completed" callback changes nothing.
    expect((await deliver(provider.decline(reference))).body).toMatchObject({ status: "declined", changed: true });
    const declined = await json(await api.call("GET", `/v1/envelopes/${envelope.id}`, { token }));
    expect(declined.status).toBe("declined");
  });

  it("voids at the provider too, and refuses a new signing link for it (409)", async () => {
    const { token, envelope } = await sentInClosing("external-void");
    const signerId = (envelope.signers as Body[])[0]?.id;
    const link = await api.call("POST", `/v1/envelopes/${envelope.id}/signers/${signerId}/links`, { token });
    expect(link.status).toBe(409);
    expect(await json(link)).toMatchObject({ code: "envelope_signed_externally" });
    const voided = await api.call("POST", `/v1/envelopes/${envelope.id}/void`, { token, body: { reason: "Wrong" } });
    expect(voided.status).toBe(200);
    const reference = String(envelope.providerReference);
    expect(await provider.status("external-void", reference)).toMatchObject({ status: "voided" });
  });
});
