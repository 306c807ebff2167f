import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { requireIdempotencyKey } from "../http/idempotency.js";
import { optionalIdempotencyKey, requiredIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import { createImportSchema, importPathSchema, importResultSchema, importSchema } from "./schemas.js";

const tags = ["Imports"];
const security = [{ bearerAuth: [] }];
const read = requireScope("imports:read");
const write = requireScope("imports:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/imports`. @example router.openapi(createImportRoute, handler); */
export const createImportRoute = createRoute({
  method: "post",
  path: "/v1/imports",
  operationId: "createImport",
  summary: "Import a book of loans",
  description:
    "Parses the file, replays every loan's history and compares Lendstack's figures with the source's, to the cent: each row is `match`, `mismatch` (the first differing figure), `unchecked` (no figures), `failed` (the history does not replay) or `refused` (row, field path, CSV column and reason; nothing of it is boarded). A `commit` then boards the matching loans (all of them with `boardMismatches`), each with its full history (back-dated events are accepted here only), one transaction per loan, in batches; the source id becomes the loan's `externalReference`, so a source id the tenant already has is never boarded twice: such a row is `already_boarded`, with the loan, in a dry run too. A row under a product (its own `productId` or the request's) whose terms break the product's limits is refused at the field (`amount_out_of_range`, `term_out_of_range`, `rate_out_of_range`, `currency_not_allowed`, `frequency_not_allowed`). The file counts against the body size limit.",
  tags,
  security,
  middleware: [write, requireIdempotencyKey] as const,
  request: {
    headers: requiredIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: createImportSchema } } },
  },
  responses: { 201: json(importSchema, "The import"), ...problemResponses(404, ...BODY_PROBLEMS) },
});

/** `GET /v1/imports/{importId}`. @example router.openapi(getImportRoute, handler); */
export const getImportRoute = createRoute({
  method: "get",
  path: "/v1/imports/{importId}",
  operationId: "getImport",
  summary: "Get an import",
  description: "The import's status, reconciliation totals and boarding progress; its rows are at `/results`.",
  tags,
  security,
  middleware: read,
  request: { params: importPathSchema },
  responses: { 200: json(importSchema, "The import"), ...problemResponses(404) },
});

/** `POST /v1/imports/{importId}/resumptions`. @example router.openapi(resumeImportRoute, handler); */
export const resumeImportRoute = createRoute({
  method: "post",
  path: "/v1/imports/{importId}/resumptions",
  operationId: "resumeImport",
  summary: "Resume an import",
  description:
    "Boards the loans of an interrupted commit that are still pending (a completed import, or a background one a worker holds under its lease, is answered as it is).",
  tags,
  security,
  middleware: write,
  request: { headers: optionalIdempotencyKey, params: importPathSchema },
  responses: { 200: json(importSchema, "The import"), ...problemResponses(404) },
});

/** `GET /v1/imports/{importId}/results`. */
export const listImportResultsDefinition = {
  path: "/v1/imports/{importId}/results",
  operationId: "listImportResults",
  summary: "List import results",
  description:
    "One result per data row of the file, in row order: its reconciliation (with the first differing figure or every error) and, on a commit, what boarding did and the loan.",
  tag: "Imports",
  middleware: read,
  params: importPathSchema,
  filters: {
    status: z
      .enum(["match", "mismatch", "unchecked", "failed", "refused"])
      .optional()
      .openapi({ description: "Only rows reconciled so (e.g. `mismatch`)" }),
    outcome: z
      .enum(["pending", "boarded", "already_boarded", "not_boarded"])
      .optional()
      .openapi({ description: "Only rows boarding dealt with so" }),
  },
  item: importResultSchema,
  pageName: "ImportResultPage",
};
