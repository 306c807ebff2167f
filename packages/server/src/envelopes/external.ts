import type { z } from "@hono/zod-openapi";
import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import {
  type ESignatureProvider,
  ESignatureProviderError,
  type ProviderEnvelope,
} from "../adapters/e-signature/provider.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { GENESIS_HASH } from "../db/audit-chain.js";
import type { EnvelopeRow } from "../db/schema/index.js";
import { documentsStore } from "../documents/store.js";
import { appendEnvelopeEvent } from "./chain.js";
import type { createEnvelopeSchema } from "./schemas.js";
import { checkedDocuments, checkedExpiry, type EnvelopeDeps, type EnvelopeState, newSignerRow } from "./service.js";
import { envelopesStore } from "./store.js";
import { readStoredBytes } from "./stored-bytes.js";

// Envelopes signed at an external provider (any `ESignatureProvider` but the built-in one): Lendstack keeps
// the envelope, its signers and its hash-chained log as for its own signing, sends the documents through the
// adapter, and learns of progress from the provider's status callbacks (`applyProviderStatus`); on
// completion it downloads the signed documents and the certificate through the adapter and stores them.

type CreateRequest = z.infer<typeof createEnvelopeSchema>;

/**
 * A provider's refusal as 502 `e_signature_provider_refused`, or, from Lendstack's own provider, the domain
 * error its envelopes service refused with (answered as it is); anything else is rethrown.
 */
export const refused = (error: unknown): { readonly ok: false; readonly error: DomainError } => {
  if (!(error instanceof ESignatureProviderError)) throw error;
  if (error.domainError !== undefined) return { ok: false, error: error.domainError };
  return fail("e_signature_provider_refused", `The e-signature provider refused: ${error.message}`);
};

function signerRows(context: ChangeContext, envelopeId: string, request: CreateRequest, expiresAt: Date) {
  return request.signers.map((signer, index) =>
    newSignerRow(context.ids.next("sgr"), envelopeId, signer, index, { hash: null, expiresAt }),
  );
}

type Checked = Extract<Awaited<ReturnType<typeof checkedDocuments>>, { ok: true }>["value"];

/** The stored bytes of each document, as the provider is to receive them. */
async function bytesToSign(deps: EnvelopeDeps, tenantId: string, documents: Checked) {
  const toSign = [];
  for (const each of documents) {
    const row = await documentsStore(deps.db, tenantId).find(each.documentId);
    const bytes = row === undefined ? undefined : await readStoredBytes(deps.documents.storage, row.storageKey);
    if (bytes === undefined) throw new Error(`document ${each.documentId} has no stored bytes`);
    toSign.push({ documentId: each.documentId, fileName: each.fileName, bytes });
  }
  return toSign;
}

/** The envelope row of an external provider's envelope, before its first event. */
function envelopeRow(
  id: string,
  context: ChangeContext,
  request: CreateRequest,
  sent: { documents: Checked; subject: string; expiresAt: Date; provider: string; reference: string },
): Omit<EnvelopeRow, "tenantId"> {
  return {
    id,
    applicationId: request.applicationId ?? null,
    loanId: request.loanId ?? null,
    status: "sent",
    subject: sent.subject,
    message: request.message,
    documents: sent.documents,
    outputs: [],
    expiresAt: sent.expiresAt,
    voidReason: null,
    voidedAt: null,
    completedAt: null,
    eventCount: 0,
    headHash: GENESIS_HASH,
    provider: sent.provider,
    providerReference: sent.reference,
    providerCheckedAt: null,
    createdBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/** What a provider was sent: the checked documents, the subject, the expiry, and the provider's answer. */
export interface SentToProvider {
  readonly documents: Checked;
  readonly subject: string;
  readonly expiresAt: Date;
  readonly sent: ProviderEnvelope;
}

/**
 * Sends documents to a provider (Lendstack's own or an external one) after the checks every envelope gets
 * (owner, documents, expiry): the provider's `createEnvelope` with the stored bytes (refused: see
 * {@link refused}).
 *
 * @example
 * const sending = await sendToProvider(deps, provider, context, { applicationId, documentIds, signers, expiresAt });
 */
export async function sendToProvider(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<SentToProvider>> {
  const documents = await checkedDocuments(deps, context, request);
  if (!documents.ok) return documents;
  const expiresAt = checkedExpiry(context, request.expiresAt);
  if (!expiresAt.ok) return expiresAt;
  const subject = (request.subject ?? `Please sign: ${documents.value.map((each) => each.fileName).join(", ")}`).slice(
    0,
    200,
  );
  const signers = request.signers.map((signer, index) => ({
    ...signer,
    routingOrder: signer.routingOrder ?? index + 1,
  }));
  try {
    const sent = await provider.createEnvelope({
      ...{ tenantId: context.tenantId, actor: context.actor, requestId: context.requestId },
      ...{ subject, signers, message: request.message },
      ...{ applicationId: request.applicationId, loanId: request.loanId, expiresAt: expiresAt.value },
      documents: await bytesToSign(deps, context.tenantId, documents.value),
    });
    return ok({ documents: documents.value, subject, expiresAt: expiresAt.value, sent });
  } catch (error) {
    return refused(error);
  }
}

/**
 * Sends documents for signature through an external provider ({@link sendToProvider}); the envelope is
 * stored with the provider's name and reference, its signers, and a `created` event; the links are the
 * provider's (no token of Lendstack's).
 *
 * @example
 * const created = await createExternalEnvelope(deps, provider, context, { applicationId, documentIds, signers, expiresAt });
 */
export async function createExternalEnvelope(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<EnvelopeState>> {
  const sending = await sendToProvider(deps, provider, context, request);
  if (!sending.ok) return sending;
  const { documents, subject, expiresAt, sent } = sending.value;
  const store = envelopesStore(deps.db, context.tenantId);
  const id = context.ids.next("env");
  const external = { provider: provider.name, reference: sent.reference };
  const envelope = await store.insert(
    envelopeRow(id, context, request, { documents, subject, expiresAt, ...external }),
  );
  const rows = signerRows(context, id, request, expiresAt);
  await store.insertSigners(rows);
  const details = { documents, expiresAt: expiresAt.toISOString(), subject, ...external };
  const anchor = await appendEnvelopeEvent(deps.db, envelope, {
    ...{ actor: context.actor, occurredAt: context.now, type: "created" },
    details: { ...details, signers: request.signers },
  });
  const after = await store.update(id, { ...anchor, updatedAt: context.now });
  await writeAudit(deps.db, context, { action: "envelope.sent", resourceType: "envelope", resourceId: id, details });
  // The provider's links come in the request's order, as the signer rows were made.
  const links = sent.signingLinks.map((link, index) => ({
    signerId: rows[index]?.id ?? "",
    url: link.url,
    token: "",
    expiresAt: link.expiresAt.toISOString(),
  }));
  return ok({ envelope: after, signers: await store.signers(id), links });
}

/**
 * Voids an envelope at its provider, on behalf of `context`'s actor (refused: see {@link refused}).
 *
 * @example
 * const voided = await voidAtProvider(provider, context, "sbx_env_000001", "Wrong amount");
 */
export async function voidAtProvider(
  provider: ESignatureProvider,
  context: ChangeContext,
  reference: string,
  reason: string,
): Promise<Result<null>> {
  try {
    await provider.voidEnvelope(context.tenantId, reference, reason, {
      actor: context.actor,
      requestId: context.requestId,
    });
    return ok(null);
  } catch (error) {
    return refused(error);
  }
}
