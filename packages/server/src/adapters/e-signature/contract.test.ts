import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "../../../test/envelopes-helpers.js";
import { json, personalLoan } from "../../../test/helpers/products.js";
import { createTestApp, type TestApp } from "../../../test/helpers/test-app.js";
import { inMemoryDocumentSettings } from "../../documents/settings.js";
import { createTestDatabase, type TestDatabase } from "../../testing/test-database.js";
import { newWebhookSecret, signWebhook } from "../../webhook-endpoints/signing.js";
import { builtinESignatureProvider } from "./builtin.js";
import type { ESignatureProvider, ProviderCallback, ProviderDocumentToSign, ProviderEnvelope } from "./provider.js";
import { sandboxExternalESignatureProvider } from "./sandbox-external.js";

// The contract every e-signature provider passes: an envelope sent gets a link per signer in the request's
// order; it is voided, or signed by everyone and then completed, its signed documents and certificate
// downloadable (PDFs whose SHA-256 is as stated); a signed status callback is read, a forged one refused;
// an unknown envelope is `envelope_not_found`. Each provider brings a fixture: what to send, how its
// signers sign, and a callback as it would send one. The built-in provider runs on PGlite.

interface ProviderFixture {
  readonly provider: ESignatureProvider;
  /** The provider's idea of now (a test clock). */
  now(): Date;
  /** A tenant with an application and a stored PDF of it: what a request sends. */
  prepare(): Promise<{ tenantId: string; applicationId: string; document: ProviderDocumentToSign }>;
  /** Every signer signs at its link, in order (the provider's own signing stands in). */
  signAll(envelope: ProviderEnvelope): Promise<void>;
  /** A status callback for the envelope, signed as the provider signs them. */
  callbackFor(tenantId: string, reference: string): Promise<ProviderCallback>;
}

const signers = [
  { name: "Ada Lovelace", email: "ada@example.com", routingOrder: 2 },
  { name: "Charles Babbage", email: "charles@example.com", routingOrder: 1 },
];

function eSignatureContract(name: string, fixture: () => ProviderFixture) {
  describe(`${name} e-signature provider contract`, () => {
    const request = async (expiresInDays = 10) => {
      const { provider } = fixture();
      const { tenantId, applicationId, document } = await fixture().prepare();
      const expiresAt = new Date(fixture().now().getTime() + expiresInDays * 24 * 3600 * 1000);
      const sent = await provider.createEnvelope({
        tenantId,
        actor: "contract",
        applicationId,
        documents: [document],
        signers,
        message: "Sign",
        expiresAt,
      });
      return { provider, tenantId, sent };
    };

    it("sends an envelope with a link per signer, in the request's order, and voids it", async () => {
      const { provider, tenantId, sent } = await request();
      expect(sent.status).toBe("sent");
      expect(sent.signingLinks.map((link) => link.email)).toEqual(["ada@example.com", "charles@example.com"]);
      expect(new Set(sent.signingLinks.map((link) => link.url)).size).toBe(2);
      expect(await provider.status(tenantId, sent.reference)).toMatchObject({ status: "sent", completedAt: null });
      expect(await provider.voidEnvelope(tenantId, sent.reference, "Wrong amount")).toMatchObject({ status: "voided" });
      await expect(provider.download(tenantId, sent.reference)).rejects.toMatchObject({
        code: "envelope_not_completed",
      });
    });

    it("completes once everyone signed, and hands over the signed documents and the certificate", async () => {
      const { provider, tenantId, sent } = await request();
      await fixture().signAll(sent);
      const status = await provider.status(tenantId, sent.reference);
      expect(status.status).toBe("completed");
      expect(status.completedAt).toBeInstanceOf(Date);
      const documents = await provider.download(tenantId, sent.reference);
      expect(documents.map((document) => document.kind)).toEqual(["signed_document", "certificate"]);
      const { createHash } = await import("node:crypto");
      for (const document of documents) {
        expect(Buffer.from(document.bytes).subarray(0, 5).toString()).toBe("%PDF-");
        expect(createHash("sha256").update(document.bytes).digest("hex")).toBe(document.sha256);
      }
    });

    it("reads a signed status callback and refuses a forged one", async () => {
      const { provider, tenantId, sent } = await request();
      const callback = await fixture().callbackFor(tenantId, sent.reference);
      expect(await provider.parseStatusCallback(callback)).toMatchObject({ reference: sent.reference, status: "sent" });
      const forged = { ...callback, body: callback.body.replace('"sent"', '"completed"') };
      await expect(provider.parseStatusCallback(forged)).rejects.toMatchObject({ code: "callback_rejected" });
    });

    it("answers envelope_not_found for an envelope it does not have", async () => {
      const { provider, tenantId } = await request();
      await expect(provider.status(tenantId, "env_01JGFJJZ0000000000000000AB")).rejects.toMatchObject({
        code: "envelope_not_found",
      });
    });
  });
}

