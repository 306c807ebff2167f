import type { ChangeContext } from "../db/audit.js";
import { writeAudit } from "../db/audit.js";
import type { DocumentRow, EnvelopeRow, EnvelopeSignerRow, StoredEnvelopeOutput } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { appendEnvelopeEvent, envelopeEventsOf } from "./chain.js";
import { certificateOfCompletion, withSignaturePage } from "./pdf-pages.js";
import { oneChunk, readStoredBytes, sha256Of } from "./stored-bytes.js";

interface Generated {
  readonly sourceDocumentId: string | null;
  readonly type: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * Stores a generated PDF as a new document of the envelope's application (or loan), with an audit record.
 *
 * @example
 * const row = await storeGenerated(db, context, settings, envelope, { sourceDocumentId: null, type, fileName, bytes });
 */
export async function storeGenerated(
  db: Db,
  context: ChangeContext,
  settings: DocumentSettings,
  envelope: EnvelopeRow,
  generated: Generated,
): Promise<DocumentRow> {
  const id = context.ids.next("doc");
  await settings.storage.put(id, oneChunk(generated.bytes));
  const ownerType = envelope.applicationId === null ? "loan" : "application";
  const sha256 = sha256Of(generated.bytes);
  try {
    const row = await documentsStore(db, context.tenantId).insert({
      id,
      ownerType,
      ownerId: envelope.applicationId ?? envelope.loanId ?? "",
      type: generated.type,
      fileName: generated.fileName,
      contentType: "application/pdf",
      sizeBytes: generated.bytes.byteLength,
      sha256,
      storageKey: id,
      version: 1,
      lineageId: id,
      supersedesId: null,
      status: "pending_review",
      reviewedBy: null,
      reviewedAt: null,
      rejectionReason: null,
      uploadedBy: context.actor,
      createdAt: context.now,
    });
    await writeAudit(db, context, {
      action: "document.generated",
      resourceType: "document",
      resourceId: id,
      details: { envelopeId: envelope.id, type: generated.type, sha256, source: generated.sourceDocumentId },
    });
    return row;
  } catch (error) {
    await settings.storage.delete(id);
    throw error;
  }
}

const signedName = (fileName: string) => `${fileName.replace(/\.pdf$/i, "")}-signed.pdf`.slice(0, 255);

/**
 * Completes an envelope whose last signer just signed (its row locked, `signers` all signed): each
 * original with a signature page appended and the certificate of completion (every event so far) are
 * stored as new documents (`signed_agreement`, `signature_certificate`); a `completed` event records each
 * original's SHA-256 before and the signed copy's after, and the certificate's. Audited as
 * `envelope.completed`.
 *
 * @example
 * const completed = await completeEnvelope(db, context, settings, envelope, signers);
 */
export async function completeEnvelope(
  db: Db,
  context: ChangeContext,
  settings: DocumentSettings,
  envelope: EnvelopeRow,
  signers: ReadonlyArray<EnvelopeSignerRow>,
): Promise<{ anchor: { eventCount: number; headHash: string }; outputs: StoredEnvelopeOutput[] }> {
  const outputs: StoredEnvelopeOutput[] = [];
  const changes: Array<Record<string, string>> = [];
  for (const original of envelope.documents) {
    const row = await documentsStore(db, context.tenantId).find(original.documentId);
    const bytes = row === undefined ? undefined : await readStoredBytes(settings.storage, row.storageKey);
    if (bytes === undefined) throw new Error(`envelope ${envelope.id}: document ${original.documentId} is gone`);
    const signed = await withSignaturePage(bytes, { envelope, signers, originalSha256: original.sha256 });
    const stored = await storeGenerated(db, context, settings, envelope, {
      sourceDocumentId: original.documentId,
      type: "signed_agreement",
      fileName: signedName(original.fileName),
      bytes: signed,
    });
    outputs.push({ documentId: stored.id, sourceDocumentId: original.documentId, sha256: stored.sha256 });
    changes.push({
      documentId: original.documentId,
      sha256Before: sha256Of(bytes),
      signedDocumentId: stored.id,
      sha256After: stored.sha256,
    });
  }
  const events = await envelopeEventsOf(db, context.tenantId, envelope.id);
  const certificate = await storeGenerated(db, context, settings, envelope, {
    sourceDocumentId: null,
    type: "signature_certificate",
    fileName: `certificate-of-completion-${envelope.id}.pdf`,
    bytes: await certificateOfCompletion({ envelope, signers, events }),
  });
  outputs.push({ documentId: certificate.id, sourceDocumentId: null, sha256: certificate.sha256 });
  const anchor = await appendEnvelopeEvent(db, envelope, {
    type: "completed",
    actor: "lendstack",
    occurredAt: context.now,
    details: { documents: changes, certificate: { documentId: certificate.id, sha256: certificate.sha256 } },
  });
  await writeAudit(db, context, {
    action: "envelope.completed",
    resourceType: "envelope",
    resourceId: envelope.id,
    details: { outputs },
  });
  return { anchor, outputs };
}
