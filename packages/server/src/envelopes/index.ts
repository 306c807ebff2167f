import { ok } from "@lendstack/core/errors";
import type { Context } from "hono";
import { type DocumentSettings, inMemoryDocumentSettings } from "../documents/settings.js";
import { type AppEnv, createRouter, type Router } from "../http/app-env.js";
import { changeContext } from "../http/change-context.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { BUILTIN_PROVIDER, chosenProviderName, eSignatureProvidersOf } from "./providers.js";
import { refreshFromProvider } from "./refresh.js";
import * as routes from "./routes.js";
import { builtinProviderOf, sendForSignature, voidThroughProvider } from "./send.js";
import { type EnvelopeDeps, issueSigningLink } from "./service.js";
import { envelopesStore } from "./store.js";
import { verifyEnvelope } from "./verify.js";
import { toEnvelopeBody } from "./view.js";

export { eSignatureCallbackRoutes } from "./callback-routes.js";
export { signingRoutes } from "./sign-routes.js";

/** The settings every resource shares when none are configured (in-process tests). */
export function documentSettingsOf(deps: ResourceDeps): DocumentSettings {
  return deps.documents ?? inMemoryDocumentSettings();
}

function envelopeDeps(c: Context<AppEnv>, deps: ResourceDeps): EnvelopeDeps {
  const linkBase = (deps.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
  return { db: deps.db, documents: documentSettingsOf(deps), linkBase };
}

/** The envelope; `refresh`: an open external one asks its provider first (see `refreshFromProvider`). */
async function answer(c: Context<AppEnv>, deps: ResourceDeps, envelopeId: string, refresh = false) {
  const tenantId = c.get("principal").tenantId;
  const store = envelopesStore(deps.db, tenantId);
  let row = await store.find(envelopeId);
  if (row === undefined) return domainProblem(c, { code: "envelope_not_found", message: `No envelope ${envelopeId}.` });
  if (refresh && row.provider !== BUILTIN_PROVIDER) {
    const refreshDeps = {
      ...{ db: deps.db, clock: deps.clock, ids: deps.ids, documents: documentSettingsOf(deps) },
      ...{ providers: eSignatureProvidersOf(deps), logger: c.get("logger"), requestId: c.get("requestId") },
    };
    if (await refreshFromProvider(refreshDeps, row)) row = (await store.find(envelopeId)) ?? row;
  }
  return c.json(toEnvelopeBody(row, await store.signers(envelopeId), deps.clock()), 200);
}

/** Lendstack's own provider for this request, the external ones configured, and the tenant's choice. */
function providersOf(c: Context<AppEnv>, deps: ResourceDeps) {
  const builtin = builtinProviderOf(envelopeDeps(c, deps), deps.clock, deps.ids);
  const providers = eSignatureProvidersOf(deps);
  const name = chosenProviderName(providers, c.get("tenant").settings.eSignatureProvider);
  const sending = name === BUILTIN_PROVIDER ? builtin : providers.external.get(name);
  return { builtin, external: providers.external, name, sending };
}

function registerChanges(router: Router, deps: ResourceDeps) {
  router.openapi(routes.createEnvelopeRoute, async (c) => {
    const { sending, name } = providersOf(c, deps);
    if (sending === undefined) {
      const message = `The tenant's e-signature provider ${name} is not configured on this server; choose another in /v1/settings.`;
      return domainProblem(c, { code: "e_signature_provider_not_configured", message });
    }
    const created = await sendForSignature(envelopeDeps(c, deps), sending, changeContext(c, deps), c.req.valid("json"));
    if (!created.ok) return domainProblem(c, created.error);
    const { envelope, signers, links } = created.value;
    const body = toEnvelopeBody(envelope, signers, deps.clock(), links);
    // The links are shown once: what the idempotency record and the event keep has none.
    c.set("redactedBody", JSON.stringify({ ...body, signingLinks: [] }));
    return c.json(body, 201);
  });
  router.openapi(routes.voidEnvelopeRoute, async (c) => {
    const { envelopeId } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const context = changeContext(c, deps);
    const voided = await voidThroughProvider(envelopeDeps(c, deps), providersOf(c, deps), context, envelopeId, reason);
    if (!voided.ok) return domainProblem(c, voided.error);
    return answer(c, deps, envelopeId);
  });
  router.openapi(routes.issueSigningLinkRoute, async (c) => {
    const { envelopeId, signerId } = c.req.valid("param");
    const external = await envelopesStore(deps.db, c.get("principal").tenantId).find(envelopeId);
    if (external !== undefined && external.provider !== BUILTIN_PROVIDER) {
      const message = `Envelope ${envelopeId} is signed at ${external.provider}: its links come from there.`;
      return domainProblem(c, { code: "envelope_signed_externally", message });
    }
    const issued = await issueSigningLink(envelopeDeps(c, deps), changeContext(c, deps), envelopeId, signerId);
    if (!issued.ok) return domainProblem(c, issued.error);
    const { link } = issued.value;
    c.set("redactedBody", JSON.stringify({ ...link, url: "", token: "" }));
    return c.json(link, 201);
  });
}

function registerReads(router: Router, deps: ResourceDeps) {
  router.openapi(routes.getEnvelopeRoute, async (c) => answer(c, deps, c.req.valid("param").envelopeId, true));
  router.openapi(routes.verifyEnvelopeRoute, async (c) => {
    const { envelopeId } = c.req.valid("param");
    const tenantId = c.get("principal").tenantId;
    const verified = await verifyEnvelope(deps.db, documentSettingsOf(deps), tenantId, envelopeId);
    if (!verified.ok) return domainProblem(c, verified.error);
    return c.json(verified.value, 200);
  });
  listRoute(router, routes.listEnvelopesDefinition, idOrder("env"), async ({ tenantId, filters, after, take }) => {
    const store = envelopesStore(deps.db, tenantId);
    const rows = await store.list({ ...filters, after, take });
    const now = deps.clock();
    return ok(await Promise.all(rows.map(async (row) => toEnvelopeBody(row, await store.signers(row.id), now))));
  });
}

/**
 * E-signature envelopes: documents sent to signers in routing order, signed at `/sign/{token}` (see
 * `signingRoutes`), completed into signed documents and a certificate, with a hash-chained evidence log
 * anyone with the envelope can verify.
 *
 * @example
 * export const resources = [documentsResource, envelopesResource, …];
 */
export const envelopesResource: ApiResource = {
  tag: { name: "Envelopes", description: "E-signature: envelopes, signing links, evidence and its verification" },
  scopes: ["envelopes:read", "envelopes:write"],
  routes: (deps) => {
    const router = createRouter();
    registerChanges(router, deps);
    registerReads(router, deps);
    return router;
  },
};
