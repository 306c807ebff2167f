export { builtinDocumentParser } from "./builtin.js";
export { type FakeOpenAi, type FakeOpenAiFault, startFakeOpenAi } from "./fake-openai.js";
export { type ImageText, OCR_CONTENT_TYPES, readImageText, stopOcr } from "./ocr.js";
export { instructionsFor, messagesFor, type OpenAiDocumentParserOptions, openAiDocumentParser } from "./openai.js";
export {
  type DocumentParser,
  DocumentParsingError,
  EXTRACTABLE_DOCUMENT_TYPES,
  type ExtractableDocumentType,
  type Extraction,
  type ExtractionFailure,
  type ExtractionInput,
  isExtractable,
} from "./parser.js";
export { type PageImage, type Placement, pageImages } from "./pdf-images.js";
export { MAX_SCANNED_PAGES, type PdfScanText, readPdfScan } from "./pdf-scan.js";
export { openPdf, readPdfText } from "./pdf-text.js";
export { encodePng, type RawPixels } from "./png-encode.js";
export { PROVIDER_FIELDS } from "./provider-fields.js";
export {
  type BankStatementFigures,
  bankStatementPdf,
  dollars,
  type PayStubFigures,
  payStubPdf,
  SAMPLE_BANK_STATEMENT,
  SAMPLE_PAY_STUB,
  scannedPdf,
} from "./sample-documents.js";
