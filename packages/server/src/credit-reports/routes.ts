import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  creditReportPathSchema,
  creditReportSchema,
  partyCreditReportsPathSchema,
  pullCreditReportSchema,
} from "./schemas.js";

const tags = ["Credit reports"];
const security = [{ bearerAuth: [] }];
const read = requireScope("credit-reports:read");
const write = requireScope("credit-reports:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/parties/{partyId}/credit-reports`. @example router.openapi(pullPartyCreditReportRoute, handler); */
export const pullPartyCreditReportRoute = createRoute({
  method: "post",
  path: "/v1/parties/{partyId}/credit-reports",
  operationId: "pullPartyCreditReport",
  summary: "Pull a party's credit report",
  description:
    "Pulls an individual's consumer credit report from the bureau: `soft` (no inquiry other lenders see) or `hard` (an inquiry on the file, listed in the report), for an FCRA § 604 `permissiblePurpose`, with the consumer's consent: the `credit_report` consent on the linked application (`applicationId`), or `consent` given here; neither is 422 `credit_report_consent_required`. A completed report of a kind that answers the pull (a hard pull needs a hard report; a soft one takes either) pulled within the reuse window (`CREDIT_REPORT_REUSE_DAYS`, default 30) answers instead: 200 with `reused: true`. A new pull is 201; a frozen file is stored with `status: frozen` and `failure.code: credit_file_frozen`. The report and the bureau's raw document are stored encrypted; the response carries the summary, `GET /v1/credit-reports/{creditReportId}` the report. A bureau that fails is 502 `credit_bureau_unavailable` (nothing stored). The sandbox bureau decides by the tax id's 4th and 5th digits (see the server README).",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: partyCreditReportsPathSchema,
    body: { required: true, content: { "application/json": { schema: pullCreditReportSchema } } },
  },
  responses: {
    201: json(creditReportSchema, "The report pulled"),
    200: json(creditReportSchema, "A report pulled within the reuse window (`reused: true`)"),
    ...problemResponses(404, 502, ...BODY_PROBLEMS),
  },
});

/** `GET /v1/credit-reports/{creditReportId}`. */
export const getCreditReportRoute = createRoute({
  method: "get",
  path: "/v1/credit-reports/{creditReportId}",
  operationId: "getCreditReport",
  summary: "Get a credit report",
  description: "The stored report with its summary and the normalised report itself (the tax id masked).",
  tags,
  security,
  middleware: read,
  request: { params: creditReportPathSchema },
  responses: { 200: json(creditReportSchema, "The credit report"), ...problemResponses(404) },
});

/** `GET /v1/parties/{partyId}/credit-reports` (listPartyCreditReports). */
export const listPartyCreditReportsDefinition = {
  path: "/v1/parties/{partyId}/credit-reports",
  operationId: "listPartyCreditReports",
  summary: "List a party's credit reports",
  description:
    "The party's pulls with their summaries (`report` is null: get one for it). `kind=hard` lists its inquiries.",
  tag: "Credit reports",
  middleware: read,
  params: partyCreditReportsPathSchema,
  filters: {
    kind: z.enum(["soft", "hard"]).optional().openapi({ description: "Only pulls of this kind" }),
  },
  item: creditReportSchema,
  pageName: "CreditReportPage",
};
