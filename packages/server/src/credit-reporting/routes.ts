import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { optionalIdempotencyKey } from "../http/idempotency-headers.js";
import { BODY_PROBLEMS, problemResponses } from "../http/responses.js";
import {
  generateMetro2FileSchema,
  loanCreditReportingPathSchema,
  loanCreditReportingSchema,
  metro2FilePathSchema,
  metro2FileSchema,
  setLoanCreditReportingSchema,
} from "./schemas.js";

const tags = ["Credit reporting"];
const security = [{ bearerAuth: [] }];
const read = requireScope("credit-reporting:read");
const write = requireScope("credit-reporting:write");
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** `POST /v1/credit-reporting/metro2-files`. @example router.openapi(generateMetro2FileRoute, handler); */
export const generateMetro2FileRoute = createRoute({
  method: "post",
  path: "/v1/credit-reporting/metro2-files",
  operationId: "generateCreditReportingFile",
  summary: "Generate a month's Metro 2 file",
  description:
    "Builds the month's Metro 2 furnishing file from every loan disbursed by its last day, each as it stood that day: a 426-character base segment (status 11, 71-84 by days past due, 13 paid, 97 charged off, 64 paid after charge-off; the 24-month payment history from the daily close's month-end snapshots; balances in whole dollars, cents dropped), J1/J2 segments for co-borrowers and guarantors of the application it was funded from, and the trailer's totals. Loans without a reportable individual borrower, or reported closed in an earlier month, are skipped and counted by reason. Each call stores a new file (a regenerated month keeps the earlier ones). 422 `invalid_month`, `month_not_ended` (the month must have ended by the tenant's business date), `furnisher_not_configured` (set `creditReporting` with `PATCH /v1/settings`).",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    body: { required: true, content: { "application/json": { schema: generateMetro2FileSchema } } },
  },
  responses: { 201: json(metro2FileSchema, "The file"), ...problemResponses(...BODY_PROBLEMS) },
});

/** `GET /v1/credit-reporting/metro2-files/{furnishingFileId}`. @example router.openapi(getMetro2FileRoute, handler); */
export const getMetro2FileRoute = createRoute({
  method: "get",
  path: "/v1/credit-reporting/metro2-files/{furnishingFileId}",
  operationId: "getCreditReportingFile",
  summary: "Get a Metro 2 file",
  description: "One generated file: its month, counts by status code, skipped loans and the trailer's totals.",
  tags,
  security,
  middleware: read,
  request: { params: metro2FilePathSchema },
  responses: { 200: json(metro2FileSchema, "The file"), ...problemResponses(404) },
});

/** `GET /v1/credit-reporting/metro2-files/{furnishingFileId}/content`. @example router.openapi(downloadMetro2FileRoute, handler); */
export const downloadMetro2FileRoute = createRoute({
  method: "get",
  path: "/v1/credit-reporting/metro2-files/{furnishingFileId}/content",
  operationId: "downloadCreditReportingFile",
  summary: "Download a Metro 2 file",
  description:
    "The file as furnished: the header, one line per account (base segment and its J1/J2 segments), the trailer, each ending in a line feed. It holds SSNs and dates of birth in the clear, as the format requires; it is stored encrypted and reading it needs `credit-reporting:read` and `pii:read`.",
  tags,
  security,
  middleware: [read, requireScope("pii:read")] as const,
  request: { params: metro2FilePathSchema },
  responses: {
    200: {
      description: "The file's text",
      content: { "text/plain": { schema: z.string().openapi({ maxLength: 1_000_000_000 }) } },
    },
    ...problemResponses(404),
  },
});

/** `GET /v1/credit-reporting/metro2-files`. @example listRoute(router, listMetro2FilesDefinition, idOrder("m2f"), fetchPage); */
export const listMetro2FilesDefinition = {
  path: "/v1/credit-reporting/metro2-files",
  operationId: "listCreditReportingFiles",
  summary: "List Metro 2 files",
  description: "Generated Metro 2 files, oldest first; `month` keeps one month's (every regeneration).",
  tag: "Credit reporting",
  middleware: read,
  filters: {
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/, "expected YYYY-MM")
      .max(7)
      .optional()
      .openapi({ description: "Only this month's files", example: "2026-11" }),
  },
  item: metro2FileSchema,
  pageName: "Metro2FilePage",
};

/** `GET /v1/loans/{loanId}/credit-reporting`. @example router.openapi(getLoanCreditReportingRoute, handler); */
export const getLoanCreditReportingRoute = createRoute({
  method: "get",
  path: "/v1/loans/{loanId}/credit-reporting",
  operationId: "getLoanCreditReporting",
  summary: "Get a loan's credit reporting",
  description:
    "The compliance condition code the loan's Metro 2 records carry, and whether a cleared code's XR is due.",
  tags,
  security,
  middleware: read,
  request: { params: loanCreditReportingPathSchema },
  responses: { 200: json(loanCreditReportingSchema, "The loan's credit reporting"), ...problemResponses(404) },
});

/** `PUT /v1/loans/{loanId}/credit-reporting`. @example router.openapi(setLoanCreditReportingRoute, handler); */
export const setLoanCreditReportingRoute = createRoute({
  method: "put",
  path: "/v1/loans/{loanId}/credit-reporting",
  operationId: "setLoanCreditReporting",
  summary: "Set or clear a loan's dispute code",
  description:
    "Sets the compliance condition code (e.g. XB: disputed under the FCRA, being investigated) that every Metro 2 file reports for the loan until cleared. `null` clears it: the next month's file reports XR once, Metro 2's way to remove the earlier code at the bureaus (files regenerated for that month too), later months report none.",
  tags,
  security,
  middleware: write,
  request: {
    headers: optionalIdempotencyKey,
    params: loanCreditReportingPathSchema,
    body: { required: true, content: { "application/json": { schema: setLoanCreditReportingSchema } } },
  },
  responses: {
    200: json(loanCreditReportingSchema, "The loan's credit reporting after the change"),
    ...problemResponses(404, ...BODY_PROBLEMS),
  },
});
