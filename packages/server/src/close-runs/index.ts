import { createRoute, z } from "@hono/zod-openapi";
import type { LocalDate } from "@lendstack/core/calendar";
import { ok } from "@lendstack/core/errors";
import { and, asc, eq, gt } from "drizzle-orm";
import { requireScope } from "../auth/middleware.js";
import { decodeStored } from "../db/corrupt-record.js";
import { inRange } from "../db/filters.js";
import { type CloseRunRow, closeRuns } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { createRouter } from "../http/app-env.js";
import { idSchema } from "../http/id-schema.js";
import { dateRange, dateRangeOf } from "../http/list-filters.js";
import { idOrder, listRoute } from "../http/list-route.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { problemResponses } from "../http/responses.js";
import { countPending } from "../jobs/close-day/claims.js";

const read = requireScope("close-runs:read");
const triggerSchema = z.enum(["schedule", "test_clock", "cli"]);
const statusSchema = z
  .enum(["running", "succeeded", "completed_with_failures"])
  .openapi("CloseRunStatus", { description: "completed_with_failures: some loans could not be closed (listed)" });

const closeRunSchema = z
  .object({
    id: z.string().openapi({ example: "cr_01JGFJJZ0000000000000000AB" }),
    object: z.literal("close_run"),
    businessDate: z.string(),
    trigger: triggerSchema.openapi({ description: "What started the close" }),
    status: statusSchema,
    loansClosed: z.int(),
    loansFailed: z.int(),
    loansPending: z.int().openapi({
      description:
        "Loans still to close: counted live while the run is running; once finished, the loans a payment held through every pass (the next close retries them)",
    }),
    loansPerSecond: z
      .number()
      .openapi({ description: "Loans closed per second since the run started (or until it finished)" }),
    failures: z.array(z.object({ loanId: z.string(), code: z.string(), message: z.string() })),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("CloseRun");

/** Seconds the run has taken so far, at least one millisecond. */
function elapsedSeconds(row: CloseRunRow, now: Date): number {
  return Math.max((row.finishedAt ?? now).getTime() - row.startedAt.getTime(), 1) / 1000;
}

/** A running run's pending count is live; a finished one's is what it left. */
async function pendingOf(db: Db, row: CloseRunRow): Promise<number> {
  if (row.status !== "running") return row.loansPending;
  const pending = await countPending(db, row.tenantId, row.businessDate as LocalDate);
  return Math.max(pending - row.loansFailed, 0);
}

const storedFailuresSchema = z.array(z.object({ loanId: z.string(), code: z.string(), message: z.string() }));

async function toCloseRunBody(db: Db, row: CloseRunRow, now: Date) {
  const at = (column: string) => ({ table: "close_runs", id: row.id, column });
  return {
    id: row.id,
    object: "close_run" as const,
    businessDate: row.businessDate,
    trigger: decodeStored(triggerSchema, row.trigger, at("trigger")),
    status: decodeStored(statusSchema, row.status, at("status")),
    loansClosed: row.loansClosed,
    loansFailed: row.loansFailed,
    loansPending: await pendingOf(db, row),
    loansPerSecond: Math.round((row.loansClosed / elapsedSeconds(row, now)) * 10) / 10,
    failures: decodeStored(storedFailuresSchema, row.failures, at("failures")),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

const listCloseRunsDefinition = {
  path: "/v1/close-runs",
  operationId: "listCloseRuns",
  summary: "List close runs",
  description:
    "Each daily close of the tenant, one per business date (every worker closing that date shares it): what started it, loans closed, failed and pending, and the rate.",
  tag: "Close runs",
  middleware: read,
  filters: { status: statusSchema.optional(), ...dateRange("businessDate") },
  item: closeRunSchema,
  pageName: "CloseRunPage",
};

const getCloseRunRoute = createRoute({
  method: "get",
  path: "/v1/close-runs/{closeRunId}",
  operationId: "getCloseRun",
  summary: "Get a close run",
  description: "One daily close, with every loan it could not close and why.",
  tags: ["Close runs"],
  security: [{ bearerAuth: [] }],
  middleware: read,
  request: { params: z.object({ closeRunId: idSchema("cr", { param: "closeRunId" }) }) },
  responses: {
    200: { description: "The close run", content: { "application/json": { schema: closeRunSchema } } },
    ...problemResponses(404),
  },
});

function closeRunRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  listRoute(router, listCloseRunsDefinition, idOrder("cr"), async ({ tenantId, filters, after, take }) => {
    const rows = await db
      .select()
      .from(closeRuns)
      .where(
        and(
          eq(closeRuns.tenantId, tenantId),
          ...(filters.status === undefined ? [] : [eq(closeRuns.status, filters.status)]),
          ...inRange(closeRuns.businessDate, dateRangeOf(filters, "businessDate")),
          ...(after === undefined ? [] : [gt(closeRuns.id, after)]),
        ),
      )
      .orderBy(asc(closeRuns.id))
      .limit(take);
    const now = deps.clock();
    return ok(await Promise.all(rows.map((row) => toCloseRunBody(db, row, now))));
  });
  router.openapi(getCloseRunRoute, async (c) => {
    const { closeRunId } = c.req.valid("param");
    const [row] = await db
      .select()
      .from(closeRuns)
      .where(and(eq(closeRuns.tenantId, c.get("principal").tenantId), eq(closeRuns.id, closeRunId)));
    return row === undefined
      ? domainProblem(c, { code: "not_found", message: `no close run ${closeRunId}` })
      : c.json(await toCloseRunBody(db, row, deps.clock()), 200);
  });
  return router;
}

/**
 * Close runs: the daily closes of the tenant, observable while they run.
 *
 * @example
 * export const resources = [closeRunsResource];
 */
export const closeRunsResource: ApiResource = {
  tag: { name: "Close runs", description: "The daily close: what ran, when, and what failed" },
  scopes: ["close-runs:read"],
  routes: closeRunRoutes,
};
