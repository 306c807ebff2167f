import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { problemResponses } from "../http/responses.js";
import { documentExtractionSchema, documentExtractionsPathSchema, extractionPathSchema } from "./schemas.js";

const TAG = "Document extractions";
const tags = [TAG];
const security = [{ bearerAuth: [] }];
const read = requireScope("documents:read");
const write = requireScope("documents:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/documents/{documentId}/extractions`. @example router.openapi(extractDocumentRoute, handler); */
export const extractDocumentRoute = createRoute({
  method: "post",
  path: "/v1/documents/{documentId}/extractions",
  operationId: "extractDocument",
  summary: "Extract a document's fields",
  description: [
    "Reads a stored pay stub or bank statement with the document parser (`DOCUMENT_PARSER`: the built-in offline reader of text-based PDFs, or an OpenAI-compatible API) and stores the fields it read, each with its confidence, page and box.",
    "Pay stubs: employer, employee, pay period, pay date, gross and net pay, year to date, the pay frequency (stated, else inferred from the period) and `monthlyIncome` (gross × 52, 26, 24 or 12 periods a year / 12, half-up to the cent).",
    "Bank statements: holder, period, opening and closing balance, total deposits and `nsfCount` (NSF, overdraft and returned-item fee lines).",
    "Money is an integer of minor units. Each call makes a new extraction; the newest of an application's documents feeds its decisions (`verifiedMonthlyIncome`, `incomeVarianceBasisPoints`, `nsfCount`).",
    "Another document type is 422 `document_type_not_extractable`; not a PDF 422 `document_not_pdf` (the built-in parser also reads a scanned page sent as PNG or JPEG, and a PDF without a text layer through its page images, by OCR); a PDF with neither a text layer nor an image OCR finds text in (or a scan of more than 20 pages), or an image in which OCR finds no text 422 `document_has_no_text`; a provider that fails 502 `extraction_provider_unavailable`. A failure stores nothing.",
  ].join(" "),
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: documentExtractionsPathSchema },
  responses: {
    201: json(documentExtractionSchema, "The extraction"),
    ...problemResponses(404, 502),
  },
});

/** `GET /v1/extractions/{extractionId}`. */
export const getExtractionRoute = createRoute({
  method: "get",
  path: "/v1/extractions/{extractionId}",
  operationId: "getExtraction",
  summary: "Get a document extraction",
  description: "The fields an extraction read, with their confidence, page and box.",
  tags,
  security,
  middleware: read,
  request: { params: extractionPathSchema },
  responses: { 200: json(documentExtractionSchema, "The extraction"), ...problemResponses(404) },
});

/** `GET /v1/documents/{documentId}/extractions` (listDocumentExtractions). */
export const listDocumentExtractionsDefinition = {
  path: "/v1/documents/{documentId}/extractions",
  operationId: "listDocumentExtractions",
  summary: "List a document's extractions",
  description: "Every extraction of the document, each with its fields.",
  tag: TAG,
  middleware: read,
  params: documentExtractionsPathSchema,
  filters: {},
  item: documentExtractionSchema,
  pageName: "DocumentExtractionPage",
};
