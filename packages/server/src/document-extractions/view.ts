import type { ParsedField } from "@lendstack/core/origination";
import type { DocumentExtractionRow, StoredExtractedField } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { DocumentExtractionBody } from "./schemas.js";

/** A parsed field as stored (money as a string of minor units). @example toStoredField(field) */
export function toStoredField(field: ParsedField): StoredExtractedField {
  const value = field.kind === "money" ? field.value.toString() : field.value;
  return {
    name: field.name,
    kind: field.kind,
    value,
    confidence: field.confidence,
    page: field.page,
    bbox: field.bbox,
  };
}

/** A stored field as the API shows it: money an integer of minor units. */
function toFieldBody(field: StoredExtractedField): DocumentExtractionBody["fields"][number] {
  const value = field.kind === "money" ? toJsonInteger(BigInt(field.value), "extracted amount") : field.value;
  return { ...field, value, bbox: field.bbox === null ? null : { ...field.bbox } };
}

/** @example c.json(toExtractionBody(row), 201) */
export function toExtractionBody(row: DocumentExtractionRow): DocumentExtractionBody {
  return {
    object: "document_extraction",
    id: row.id,
    documentId: row.documentId,
    documentType: row.documentType as DocumentExtractionBody["documentType"],
    ownerType: row.ownerType as DocumentExtractionBody["ownerType"],
    ownerId: row.ownerId,
    provider: row.provider,
    model: row.model,
    currency: "USD",
    pageCount: row.pageCount,
    fields: row.fields.map(toFieldBody),
    extractedBy: row.extractedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
