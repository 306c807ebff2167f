import { decodeStored } from "../db/corrupt-record.js";
import type { EnvelopeRow, EnvelopeSignerRow } from "../db/schema/index.js";
import { type EnvelopeBody, envelopeStatusSchema, signerStatusSchema } from "./schemas.js";

type SigningLink = EnvelopeBody["signingLinks"][number];
type EnvelopeStatus = EnvelopeBody["status"];

/**
 * What an envelope's status is at `now`: its stored status, or `expired` when its expiry passed before it
 * reached a final status.
 *
 * @example
 * if (statusAt(row, now) === "expired") …
 */
export function statusAt(row: EnvelopeRow, now: Date): EnvelopeStatus {
  const stored = decodeStored(envelopeStatusSchema, row.status, { table: "envelopes", id: row.id, column: "status" });
  const open = stored === "sent" || stored === "partially_signed";
  return open && now.getTime() >= row.expiresAt.getTime() ? "expired" : stored;
}

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

function toSignerBody(signer: EnvelopeSignerRow): EnvelopeBody["signers"][number] {
  const at = { table: "envelope_signers", id: signer.id, column: "status" };
  return {
    id: signer.id,
    name: signer.name,
    email: signer.email,
    routingOrder: signer.routingOrder,
    status: decodeStored(signerStatusSchema, signer.status, at),
    consentedAt: iso(signer.consentedAt),
    signedAt: iso(signer.signedAt),
    signatureKind: signer.signature?.kind ?? null,
    declineReason: signer.declineReason,
  };
}

/** @example return c.json(toEnvelopeBody(row, signers, deps.clock()), 200); */
export function toEnvelopeBody(
  row: EnvelopeRow,
  signers: ReadonlyArray<EnvelopeSignerRow>,
  now: Date,
  signingLinks: ReadonlyArray<SigningLink> = [],
): EnvelopeBody {
  return {
    object: "envelope",
    id: row.id,
    applicationId: row.applicationId,
    loanId: row.loanId,
    status: statusAt(row, now),
    provider: row.provider,
    providerReference: row.providerReference,
    subject: row.subject,
    message: row.message,
    documents: row.documents.map(({ documentId, fileName, sha256 }) => ({ documentId, fileName, sha256 })),
    signers: signers.map(toSignerBody),
    completedDocuments: row.outputs.map((output) => ({
      documentId: output.documentId,
      kind: output.sourceDocumentId === null ? "certificate" : "signed_document",
      sourceDocumentId: output.sourceDocumentId,
      sha256: output.sha256,
    })),
    signingLinks: [...signingLinks],
    expiresAt: row.expiresAt.toISOString(),
    voidReason: row.voidReason,
    voidedAt: iso(row.voidedAt),
    completedAt: iso(row.completedAt),
    eventCount: row.eventCount,
    createdAt: row.createdAt.toISOString(),
  };
}
