import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { dateRange } from "../http/list-filters.js";
import { problemResponses } from "../http/responses.js";
import { achFilePathSchema, achFileSchema } from "./schemas.js";

const tags = ["ACH files"];
const security = [{ bearerAuth: [] }];
const read = requireScope("ach:read");

/** `GET /v1/ach-files/{fileId}`. @example router.openapi(getAchFileRoute, handler); */
export const getAchFileRoute = createRoute({
  method: "get",
  path: "/v1/ach-files/{fileId}",
  operationId: "getAchFile",
  summary: "Get an ACH file",
  description: "One NACHA file the daily close originated: its dates, entry count and debit total.",
  tags,
  security,
  middleware: read,
  request: { params: achFilePathSchema },
  responses: {
    200: { description: "The file", content: { "application/json": { schema: achFileSchema } } },
    ...problemResponses(404),
  },
});

/** `GET /v1/ach-files/{fileId}/content`. @example router.openapi(downloadAchFileRoute, handler); */
export const downloadAchFileRoute = createRoute({
  method: "get",
  path: "/v1/ach-files/{fileId}/content",
  operationId: "downloadAchFile",
  summary: "Download an ACH file",
  description:
    "The NACHA file as sent: 94-character records (file header, PPD batch headers, entry details, batch and file controls) blocked to a multiple of ten with `9` filler records, each ending in a line feed. It holds account numbers in the clear, as the format requires; reading it needs `ach:read` and `pii:read`.",
  tags,
  security,
  middleware: [read, requireScope("pii:read")] as const,
  request: { params: achFilePathSchema },
  responses: {
    200: {
      description: "The file's text",
      content: { "text/plain": { schema: z.string().openapi({ maxLength: 100_000_000 }) } },
    },
    ...problemResponses(404),
  },
});

/** `GET /v1/ach-files`. @example listRoute(router, listAchFilesDefinition, idOrder("achf"), fetchPage); */
export const listAchFilesDefinition = {
  path: "/v1/ach-files",
  operationId: "listAchFiles",
  summary: "List ACH files",
  description: "NACHA files the daily close originated.",
  tag: "ACH files",
  middleware: read,
  filters: { ...dateRange("businessDate") },
  item: achFileSchema,
  pageName: "AchFilePage",
};
