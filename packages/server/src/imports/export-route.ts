import { createRoute, z } from "@hono/zod-openapi";
import { parseLocalDate } from "@lendstack/core/calendar";
import type { Context } from "hono";
import { requireScope } from "../auth/middleware.js";
import type { AppEnv } from "../http/app-env.js";
import { businessDate } from "../http/business-date.js";
import { domainProblem } from "../http/problem.js";
import type { ResourceDeps } from "../http/resource.js";
import { problemResponses } from "../http/responses.js";
import { runAsTenant } from "../http/tenant-scope.js";
import { bookLines } from "./export-book.js";

/** `GET /v1/exports/loans` query. */
export const exportBookQuerySchema = z.object({
  asOf: businessDate(
    "The date the figures (and opening balances) are taken; default today's business date",
    "2026-06-30",
  ).optional(),
  format: z.enum(["jsonl"]).optional().openapi({ description: "JSON Lines, one loan a line (the only format)" }),
  form: z.enum(["history", "opening"]).optional().openapi({
    description:
      "`history` (default): each loan with its full history; `opening`: active loans as opening balances on `asOf` (and the events after it), the others with their history",
  }),
});

/** `GET /v1/exports/loans`. @example router.openapi(exportBookRoute, handler); */
export const exportBookRoute = createRoute({
  method: "get",
  path: "/v1/exports/loans",
  operationId: "exportLoans",
  summary: "Export the book",
  description:
    "The tenant's loans as an import file (the `POST /v1/imports` row format), streamed page by page (200 loans a page, each page read in its own transaction), so a large book is never held whole: terms, policy, history or opening balances, and Lendstack's own figures as of `asOf` as the row's `sourceFigures`, with the loan's `externalReference` (else its id) as the source id. Importing it into another tenant reconciles every loan to the cent.",
  tags: ["Imports"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("loans:read"),
  request: { query: exportBookQuerySchema },
  responses: {
    200: {
      description: "JSON Lines: one import row per loan",
      content: { "application/x-ndjson": { schema: z.string().openapi({ maxLength: 1_000_000_000 }) } },
    },
    ...problemResponses(),
  },
});

/** A byte stream pulled line by line from `lines`: nothing is read before the client asks for it. */
function streamOf(lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await lines.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * Answers `GET /v1/exports/loans`: the lines are produced as the client reads them, each page of loans in
 * a transaction of its own as the tenant (the request's own transaction has ended by then).
 *
 * @example router.openapi(exportBookRoute, (c) => exportBookResponse(c, deps));
 */
export function exportBookResponse(c: Context<AppEnv>, deps: ResourceDeps) {
  const query = c.req.query("asOf");
  const asOf =
    query === undefined
      ? ({ ok: true, value: c.get("tenant").businessDate } as const)
      : parseLocalDate(query, ["asOf"]);
  if (!asOf.ok) return domainProblem(c, asOf.error, "query");
  const { tenantId } = c.get("principal");
  const form = c.req.query("form") === "opening" ? "opening" : "history";
  const lines = bookLines((read) => runAsTenant(deps.db, tenantId, read), tenantId, asOf.value as never, form);
  return new Response(streamOf(lines), {
    status: 200,
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="book-${asOf.value}.jsonl"`,
      "cache-control": "private, no-store",
      // Its own tag, one per export: the conditional-GET middleware would otherwise read the whole stream to
      // hash it, inside the request's transaction, before the first byte left.
      etag: `W/"${c.get("requestId")}"`,
    },
  }) as never;
}
