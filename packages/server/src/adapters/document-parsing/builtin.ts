import { type ParsedField, parseBankStatement, parsePayStub, type TextItem } from "@lendstack/core/origination";
import { OCR_CONTENT_TYPES, readImageText } from "./ocr.js";
import { type DocumentParser, DocumentParsingError, type Extraction, type ExtractionInput } from "./parser.js";
import { readPdfScan } from "./pdf-scan.js";
import { readPdfText } from "./pdf-text.js";

const parse = (input: ExtractionInput, items: ReadonlyArray<TextItem>): ParsedField[] =>
  input.documentType === "pay_stub" ? parsePayStub(items) : parseBankStatement(items);

/** An OCR'd field is as sure as its layout match times Tesseract's confidence on its page. */
const weighted = (field: ParsedField, ocrConfidence: number): ParsedField => ({
  ...field,
  confidence: Math.round(field.confidence * ocrConfidence * 1000) / 1000,
});

/** A PDF without a text layer: its page images by OCR. */
async function extractScannedPdf(input: ExtractionInput): Promise<Extraction> {
  const scan = await readPdfScan(input.bytes, input.contentType);
  const pages = [...scan.confidenceByPage.values()];
  const meanConfidence = pages.reduce((sum, each) => sum + each, 0) / pages.length;
  // A field read from no one place (an inferred pay frequency) is as sure as the scan's pages on average.
  const fields = parse(input, scan.items).map((field) =>
    weighted(field, field.page === null ? meanConfidence : (scan.confidenceByPage.get(field.page) ?? 0)),
  );
  return { fields, pageCount: scan.pageCount, textItemCount: scan.items.length };
}

const hasNoText = (error: unknown) => error instanceof DocumentParsingError && error.code === "document_has_no_text";

/**
 * The built-in offline parser: pdf.js reads a PDF's text layer; OCR (tesseract.js, see `ocr.ts`) reads a
 * scanned page sent as a PNG or JPEG, and a PDF without a text layer through its page images
 * (`pdf-scan.ts`); core's `parsePayStub` or `parseBankStatement` reads the fields from the positioned items.
 * An OCR'd field's confidence is the layout's times Tesseract's mean word confidence on its page.
 * Deterministic: the same bytes give the same fields.
 *
 * @example const extraction = await builtinDocumentParser.extract({ bytes, contentType: "application/pdf", documentType: "pay_stub" });
 */
export const builtinDocumentParser: DocumentParser = {
  name: "builtin",
  model: "lendstack-layout-1",
  async extract(input) {
    if (OCR_CONTENT_TYPES.includes(input.contentType)) {
      const text = await readImageText(input.bytes);
      const fields = parse(input, text.items).map((field) => weighted(field, text.confidence));
      return { fields, pageCount: 1, textItemCount: text.items.length };
    }
    try {
      const text = await readPdfText(input.bytes, input.contentType);
      return { fields: parse(input, text.items), pageCount: text.pageCount, textItemCount: text.items.length };
    } catch (error) {
      if (hasNoText(error)) return extractScannedPdf(input);
      throw error;
    }
  },
};
