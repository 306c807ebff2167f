import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ESignatureProvider, ESignatureProviderError } from "../src/adapters/e-signature/provider.js";
import {
  type SandboxExternalProvider,
  sandboxExternalESignatureProvider,
} from "../src/adapters/e-signature/sandbox-external.js";
import { newWebhookSecret } from "../src/webhook-endpoints/signing.js";
import { envelopeSetup, SIGNERS, sendEnvelope } from "./envelopes-helpers.js";
import { json } from "./helpers/products.js";
import { createTestApp, type TestApp } from "./helpers/test-app.js";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.js";

// The e-signature provider is a tenant setting (`eSignatureProvider` in /v1/settings; the server's
// E_SIGNATURE_PROVIDER when unset), and reading an open external envelope asks its provider for its status,
// at most once per E_SIGNATURE_STATUS_REFRESH_SECONDS (60 here); a failing provider changes nothing.

type Body = Record<string, unknown>;

/** The sandbox, counting `status` calls, with `status` or `download` made to fail on demand. */
function observed(inner: SandboxExternalProvider) {
  const state = { statusCalls: 0, statusFailure: undefined as Error | undefined, downloadFails: false };
  const provider: ESignatureProvider = {
    name: inner.name,
    createEnvelope: (request) => inner.createEnvelope(request),
    status: async (tenantId, reference) => {
      state.statusCalls += 1;
      if (state.statusFailure !== undefined) throw state.statusFailure;
      return inner.status(tenantId, reference);
    },
    voidEnvelope: (tenantId, reference, reason) => inner.voidEnvelope(tenantId, reference, reason),
    parseStatusCallback: (callback) => inner.parseStatusCallback(callback),
    download: async (tenantId, reference) => {
      if (state.downloadFails) throw new ESignatureProviderError("request_refused", "download is down");
      return inner.download(tenantId, reference);
    },
  };
  return { provider, state };
}

let testDatabase: TestDatabase;
let withSandbox: TestApp;
let builtinOnly: TestApp;
let sandboxDefault: TestApp;
let sandbox: SandboxExternalProvider;
let observer: ReturnType<typeof observed>;
beforeAll(async () => {
  testDatabase = await createTestDatabase();
  const clockStart = "2026-12-03T12:00:00.000Z";
  sandbox = sandboxExternalESignatureProvider({ clock: () => withSandbox.clock(), callbackSecret: newWebhookSecret() });
  observer = observed(sandbox);
  withSandbox = createTestApp(testDatabase.database, {
    clockStart,
    eSignatureProviders: [observer.provider],
    eSignatureStatusRefreshSeconds: 60,
  });
  builtinOnly = createTestApp(testDatabase.database, { clockStart });
  sandboxDefault = createTestApp(testDatabase.database, { clockStart, eSignatureProvider: observer.provider });
});
afterAll(() => testDatabase.dispose());

async function settings(api: TestApp, token: string, change?: Body) {
  const response =
    change === undefined
      ? await api.call("GET", "/v1/settings", { token })
      : await api.call("PATCH", "/v1/settings", { token, body: change });
  return { status: response.status, body: await json(response) };
}

/** A tenant with an application and its agreement; `send` sends it for signature. */
async function tenantWithAgreement(api: TestApp, tenant: string) {
  const token = await api.token(tenant);
  const { applicationId, documentId } = await envelopeSetup(api, token);
  const send = async (through = api) => {
    const sent = await sendEnvelope(through, await through.token(tenant), {
      applicationId,
      documentIds: [documentId],
      signers: SIGNERS,
    });
    return sent;
  };
  return { token, send };
}