let testDatabase: TestDatabase;
let api: TestApp;
let builtin: ESignatureProvider;
const documents = inMemoryDocumentSettings();
const callbackSecret = newWebhookSecret();
let tenants = 0;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  api = createTestApp(testDatabase.database, { documents });
  const { clock, ids } = api;
  builtin = builtinESignatureProvider({
    db: testDatabase.database.db,
    documents,
    linkBase: "http://localhost/",
    clock,
    ids,
    callbackSecrets: [callbackSecret],
  });
});
afterAll(() => testDatabase.dispose());

eSignatureContract("builtin", () => ({
  provider: builtin,
  now: () => api.clock(),
  async prepare() {
    tenants += 1;
    const tenantId = `contract-${tenants}`;
    const token = await api.token(tenantId);
    const product = await json(await api.call("POST", "/v1/products", { token, body: personalLoan() }));
    const application = await json(
      await api.call("POST", "/v1/applications", { token, body: { productId: product.id } }),
    );
    const bytes = await makePdf("Contract agreement");
    const upload = {
      type: "other",
      applicationId: application.id,
      fileName: "agreement.pdf",
      contentType: "application/pdf",
      content: bytes.toString("base64"),
    };
    const document = await json(await api.call("POST", "/v1/documents", { token, body: upload }));
    return {
      tenantId,
      applicationId: String(application.id),
      document: { documentId: String(document.id), fileName: "agreement.pdf", bytes },
    };
  },
  async signAll(envelope) {
    // Charles's routing order is 1: he signs first.
    for (const link of [...envelope.signingLinks].reverse()) {
      const path = new URL(link.url).pathname;
      const post = (action: string, body: unknown) =>
        api.app.request(`${path}/${action}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
      expect((await post("consent", { accepted: true })).status).toBe(200);
      expect((await post("signature", { kind: "typed", typedName: link.email })).status).toBe(200);
    }
  },
  async callbackFor(tenantId, reference) {
    const { status } = await builtin.status(tenantId, reference);
    const body = JSON.stringify({ type: "envelope.sent", data: { id: reference, status, completedAt: null } });
    const message = { id: "evt_01JGFJJZ0000000000000000AB", timestamp: Math.floor(api.clock().getTime() / 1000), body };
    const headers = {
      "webhook-id": message.id,
      "webhook-timestamp": String(message.timestamp),
      "webhook-signature": signWebhook(message, [callbackSecret]),
    };
    return { headers, body };
  },
}));

// The sandbox external provider keeps its envelopes itself: any tenant id and the document's bytes will do.
const sandboxSecret = newWebhookSecret();
const sandbox = sandboxExternalESignatureProvider({ clock: () => api.clock(), callbackSecret: sandboxSecret });
eSignatureContract("sandbox external", () => ({
  provider: sandbox,
  now: () => api.clock(),
  async prepare() {
    tenants += 1;
    const bytes = await makePdf("Contract agreement");
    return {
      tenantId: `contract-sandbox-${tenants}`,
      applicationId: "app_01JGFJJZ0000000000000000AB",
      document: { documentId: "doc_01JGFJJZ0000000000000000AB", fileName: "agreement.pdf", bytes },
    };
  },
  async signAll(envelope) {
    sandbox.signAll(envelope.reference);
  },
  async callbackFor(_tenantId, reference) {
    return sandbox.callbackFor(reference);
  },
}));
