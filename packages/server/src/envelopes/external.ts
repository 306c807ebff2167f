import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ESignatureProvider, ESignatureProviderError } from "../adapters/e-signature/provider.js";
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

/** A provider's refusal as 502 `e_signature_provider_refused`; anything else is rethrown. */
export const refused = (error: unknown) => {
  if (!(error instanceof ESignatureProviderError)) throw error;
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
    createdBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/**
 * Sends documents for signature through an external provider: the same checks as the built-in path
 * (owner, documents, expiry), then the provider's `createEnvelope` with the stored bytes (refused: 502
 * `e_signature_provider_refused`); the envelope is stored with the provider's name and reference, its
 * signers, and a `created` event; the links are the provider's (no token of Lendstack's).
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
  let sent: Awaited<ReturnType<ESignatureProvider["createEnvelope"]>>;
  try {
    sent = await provider.createEnvelope({
      ...{ tenantId: context.tenantId, actor: context.actor, subject, signers, message: request.message },
      ...{ applicationId: request.applicationId, loanId: request.loanId, expiresAt: expiresAt.value },
      documents: await bytesToSign(deps, context.tenantId, documents.value),
    });
  } catch (error) {
    return refused(error);
  }
  const store = envelopesStore(deps.db, context.tenantId);
  const id = context.ids.next("env");
  const external = { provider: provider.name, reference: sent.reference };
  const envelope = await store.insert(
    envelopeRow(id, context, request, { documents: documents.value, subject, expiresAt: expiresAt.value, ...external }),
  );
  const rows = signerRows(context, id, request, expiresAt.value);
  await store.insertSigners(rows);
  const details = { documents: documents.value, expiresAt: expiresAt.value.toISOString(), subject, ...external };
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
 * Voids an envelope at its external provider (refused: 502 `e_signature_provider_refused`).
 *
 * @example
 * const voided = await voidAtProvider(provider, "demo", "sbx_env_000001", "Wrong amount");
 */
export async function voidAtProvider(
  provider: ESignatureProvider,
  tenantId: string,
  reference: string,
  reason: string,
): Promise<Result<null>> {
  try {
    await provider.voidEnvelope(tenantId, reference, reason);
    return ok(null);
  } catch (error) {
    return refused(error);
  }
}
