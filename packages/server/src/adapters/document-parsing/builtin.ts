import { parseBankStatement, parsePayStub } from "@lendstack/core/origination";
import type { DocumentParser } from "./parser.js";
import { readPdfText } from "./pdf-text.js";

/**
 * The built-in offline parser: pdf.js reads the PDF's text layer, core's `parsePayStub` or
 * `parseBankStatement` reads the fields from the positioned items. Text-based PDFs only: a scan has no
 * text (`document_has_no_text`). Deterministic: the same bytes give the same fields.
 *
 * @example const extraction = await builtinDocumentParser.extract({ bytes, contentType: "application/pdf", documentType: "pay_stub" });
 */
export const builtinDocumentParser: DocumentParser = {
  name: "builtin",
  model: "lendstack-layout-1",
  async extract(input) {
    const text = await readPdfText(input.bytes, input.contentType);
    const fields = input.documentType === "pay_stub" ? parsePayStub(text.items) : parseBankStatement(text.items);
    return { fields, pageCount: text.pageCount, textItemCount: text.items.length };
  },
};