describe("the tenant's e-signature provider", () => {
  it("is the server's default until the tenant chooses one in /v1/settings", async () => {
    const chooser = await tenantWithAgreement(withSandbox, "esign-chooser");
    expect((await settings(withSandbox, chooser.token)).body.eSignatureProvider).toBe("builtin");
    expect(await settings(withSandbox, chooser.token, { eSignatureProvider: "sandbox" })).toMatchObject({
      status: 200,
      body: { eSignatureProvider: "sandbox" },
    });
    const external = await chooser.send();
    expect(external).toMatchObject({ status: 201, body: { provider: "sandbox" } });
    expect(String(external.body.providerReference)).toMatch(/^sbx_env_/);

    const other = await tenantWithAgreement(withSandbox, "esign-default");
    expect((await other.send()).body).toMatchObject({ provider: "builtin", providerReference: null });

    // This server has no sandbox: a tenant that chose it cannot send here, nor choose it here.
    expect(await chooser.send(builtinOnly)).toMatchObject({
      status: 409,
      body: { code: "e_signature_provider_not_configured" },
    });
    const otherToken = await builtinOnly.token("esign-default");
    expect(await settings(builtinOnly, otherToken, { eSignatureProvider: "sandbox" })).toMatchObject({
      status: 422,
      body: { code: "e_signature_provider_unavailable" },
    });
    expect(await settings(builtinOnly, otherToken, { eSignatureProvider: "docusign" })).toMatchObject({
      status: 422,
      body: { code: "validation_failed" },
    });

    expect(await settings(withSandbox, chooser.token, { eSignatureProvider: null })).toMatchObject({
      body: { eSignatureProvider: "builtin" },
    });
    expect((await chooser.send()).body).toMatchObject({ provider: "builtin" });
  });

  it("defaults to the server's E_SIGNATURE_PROVIDER, which a tenant may override with builtin", async () => {
    const tenant = await tenantWithAgreement(sandboxDefault, "esign-server-default");
    expect((await settings(sandboxDefault, tenant.token)).body.eSignatureProvider).toBe("sandbox");
    expect((await tenant.send()).body).toMatchObject({ provider: "sandbox" });
    await settings(sandboxDefault, tenant.token, { eSignatureProvider: "builtin" });
    expect((await tenant.send()).body).toMatchObject({ provider: "builtin" });
  });
});

describe("reading an external envelope", () => {
  it("asks the provider for its status at most once per 60 s, and completes it", async () => {
    const tenant = await tenantWithAgreement(withSandbox, "esign-refresh");
    await settings(withSandbox, tenant.token, { eSignatureProvider: "sandbox" });
    const sent = await tenant.send();
    const read = async () =>
      json(await withSandbox.call("GET", `/v1/envelopes/${sent.body.id}`, { token: tenant.token }));
    const before = observer.state.statusCalls;
    expect((await read()).status).toBe("sent");
    expect((await read()).status).toBe("sent");
    expect(observer.state.statusCalls - before).toBe(1);
    sandbox.signAll(String(sent.body.providerReference));
    withSandbox.clock.advance(59_000);
    expect((await read()).status).toBe("sent");
    expect(observer.state.statusCalls - before).toBe(1);
    withSandbox.clock.advance(1_000);
    const completed = await read();
    expect(completed).toMatchObject({ status: "completed" });
    expect((completed.completedDocuments as Body[]).map((each) => each.kind)).toEqual([
      "signed_document",
      "certificate",
    ]);
    expect((await read()).status).toBe("completed");
    expect(observer.state.statusCalls - before).toBe(2);
    const events = await json(await withSandbox.call("GET", "/v1/events?type=envelope.*", { token: tenant.token }));
    expect((events.data as Body[]).map((event) => event.type)).toEqual(["envelope.sent", "envelope.completed"]);
    const verified = await json(
      await withSandbox.call("GET", `/v1/envelopes/${sent.body.id}/verify`, { token: tenant.token }),
    );
    expect(verified.valid).toBe(true);
  });

  it("keeps the stored state and answers 200 when the provider fails or refuses", async () => {
    const tenant = await tenantWithAgreement(withSandbox, "esign-refresh-failing");
    await settings(withSandbox, tenant.token, { eSignatureProvider: "sandbox" });
    const sent = await tenant.send();
    const read = async () => {
      withSandbox.clock.advance(60_000);
      const response = await withSandbox.call("GET", `/v1/envelopes/${sent.body.id}`, { token: tenant.token });
      return { status: response.status, body: await json(response) };
    };
    sandbox.signAll(String(sent.body.providerReference));
    try {
      observer.state.statusFailure = new ESignatureProviderError("request_refused", "status is down");
      expect(await read()).toMatchObject({ status: 200, body: { status: "sent" } });
      observer.state.statusFailure = new TypeError("fetch failed");
      expect(await read()).toMatchObject({ status: 200, body: { status: "sent" } });
      observer.state.statusFailure = undefined;
      observer.state.downloadFails = true;
      expect(await read()).toMatchObject({ status: 200, body: { status: "sent", completedDocuments: [] } });
      const events = await json(await withSandbox.call("GET", "/v1/events?type=envelope.*", { token: tenant.token }));
      expect((events.data as Body[]).map((event) => event.type)).toEqual(["envelope.sent"]);
    } finally {
      observer.state.statusFailure = undefined;
      observer.state.downloadFails = false;
    }
    expect(await read()).toMatchObject({ status: 200, body: { status: "completed" } });
  });
});
