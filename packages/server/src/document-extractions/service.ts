import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  type DocumentParser,
  DocumentParsingError,
  type Extraction,
  isExtractable,
} from "../adapters/document-parsing/parser.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { DocumentExtractionRow, DocumentRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { documentExtractionsStore } from "./store.js";
import { toStoredField } from "./view.js";

/** What extracting needs: the database, the document storage and the parser. */
export interface ExtractionDeps {
  readonly db: Db;
  readonly documents: DocumentSettings;
  readonly parser: DocumentParser;
}

/** The stored document's bytes (a document's row without its object is a server fault). */
async function bytesOf(settings: DocumentSettings, row: DocumentRow): Promise<Uint8Array> {
  const object = await settings.storage.get(row.storageKey);
  if (object === undefined)
    throw new Error(`document ${row.id}: no object ${row.storageKey} in ${settings.storage.kind}`);
  const chunks: Buffer[] = [];
  for await (const chunk of object.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

const FAILURE_MESSAGES = {
  document_not_pdf:
    "Only PDFs (and, with the built-in parser, scans as PNG or JPEG) are read: upload the pay stub or statement as one.",
  document_has_no_text:
    "No text could be read (a PDF with neither a text layer nor a readable scan, or an image OCR found no text in): upload the PDF the employer or bank issued, a clearer scan, or enter the figures.",
  extraction_provider_unavailable: "The document parsing provider failed; try again later.",
} as const;

/** The parser's reading, or its expected failure as a domain error (nothing is stored then). */
async function read(deps: ExtractionDeps, row: DocumentRow, documentType: "pay_stub" | "bank_statement") {
  try {
    const bytes = await bytesOf(deps.documents, row);
    return ok(await deps.parser.extract({ bytes, contentType: row.contentType, documentType }));
  } catch (error) {
    if (!(error instanceof DocumentParsingError)) throw error;
    return fail(error.code, `${FAILURE_MESSAGES[error.code]} (${error.message})`, [], {
      documentId: row.id,
    }) as Result<Extraction>;
  }
}

/**
 * Reads a stored pay stub or bank statement with the configured document parser and stores what it read
 * (a new extraction each time; the newest counts), audited as `document.extracted`. 404
 * `document_not_found`; 422 `document_type_not_extractable` for another type, `document_not_pdf`,
 * `document_has_no_text` (a PDF or image in which no text is read); 502 `extraction_provider_unavailable`. A failure stores nothing.
 *
 * @example const extracted = await extractDocument(deps, context, "doc_…");
 */
export async function extractDocument(
  deps: ExtractionDeps,
  context: ChangeContext,
  documentId: string,
): Promise<Result<DocumentExtractionRow>> {
  const document = await documentsStore(deps.db, context.tenantId).find(documentId);
  if (document === undefined) return fail("document_not_found", `No document ${documentId} in this tenant.`);
  const documentType = document.type;
  if (!isExtractable(documentType)) {
    return fail(
      "document_type_not_extractable",
      `Document ${documentId} is a ${documentType}; only pay_stub and bank_statement documents are read.`,
    );
  }
  const extraction = await read(deps, document, documentType);
  if (!extraction.ok) return extraction;
  const row = await documentExtractionsStore(deps.db, context.tenantId).insert({
    id: context.ids.next("dxt"),
    documentId,
    documentType,
    ownerType: document.ownerType,
    ownerId: document.ownerId,
    provider: deps.parser.name,
    model: deps.parser.model,
    fields: extraction.value.fields.map(toStoredField),
    pageCount: extraction.value.pageCount,
    extractedBy: context.actor,
    createdAt: context.now,
  });
  await writeAudit(deps.db, context, {
    action: "document.extracted",
    resourceType: "document_extraction",
    resourceId: row.id,
    details: {
      documentId,
      documentType,
      provider: row.provider,
      model: row.model,
      fields: row.fields.map((field) => field.name),
    },
  });
  return ok(row);
}
