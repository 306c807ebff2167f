import type { ParsedField } from "@lendstack/core/origination";

/** The document types an extractor reads. */
export const EXTRACTABLE_DOCUMENT_TYPES = ["pay_stub", "bank_statement"] as const;

/** @example const type: ExtractableDocumentType = "pay_stub"; */
export type ExtractableDocumentType = (typeof EXTRACTABLE_DOCUMENT_TYPES)[number];

/** @example isExtractable("pay_stub") // true */
export function isExtractable(type: string): type is ExtractableDocumentType {
  return (EXTRACTABLE_DOCUMENT_TYPES as ReadonlyArray<string>).includes(type);
}

/** What an extraction reads: the document's bytes, its (sniffed) content type and its type. */
export interface ExtractionInput {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly documentType: ExtractableDocumentType;
}

/**
 * What an extractor read: the fields (money in integer minor units, dates `YYYY-MM-DD`, each with its
 * confidence, page and box), the document's page count and how many text items its text layer had.
 */
export interface Extraction {
  readonly fields: ReadonlyArray<ParsedField>;
  readonly pageCount: number;
  readonly textItemCount: number;
}

/** Why an extraction failed, as a stable code. */
export type ExtractionFailure =
  /** Not a PDF (by its content type or its bytes). */
  | "document_not_pdf"
  /** A document with no text to read (no text layer, and OCR read none; or a scan too long to OCR). */
  | "document_has_no_text"
  /** The provider failed, timed out or answered outside its protocol. */
  | "extraction_provider_unavailable";

/** An extraction that could not be made; the route answers it as a problem, never a 500. */
export class DocumentParsingError extends Error {
  override readonly name = "DocumentParsingError";
  constructor(
    readonly code: ExtractionFailure,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A document parser: the interface every implementation (the built-in offline one, the OpenAI-compatible
 * HTTP one) provides. It throws `DocumentParsingError` for an expected failure and never logs the document.
 *
 * @example
 * const { fields } = await parser.extract({ bytes, contentType: "application/pdf", documentType: "pay_stub" });
 */
export interface DocumentParser {
  /** `builtin` or `openai` (stored with each extraction). */
  readonly name: string;
  /** The model or version that read it (stored with each extraction). */
  readonly model: string;
  extract(input: ExtractionInput): Promise<Extraction>;
}
