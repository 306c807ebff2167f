import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** Registered as `EnvelopeStatus`. */
export const envelopeStatusSchema = z
  .enum(["sent", "partially_signed", "completed", "voided", "expired", "declined"])
  .openapi("EnvelopeStatus", {
    description:
      "sent: no one has signed yet; partially_signed: some signers have; completed: everyone signed and the signed documents and certificate are stored; voided by the sender; expired: its expiry passed before completion; declined by a signer",
  });

/** A signer's status: pending until it signs or declines. */
export const signerStatusSchema = z.enum(["pending", "signed", "declined"]);

/** Registered as `EnvelopeSigner`. */
export const envelopeSignerSchema = z
  .object({
    id: z.string().openapi({ example: "sgr_01JGFJJZ0000000000000000AB" }),
    name: z.string(),
    email: z.string(),
    routingOrder: z.int().openapi({ description: "Signers sign in ascending order; equal orders in any order" }),
    status: signerStatusSchema,
    consentedAt: instant("When the signer consented to electronic records (ESIGN Act)").nullable(),
    signedAt: instant("When the signer signed").nullable(),
    signatureKind: z.enum(["typed", "drawn"]).nullable(),
    declineReason: z.string().nullable(),
  })
  .openapi("EnvelopeSigner");

/** Registered as `EnvelopeSigningLink`. */
export const signingLinkSchema = z
  .object({
    signerId: z.string(),
    url: z.string().openapi({ description: "The signing page; the token in it is the signer's only credential" }),
    token: z.string().openapi({
      description: "Single-use: shown once, stored only as its SHA-256; empty for an external provider's link",
    }),
    expiresAt: instant("When the link stops working (7 days, or the envelope's expiry if sooner)"),
  })
  .openapi("EnvelopeSigningLink");

/** An envelope as returned (registered as `Envelope`). */
export const envelopeSchema = z
  .object({
    object: z.literal("envelope"),
    id: z.string().openapi({ example: "env_01JGFJJZ0000000000000000AB" }),
    applicationId: z.string().nullable(),
    loanId: z.string().nullable(),
    status: envelopeStatusSchema,
    provider: z.string().openapi({
      description:
        "Where it is signed: `builtin` (Lendstack's signing page) or the configured external provider (`sandbox`), which reports progress by status callbacks",
      example: "builtin",
    }),
    providerReference: z
      .string()
      .nullable()
      .openapi({ description: "The external provider's id of the envelope; null for `builtin`" }),
    subject: z.string(),
    message: z.string(),
    documents: z.array(
      z.object({
        documentId: z.string(),
        fileName: z.string(),
        sha256: z.string().openapi({ description: "SHA-256 of the bytes sent for signature" }),
      }),
    ),
    signers: z.array(envelopeSignerSchema),
    completedDocuments: z
      .array(
        z.object({
          documentId: z.string(),
          kind: z.enum(["signed_document", "certificate"]),
          sourceDocumentId: z.string().nullable().openapi({ description: "The original (null for the certificate)" }),
          sha256: z.string(),
        }),
      )
      .openapi({ description: "On completion: each document with its signature page, and the certificate" }),
    signingLinks: z.array(signingLinkSchema).openapi({
      description:
        "Create only: a link per signer. Empty on every other read and on an idempotent replay (links are kept only as hashes; issue a new one with `POST …/signers/{signerId}/links`)",
    }),
    expiresAt: instant("When the envelope expires unless completed"),
    voidReason: z.string().nullable(),
    voidedAt: instant("When it was voided").nullable(),
    completedAt: instant("When the last signer signed").nullable(),
    eventCount: z.int().openapi({ description: "Events in its hash-chained evidence log" }),
    createdAt: instant("When it was sent"),
  })
  .openapi("Envelope");

/** @example const body: EnvelopeBody = toEnvelopeBody(row, signers, now); */
export type EnvelopeBody = z.infer<typeof envelopeSchema>;

const signerInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254).openapi({ example: "ada@example.com" }),
  routingOrder: z.int().min(1).max(100).optional().openapi({ description: "Default: its position in the list" }),
});

/** `POST /v1/envelopes` (registered as `EnvelopeCreate`). */
export const createEnvelopeSchema = z
  .strictObject({
    applicationId: idSchema("app").optional().openapi({ description: "The application it is for" }),
    loanId: idSchema("loan").optional().openapi({ description: "The loan it is for" }),
    documentIds: z
      .array(idSchema("doc"))
      .min(1)
      .max(10)
      .openapi({ description: "Stored PDF documents of the application, the loan, or an applicant" }),
    signers: z.array(signerInput).min(1).max(10),
    subject: z.string().trim().min(1).max(200).optional(),
    message: z.string().max(2000).default("").openapi({ description: "Shown to the signers" }),
    expiresAt: z.iso.datetime({ offset: true }).max(40).openapi({
      description: "When it expires unless completed (future, within a year); ISO 8601 instant",
      example: "2026-12-31T17:00:00Z",
    }),
  })
  .openapi("EnvelopeCreate");

/** `POST /v1/envelopes/{envelopeId}/void` (registered as `EnvelopeVoid`). */
export const voidEnvelopeSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) }).openapi("EnvelopeVoid");

/** One check of a verification. */
export const verificationCheckSchema = z
  .object({
    check: z.enum(["event_chain", "document", "signed_document", "certificate"]),
    documentId: z.string().nullable(),
    ok: z.boolean(),
    reason: z.string().nullable().openapi({
      description:
        "Why it failed: `hash_mismatch`, `previous_hash_mismatch`, `sequence_gap`, `head_mismatch` (the chain), `content_mismatch`, `record_mismatch`, `missing` (a document)",
    }),
    sequence: z.int().nullable().openapi({ description: "The chain's first broken event" }),
    expectedSha256: z.string().nullable(),
    actualSha256: z.string().nullable(),
  })
  .openapi("EnvelopeVerificationCheck");

/** Registered as `EnvelopeVerification`. */
export const envelopeVerificationSchema = z
  .object({
    object: z.literal("envelope_verification"),
    envelopeId: z.string(),
    valid: z.boolean().openapi({ description: "Every check passed" }),
    headHash: z.string().openapi({ description: "The hash of the log's last event" }),
    checks: z.array(verificationCheckSchema),
  })
  .openapi("EnvelopeVerification");

export const envelopePathSchema = z.object({ envelopeId: idSchema("env", { param: "envelopeId" }) });
export const signerPathSchema = z.object({
  envelopeId: idSchema("env", { param: "envelopeId" }),
  signerId: idSchema("sgr", { param: "signerId" }),
});
