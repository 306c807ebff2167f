import { createRoute, type z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { idSchema } from "../http/id-schema.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  createEnvelopeSchema,
  envelopePathSchema,
  envelopeSchema,
  envelopeStatusSchema,
  envelopeVerificationSchema,
  signerPathSchema,
  signingLinkSchema,
  voidEnvelopeSchema,
} from "./schemas.js";

const TAG = "Envelopes";
const tags = [TAG];
const security = [{ bearerAuth: [] }];
const read = requireScope("envelopes:read");
const write = requireScope("envelopes:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

export const createEnvelopeRoute = createRoute({
  method: "post",
  path: "/v1/envelopes",
  operationId: "createEnvelope",
  summary: "Send documents for signature",
  description: [
    "Creates an envelope for an application and/or a loan (404 `application_not_found`, `loan_not_found`) with stored PDF documents of that application, loan or one of the application's applicants (422 `document_owner_mismatch`; not a PDF: 422 `document_not_pdf`; not openable: 422 `document_unreadable`; superseded: 409 `document_superseded`), signers in routing order, a message and an expiry (future, within a year: else 422 `invalid_expiry`).",
    "Answers with a signing link per signer, shown this once (only the token's SHA-256 is stored; an idempotent replay shows none). Signers sign at `/sign/{token}` in routing order: review, consent to electronic records (ESIGN Act), then a typed or drawn signature. The last signature completes the envelope: each document with a signature page appended and a certificate of completion are stored as new documents.",
    "While an envelope of an application is neither completed nor voided, funding the application is 409 `envelopes_not_completed`.",
  ].join(" "),
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, body: body(createEnvelopeSchema) },
  responses: {
    201: json(envelopeSchema, "The envelope, sent, with each signer's link"),
    ...problemResponses(404, 409, ...BODY_PROBLEMS),
  },
});

export const getEnvelopeRoute = createRoute({
  method: "get",
  path: "/v1/envelopes/{envelopeId}",
  operationId: "getEnvelope",
  summary: "Get an envelope",
  description:
    "Its status (an envelope past its expiry that was not completed is `expired`), signers and, once completed, the signed documents and certificate. An external provider's envelope that is sent or partially signed is first checked with its provider, at most once per `E_SIGNATURE_STATUS_REFRESH_SECONDS` (60) per envelope; a provider that fails leaves the stored state, answered as usual.",
  tags,
  security,
  middleware: read,
  request: { params: envelopePathSchema },
  responses: { 200: json(envelopeSchema, "The envelope"), ...problemResponses(404) },
});

export const voidEnvelopeRoute = createRoute({
  method: "post",
  path: "/v1/envelopes/{envelopeId}/void",
  operationId: "voidEnvelope",
  summary: "Void an envelope",
  description:
    "Voids an envelope that is not completed, with a reason: its links stop working and it no longer holds its application's funding. 409 `envelope_completed`, `envelope_voided`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: envelopePathSchema, body: body(voidEnvelopeSchema) },
  responses: { 200: json(envelopeSchema, "The voided envelope"), ...problemResponses(404, 409, ...BODY_PROBLEMS) },
});

export const issueSigningLinkRoute = createRoute({
  method: "post",
  path: "/v1/envelopes/{envelopeId}/signers/{signerId}/links",
  operationId: "issueEnvelopeSigningLink",
  summary: "Issue a new signing link",
  description:
    "A new link for a signer whose turn it is (its previous link stops working), shown once. 409 `signer_not_pending` (signed or declined), `signer_out_of_order` (earlier signers have not signed), `envelope_completed`, `envelope_voided`, `envelope_declined`; 410 `envelope_expired`.",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: signerPathSchema },
  responses: { 201: json(signingLinkSchema, "The new link"), ...problemResponses(404, 409, 410) },
});

export const verifyEnvelopeRoute = createRoute({
  method: "get",
  path: "/v1/envelopes/{envelopeId}/verify",
  operationId: "verifyEnvelope",
  summary: "Verify an envelope's evidence",
  description:
    "Recomputes the hash chain of the envelope's event log and re-hashes every stored document the log vouches for (the originals; once completed, each signed copy and the certificate). `valid` is false when any check fails; each check says why.",
  tags,
  security,
  middleware: read,
  request: { params: envelopePathSchema },
  responses: { 200: json(envelopeVerificationSchema, "What was checked and what failed"), ...problemResponses(404) },
});

/** `GET /v1/envelopes` (listEnvelopes). */
export const listEnvelopesDefinition = {
  path: "/v1/envelopes",
  operationId: "listEnvelopes",
  summary: "List envelopes",
  description: "Envelopes of the tenant, oldest first.",
  tag: TAG,
  middleware: read,
  filters: {
    applicationId: idSchema("app").optional().openapi({ description: "Only this application's envelopes" }),
    loanId: idSchema("loan").optional().openapi({ description: "Only this loan's envelopes" }),
    status: envelopeStatusSchema.exclude(["expired"]).optional().openapi({
      description: "Only envelopes with this stored status (an expired one keeps `sent` or `partially_signed`)",
    }),
  },
  item: envelopeSchema,
  pageName: "EnvelopePage",
};
