import { type ParsedField, parseBankStatement, parsePayStub, type TextItem } from "@lendstack/core/origination";
import { OCR_CONTENT_TYPES, readImageText } from "./ocr.js";
import type { DocumentParser, ExtractionInput } from "./parser.js";
import { readPdfText } from "./pdf-text.js";

const parse = (input: ExtractionInput, items: ReadonlyArray<TextItem>): ParsedField[] =>
  input.documentType === "pay_stub" ? parsePayStub(items) : parseBankStatement(items);

/**
 * The built-in offline parser: pdf.js reads a PDF's text layer, OCR (tesseract.js, see `ocr.ts`) reads a
 * scanned page sent as a PNG or JPEG, and core's `parsePayStub` or `parseBankStatement` reads the fields
 * from the positioned items. An OCR'd field's confidence is the layout's times Tesseract's mean word
 * confidence on the page. A PDF without text (a scan inside a PDF) is `document_has_no_text`.
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
      const fields = parse(input, text.items).map((field) => ({
        ...field,
        confidence: Math.round(field.confidence * text.confidence * 1000) / 1000,
      }));
      return { fields, pageCount: 1, textItemCount: text.items.length };
    }
    const text = await readPdfText(input.bytes, input.contentType);
    return { fields: parse(input, text.items), pageCount: text.pageCount, textItemCount: text.items.length };
  },
};
