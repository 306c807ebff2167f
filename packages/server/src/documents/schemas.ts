import { z } from "@hono/zod-openapi";
import { documentTypes } from "@lendstack/core/origination";
import { idSchema } from "../http/id-schema.js";
import { DEFAULT_DOCUMENT_MAX_BYTES } from "./settings.js";

/** What a document is: core's `documentTypes` (registered as `DocumentType`). */
export const documentTypeSchema = z.enum(documentTypes).openapi("DocumentType", {
  description:
    "What the document is: pay stub, bank statement, tax return, government ID, …; `tila_disclosure`, `loan_agreement` and `adverse_action_notice` are what `POST /v1/applications/{applicationId}/generated-documents` makes",
});

/** Registered as `DocumentStatus`. */
export const documentStatusSchema = z.enum(["pending_review", "accepted", "rejected"]).openapi("DocumentStatus", {
  description: "pending_review: uploaded, not yet reviewed; accepted or rejected by a reviewer",
});

/** Registered as `DocumentOwnerType`. */
export const documentOwnerTypeSchema = z.enum(["party", "application", "loan"]).openapi("DocumentOwnerType");

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** An earlier version of a document, as listed in its `versions`. */
export const documentVersionSchema = z
  .object({
    id: z.string(),
    version: z.int(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.int().openapi({ description: "Bytes" }),
    sha256: z.string(),
    status: documentStatusSchema,
    createdAt: instant("When it was uploaded"),
  })
  .openapi("DocumentVersion");

/** A document as returned (registered as `Document`). */
export const documentSchema = z
  .object({
    object: z.literal("document"),
    id: z.string().openapi({ example: "doc_01JGFJJZ0000000000000000AB" }),
    ownerType: documentOwnerTypeSchema,
    partyId: z.string().nullable(),
    applicationId: z.string().nullable(),
    loanId: z.string().nullable(),
    type: documentTypeSchema,
    fileName: z.string().openapi({ description: "As uploaded, without any path", example: "pay-stub-2025-02.pdf" }),
    contentType: z.string().openapi({ description: "Sniffed from the bytes and equal to the declared type" }),
    size: z.int().openapi({ description: "Bytes" }),
    sha256: z.string().openapi({ description: "Lowercase hex SHA-256 of the bytes; the download's ETag" }),
    version: z.int().openapi({ description: "1 for a first upload; each superseding upload adds 1" }),
    supersedes: z.string().nullable().openapi({ description: "The version this one replaced" }),
    supersededBy: z.string().nullable().openapi({ description: "The version that replaced this one, if any" }),
    versions: z
      .array(documentVersionSchema)
      .openapi({ description: "Get only: every earlier version, oldest first (empty on lists)" }),
    status: documentStatusSchema,
    reviewedBy: z.string().nullable(),
    reviewedAt: instant("When it was accepted or rejected").nullable(),
    rejectionReason: z.string().nullable(),
    uploadedBy: z.string().openapi({ description: "Token subject that uploaded it" }),
    createdAt: instant("When it was uploaded"),
  })
  .openapi("Document");

/** @example const body: DocumentBody = toDocumentBody(row, lineage); */
export type DocumentBody = z.infer<typeof documentSchema>;

const owner = {
  partyId: idSchema("pty").optional().openapi({ description: "The party it belongs to (exactly one owner)" }),
  applicationId: idSchema("app").optional().openapi({ description: "The application it belongs to" }),
  loanId: idSchema("loan").optional().openapi({ description: "The loan it belongs to" }),
};
const supersedes = idSchema("doc")
  .optional()
  .openapi({ description: "The document this upload is a new version of (same owner and type; the latest version)" });
const fileName = z.string().min(1).max(255);
const contentType = z.string().min(1).max(100);

/** The fields of a multipart upload (before its `file` part). */
export const documentFormFieldsSchema = z.strictObject({
  type: documentTypeSchema,
  ...owner,
  supersedes,
  fileName: fileName.optional().openapi({ description: "Overrides the file part's filename" }),
  contentType: contentType.optional().openapi({ description: "Overrides the file part's Content-Type" }),
});

/** Base64 of at most this many characters in the JSON form (the request body limit applies as well). */
export const JSON_CONTENT_MAX_CHARACTERS = 1_400_000;

/** `POST /v1/documents` as JSON (small files; registered as `DocumentJsonUpload`). */
export const documentJsonUploadSchema = z
  .strictObject({
    type: documentTypeSchema,
    ...owner,
    supersedes,
    fileName: fileName.openapi({ description: "The file's name, without a path", example: "id-card.png" }),
    contentType: contentType.openapi({ description: "The declared content type", example: "image/png" }),
    content: z
      .string()
      .min(1)
      .max(JSON_CONTENT_MAX_CHARACTERS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, "expected standard base64")
      .openapi({ description: "The file's bytes, base64 (bounded by the request body limit, 1 MiB by default)" }),
  })
  .openapi("DocumentJsonUpload");

const text = (description: string, maxLength?: number) => ({
  type: "string" as const,
  description,
  ...(maxLength === undefined ? {} : { maxLength }),
});

/** The multipart form, for the spec only (the server reads it as a stream, field by field). */
export const documentMultipartUploadSpec = {
  type: "object" as const,
  required: ["type", "file"],
  properties: {
    type: { $ref: "#/components/schemas/DocumentType" },
    partyId: text("The party it belongs to (exactly one owner)", 31),
    applicationId: text("The application it belongs to", 30),
    loanId: text("The loan it belongs to", 31),
    supersedes: text("The document this upload is a new version of", 30),
    fileName: text("Overrides the file part's filename", 255),
    contentType: text("Overrides the file part's Content-Type", 100),
    file: {
      type: "string" as const,
      format: "binary",
      maxLength: DEFAULT_DOCUMENT_MAX_BYTES,
      description:
        "The bytes; the last part of the form (fields after it are refused). At most `DOCUMENT_MAX_BYTES` (50 MiB unless configured)",
    },
  },
};

/** `POST /v1/documents/{documentId}/reject` body. */
export const rejectDocumentSchema = z
  .strictObject({ reason: z.string().min(1).max(500).openapi({ description: "Why it is not acceptable" }) })
  .openapi("DocumentRejection");

export const documentPathSchema = z.object({ documentId: idSchema("doc", { param: "documentId" }) });
