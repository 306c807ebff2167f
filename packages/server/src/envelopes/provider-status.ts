import { fail, ok, type Result } from "@lendstack/core/errors";
import type { ESignatureProvider, ProviderStatus } from "../adapters/e-signature/provider.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { EnvelopeRow, StoredEnvelopeOutput } from "../db/schema/index.js";
import { appendEnvelopeEvent } from "./chain.js";
import { storeGenerated } from "./completion.js";
import { refused } from "./external.js";
import type { EnvelopeDeps } from "./service.js";
import { envelopesStore } from "./store.js";

// A status an external e-signature provider reported (by callback, confirmed with the provider), applied to
// the envelope Lendstack keeps: completion downloads the signed documents and certificate through the adapter.

/** What a callback changed: the envelope, its tenant, its status now, and whether anything changed. */
export interface AppliedStatus {
  readonly tenantId: string;
  readonly envelopeId: string;
  readonly status: string;
  readonly changed: boolean;
  /** The domain event to record, if any. */
  readonly event: "envelope.completed" | "envelope.declined" | "envelope.voided" | undefined;
}

async function complete(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  envelope: EnvelopeRow,
  status: ProviderStatus,
): Promise<Result<EnvelopeRow>> {
  let downloaded: Awaited<ReturnType<ESignatureProvider["download"]>>;
  try {
    downloaded = await provider.download(context.tenantId, status.reference);
  } catch (error) {
    return refused(error);
  }
  const signedDocuments = downloaded.filter((each) => each.kind === "signed_document");
  const outputs: StoredEnvelopeOutput[] = [];
  for (const each of downloaded) {
    const source =
      each.kind === "signed_document" ? (envelope.documents[signedDocuments.indexOf(each)]?.documentId ?? null) : null;
    const stored = await storeGenerated(deps.db, context, deps.documents, envelope, {
      sourceDocumentId: source,
      type: each.kind === "signed_document" ? "signed_agreement" : "signature_certificate",
      fileName: each.fileName.slice(0, 255),
      bytes: each.bytes,
    });
    if (stored.sha256 !== each.sha256)
      return fail("e_signature_provider_refused", `${each.fileName}'s SHA-256 is not the one the provider stated.`);
    outputs.push({ documentId: stored.id, sourceDocumentId: source, sha256: stored.sha256 });
  }
  // The `completed` event in the built-in one's shape, so verification re-hashes the outputs the same way.
  const documents = outputs.flatMap((output) => {
    const original = envelope.documents.find((each) => each.documentId === output.sourceDocumentId);
    return original === undefined
      ? []
      : [
          {
            documentId: original.documentId,
            sha256Before: original.sha256,
            signedDocumentId: output.documentId,
            sha256After: output.sha256,
          },
        ];
  });
  const certificate = outputs.find((output) => output.sourceDocumentId === null);
  const completedAt = status.completedAt ?? context.now;
  const store = envelopesStore(deps.db, context.tenantId);
  for (const signer of await store.signers(envelope.id)) {
    if (signer.status === "pending") await store.updateSigner(signer.id, { status: "signed", signedAt: completedAt });
  }
  const anchor = await appendEnvelopeEvent(deps.db, envelope, {
    type: "completed",
    actor: context.actor,
    occurredAt: context.now,
    details: {
      documents,
      certificate:
        certificate === undefined ? null : { documentId: certificate.documentId, sha256: certificate.sha256 },
      provider: provider.name,
      providerReference: status.reference,
    },
  });
  await writeAudit(deps.db, context, {
    action: "envelope.completed",
    resourceType: "envelope",
    resourceId: envelope.id,
    details: { outputs },
  });
  return ok(
    await store.update(envelope.id, { ...anchor, status: "completed", outputs, completedAt, updatedAt: context.now }),
  );
}

async function closeAs(
  deps: EnvelopeDeps,
  context: ChangeContext,
  envelope: EnvelopeRow,
  status: "declined" | "voided",
): Promise<EnvelopeRow> {
  const details = { reason: `${status} at the e-signature provider` };
  const anchor = await appendEnvelopeEvent(deps.db, envelope, {
    type: status,
    actor: context.actor,
    occurredAt: context.now,
    details,
  });
  await writeAudit(deps.db, context, {
    action: `envelope.${status}`,
    resourceType: "envelope",
    resourceId: envelope.id,
    details,
  });
  const voided = status === "voided" ? { voidReason: details.reason, voidedAt: context.now } : {};
  return envelopesStore(deps.db, context.tenantId).update(envelope.id, {
    ...anchor,
    ...voided,
    status,
    updatedAt: context.now,
  });
}

/**
 * Applies a provider's status to its envelope (locked, in `context`'s tenant): `completed` downloads and
 * stores the signed documents and certificate, `declined` and `voided` close it, `partially_signed` is
 * recorded; an envelope already completed, voided or declined does not change (a repeated callback is a
 * no-op), nor does `sent` or `expired` (expiry is Lendstack's own).
 *
 * @example
 * const applied = await applyProviderStatus(deps, provider, context, envelope, { reference, status: "completed", completedAt });
 */
export async function applyProviderStatus(
  deps: EnvelopeDeps,
  provider: ESignatureProvider,
  context: ChangeContext,
  envelope: EnvelopeRow,
  status: ProviderStatus,
): Promise<Result<AppliedStatus>> {
  const unchanged = ok({
    tenantId: context.tenantId,
    envelopeId: envelope.id,
    status: envelope.status,
    changed: false,
    event: undefined,
  });
  if (["completed", "voided", "declined"].includes(envelope.status)) return unchanged;
  const at = { tenantId: context.tenantId, envelopeId: envelope.id, changed: true };
  switch (status.status) {
    case "completed": {
      const completed = await complete(deps, provider, context, envelope, status);
      if (!completed.ok) return completed;
      return ok({ ...at, status: "completed", event: "envelope.completed" });
    }
    case "declined":
    case "voided":
      await closeAs(deps, context, envelope, status.status);
      return ok({ ...at, status: status.status, event: `envelope.${status.status}` });
    case "partially_signed":
      if (envelope.status === "partially_signed") return unchanged;
      await envelopesStore(deps.db, context.tenantId).update(envelope.id, {
        status: "partially_signed",
        updatedAt: context.now,
      });
      return ok({ ...at, status: "partially_signed", event: undefined });
    default:
      return unchanged;
  }
}
