import { decodeStored } from "../db/corrupt-record.js";
import type { DocumentRow } from "../db/schema/index.js";
import { type DocumentBody, documentOwnerTypeSchema, documentStatusSchema, documentTypeSchema } from "./schemas.js";

/** The lineage a get shows: earlier versions and the successor. */
export interface DocumentHistory {
  readonly earlier: ReadonlyArray<DocumentRow>;
  readonly supersededBy: string | null;
}

/** @example return c.json(toDocumentBody(row, { earlier: [], supersededBy: null }), 200); */
export function toDocumentBody(row: DocumentRow, history: DocumentHistory): DocumentBody {
  const at = (column: string) => ({ table: "documents", id: row.id, column });
  const ownerType = decodeStored(documentOwnerTypeSchema, row.ownerType, at("owner_type"));
  const status = (stored: DocumentRow) =>
    decodeStored(documentStatusSchema, stored.status, { table: "documents", id: stored.id, column: "status" });
  return {
    object: "document",
    id: row.id,
    ownerType,
    partyId: ownerType === "party" ? row.ownerId : null,
    applicationId: ownerType === "application" ? row.ownerId : null,
    loanId: ownerType === "loan" ? row.ownerId : null,
    type: decodeStored(documentTypeSchema, row.type, at("type")),
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.sizeBytes,
    sha256: row.sha256,
    version: row.version,
    supersedes: row.supersedesId,
    supersededBy: history.supersededBy,
    versions: history.earlier.map((earlier) => ({
      id: earlier.id,
      version: earlier.version,
      fileName: earlier.fileName,
      contentType: earlier.contentType,
      size: earlier.sizeBytes,
      sha256: earlier.sha256,
      status: status(earlier),
      createdAt: earlier.createdAt.toISOString(),
    })),
    status: status(row),
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
