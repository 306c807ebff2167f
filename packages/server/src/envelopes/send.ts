import type { z } from "@hono/zod-openapi";
import { ok, type Result } from "@lendstack/core/errors";
import { builtinESignatureProvider } from "../adapters/e-signature/builtin.js";
import type { ESignatureProvider } from "../adapters/e-signature/provider.js";
import type { ChangeContext } from "../db/audit.js";
import type { IdGenerator } from "../ids.js";
import { createExternalEnvelope, sendToProvider, voidAtProvider } from "./external.js";
import { BUILTIN_PROVIDER } from "./providers.js";
import type { createEnvelopeSchema } from "./schemas.js";
import { type EnvelopeDeps, type EnvelopeState, voidEnvelope } from "./service.js";
import { envelopesStore } from "./store.js";

// Every envelope is sent and voided through an `ESignatureProvider`: Lendstack's own signing page is the
// `builtin` one. The one difference between them is where the envelope lives: Lendstack's own provider
// stores it in this database itself (its reference is the envelope's id), while an external provider's
// envelope is mirrored here (`createExternalEnvelope`) and kept up to date from its status.

type CreateRequest = z.infer<typeof createEnvelopeSchema>;

/**
 * Lendstack's own provider over `deps` (its links under `deps.linkBase`).
 *
 * @example const provider = builtinProviderOf(deps, clock, ids);
 */
export function builtinProviderOf(deps: EnvelopeDeps, clock: () => Date, ids: IdGenerator): ESignatureProvider {
  return builtinESignatureProvider({ db: deps.db, documents: deps.documents, linkBase: deps.linkBase, clock, ids });
}

/** A signing link's token: the last segment of a link to Lendstack's signing page (`…/sign/<token>`). */
const tokenOf = (url: string) => new URL(url).pathname.split("/").pop() ?? "";

async function sendThroughBuiltin(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<EnvelopeState>> {
  const sending = await sendToProvider(deps, provider, context, request);
  if (!sending.ok) return sending;
  const { sent } = sending.value;
  const store = envelopesStore(deps.db, context.tenantId);
  const envelope = await store.find(sent.reference);
  if (envelope === undefined) throw new Error(`envelope ${sent.reference} was not stored by its provider`);
  const signers = await store.signers(envelope.id);
  // The provider's links come in the request's order, the order signer ids were made in.
  const inRequestOrder = [...signers].sort((a, b) => (a.id < b.id ? -1 : 1));
  const linkOf = new Map(sent.signingLinks.map((link, index) => [inRequestOrder[index]?.id, link]));
  const links = signers.flatMap((signer) => {
    const link = linkOf.get(signer.id);
    if (link === undefined) return [];
    return [{ signerId: signer.id, url: link.url, token: tokenOf(link.url), expiresAt: link.expiresAt.toISOString() }];
  });
  return ok({ envelope, signers, links });
}

/**
 * Sends documents for signature through `provider`: Lendstack's own (`builtin`) stores the envelope and
 * issues Lendstack's signing links; any other is mirrored here (`createExternalEnvelope`). The checks and
 * their errors are the same for both (see `sendToProvider`).
 *
 * @example
 * const created = await sendForSignature(deps, provider, context, { applicationId, documentIds, signers, expiresAt });
 */
export function sendForSignature(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<EnvelopeState>> {
  return provider.name === BUILTIN_PROVIDER
    ? sendThroughBuiltin(deps, provider, context, request)
    : createExternalEnvelope(deps, provider, context, request);
}

/**
 * Voids an envelope through the provider that holds it: Lendstack's own voids it here (409
 * `envelope_completed` / `envelope_voided`, 404 `envelope_not_found`); an external provider configured here
 * voids it there first (an open envelope), then here.
 *
 * @example
 * const voided = await voidThroughProvider(deps, { builtin, external }, context, "env_…", "Wrong amount");
 */
export async function voidThroughProvider(
  deps: EnvelopeDeps,
  providers: { readonly builtin: ESignatureProvider; readonly external: ReadonlyMap<string, ESignatureProvider> },
  context: ChangeContext,
  envelopeId: string,
  reason: string,
): Promise<Result<unknown>> {
  const row = await envelopesStore(deps.db, context.tenantId).find(envelopeId);
  if (row === undefined || row.provider === BUILTIN_PROVIDER) {
    return voidAtProvider(providers.builtin, context, envelopeId, reason);
  }
  const external = providers.external.get(row.provider);
  if (row.providerReference !== null && external !== undefined) {
    const open = row.status !== "completed" && row.status !== "voided";
    const voided = open ? await voidAtProvider(external, context, row.providerReference, reason) : ok(null);
    if (!voided.ok) return voided;
  }
  return voidEnvelope(deps.db, context, envelopeId, reason);
}
