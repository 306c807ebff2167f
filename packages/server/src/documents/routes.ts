import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  documentMultipartUploadSpec,
  documentPathSchema,
  documentSchema,
  documentStatusSchema,
  documentTypeSchema,
  rejectDocumentSchema,
} from "./schemas.js";

const TAG = "Documents";
const tags = [TAG];
const security = [{ bearerAuth: [] }];
const read = requireScope("documents:read");
const write = requireScope("documents:write");
const review = requireScope("documents:review");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const uploadDocumentRoute = createRoute({
  method: "post",
  path: "/v1/documents",
  operationId: "uploadDocument",
  summary: "Upload a document",
  description: [
    "Uploads a file for a party, an application or a loan (exactly one of `partyId`, `applicationId`, `loanId`; unknown: 404 `party_not_found` …).",
    "As `multipart/form-data`, streamed to storage as it arrives (never held whole in memory): the fields first, the `file` part last (its filename and Content-Type, unless the `fileName` and `contentType` fields say otherwise); or as JSON with the bytes in base64 `content`, for small files within the request body limit.",
    "The server sniffs the content type from the bytes and refuses a mismatch with the declared one (422 `content_type_mismatch`); a declared type not on the allow-list is 415 `content_type_not_allowed`; a file over the size limit is 413 `payload_too_large` (reading stops there); a file name with a path separator, `.`/`..` or a control character is 422 `unsafe_file_name`; an empty file 422 `empty_document`. A refused upload stores nothing.",
    "`supersedes: doc_…` makes the upload the next version of that document (same owner and type, and still the latest version, else 422 `supersedes_mismatch` / 409 `document_superseded`); the history is kept and shown on get.",
    "Both forms honour `Idempotency-Key`: a multipart upload's key is settled once its bytes are stored and hashed (the fields plus the file's SHA-256 stand for the request), in the transaction that writes the row, so a retry answers with the stored response (`Idempotent-Replayed: true`) and keeps no second copy, and the same key with another file is 422 `idempotency_key_reused`.",
  ].join(" "),
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    body: {
      required: true,
      content: {
        "multipart/form-data": { schema: documentMultipartUploadSpec },
        "application/json": { schema: { $ref: "#/components/schemas/DocumentJsonUpload" } },
      },
    },
  },
  responses: {
    201: json(documentSchema, "The stored document, pending review"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

export const getDocumentRoute = createRoute({
  method: "get",
  path: "/v1/documents/{documentId}",
  operationId: "getDocument",
  summary: "Get a document",
  description: "Its metadata, its version and every earlier version (`versions`), and the version that replaced it.",
  tags,
  security,
  middleware: read,
  request: { params: documentPathSchema },
  responses: { 200: json(documentSchema, "The document"), ...problemResponses(404) },
});

export const downloadDocumentRoute = createRoute({
  method: "get",
  path: "/v1/documents/{documentId}/content",
  operationId: "downloadDocument",
  summary: "Download a document's bytes",
  description:
    "Streams the bytes with their `Content-Type`, `Content-Length`, `Content-Disposition: attachment` (RFC 6266, with a UTF-8 `filename*`), `ETag` (the SHA-256) and `X-Content-Type-Options: nosniff`.",
  tags,
  security,
  middleware: read,
  request: { params: documentPathSchema },
  responses: {
    200: {
      description: "The document's bytes",
      headers: {
        "Content-Disposition": {
          description: "attachment; filename=…; filename*=UTF-8''…",
          schema: { type: "string" as const },
        },
      },
      content: { "application/octet-stream": { schema: { type: "string" as const, format: "binary" } } },
    },
    ...problemResponses(404),
  },
});

const reviewDescription = (what: string) =>
  `A reviewer ${what} the latest version of a document pending review; 409 \`document_not_pending\` when already reviewed, \`document_superseded\` when a newer version exists.`;

export const acceptDocumentRoute = createRoute({
  method: "post",
  path: "/v1/documents/{documentId}/accept",
  operationId: "acceptDocument",
  summary: "Accept a document",
  description: reviewDescription("accepts"),
  tags,
  security,
  middleware: review,
  request: { headers: optionalIdempotencyKey, params: documentPathSchema },
  responses: { 200: json(documentSchema, "The accepted document"), ...problemResponses(404, 409) },
});

export const rejectDocumentRoute = createRoute({
  method: "post",
  path: "/v1/documents/{documentId}/reject",
  operationId: "rejectDocument",
  summary: "Reject a document",
  description: reviewDescription("rejects, with a reason,"),
  tags,
  security,
  middleware: review,
  request: {
    headers: optionalIdempotencyKey,
    params: documentPathSchema,
    body: { required: true, content: { "application/json": { schema: rejectDocumentSchema } } },
  },
  responses: {
    200: json(documentSchema, "The rejected document"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/documents` (listDocuments). */
export const listDocumentsDefinition = {
  path: "/v1/documents",
  operationId: "listDocuments",
  summary: "List documents",
  description: "Documents of the tenant, every version (each with its `version` and `supersededBy`).",
  tag: TAG,
  middleware: read,
  filters: {
    partyId: idSchema("pty").optional().openapi({ description: "Only this party's documents" }),
    applicationId: idSchema("app").optional().openapi({ description: "Only this application's documents" }),
    loanId: idSchema("loan").optional().openapi({ description: "Only this loan's documents" }),
    type: documentTypeSchema.optional().openapi({ description: "Only documents of this type" }),
    status: documentStatusSchema.optional().openapi({ description: "Only documents in this status" }),
  },
  item: documentSchema,
  pageName: "DocumentPage",
};
