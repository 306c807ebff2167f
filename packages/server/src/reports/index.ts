import { daysBetween, type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import type { Context } from "hono";
import { createRouter, validationProblem } from "../http/app-env.js";
import type { FieldError } from "../http/problem.js";
import { domainProblem } from "../http/problem.js";
import type { ApiResource, ResourceDeps } from "../http/resource.js";
import { achReturnRatesReport } from "./ach-return-rates.js";
import { achReturnRatesRoute } from "./ach-return-rates-route.js";
import { pipelineReportRoute } from "./pipeline-route.js";
import { pipelineReport } from "./pipeline-service.js";
import { portfolioReportRoute, rollRatesRoute } from "./routes.js";
import { portfolioReport, rollRates } from "./service.js";
import { portfolioBody, rollRatesBody } from "./view.js";

/** The query's dates as real calendar dates (2025-02-30 is refused), or the 422 naming each bad one. */
function parseDates<K extends string>(c: Context, query: Record<K, string>) {
  const dates: Partial<Record<K, LocalDate>> = {};
  const errors: FieldError[] = [];
  for (const name of Object.keys(query) as K[]) {
    const result = parseLocalDate(query[name]);
    if (result.ok) dates[name] = result.value;
    else errors.push({ location: "query", pointer: `/${name}`, code: result.error.code, detail: result.error.message });
  }
  if (errors.length > 0) return { ok: false as const, response: validationProblem(c, errors) };
  return { ok: true as const, value: dates as Record<K, LocalDate> };
}

function reportRoutes(deps: ResourceDeps) {
  const router = createRouter();
  const { db } = deps;
  router.openapi(portfolioReportRoute, async (c) => {
    const dates = parseDates(c, c.req.valid("query"));
    if (!dates.ok) return dates.response;
    const result = await portfolioReport(db, c.get("principal").tenantId, dates.value.asOf);
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(portfolioBody(result.value.report, result.value.coverage), 200);
  });
  router.openapi(rollRatesRoute, async (c) => {
    const dates = parseDates(c, c.req.valid("query"));
    if (!dates.ok) return dates.response;
    const result = await rollRates(db, c.get("principal").tenantId, dates.value.from, dates.value.to);
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(rollRatesBody(result.value.report, result.value.coverage), 200);
  });
  router.openapi(achReturnRatesRoute, async (c) => {
    const dates = parseDates(c, c.req.valid("query"));
    if (!dates.ok) return dates.response;
    const { from, to } = dates.value;
    if (to < from)
      return domainProblem(c, {
        code: "invalid_date_range",
        message: `to (${to}) is before from (${from}).`,
        path: ["to"],
      });
    if (daysBetween(from, to) > 366) {
      return domainProblem(c, {
        code: "invalid_date_range",
        message: "The period is longer than 366 days.",
        path: ["to"],
      });
    }
    const report = await achReturnRatesReport(db, c.get("principal").tenantId, from, to);
    return c.json({ object: "ach_return_rates" as const, ...report, byCode: [...report.byCode] }, 200);
  });
  router.openapi(pipelineReportRoute, async (c) => {
    const query = c.req.valid("query");
    const from = query["createdAt[gte]"];
    const before = query["createdAt[lt]"];
    const filters = {
      productId: query.productId,
      assignee: query.assignee,
      createdFrom: from === undefined ? undefined : new Date(from),
      createdBefore: before === undefined ? undefined : new Date(before),
    };
    const result = await pipelineReport(db, c.get("principal").tenantId, filters, deps.clock());
    if (!result.ok) return domainProblem(c, result.error);
    return c.json(result.value, 200);
  });
  return router;
}

/**
 * Portfolio reporting over the daily close's loan snapshots: the portfolio report and roll rates.
 *
 * @example
 * export const resources = [reportsResource];
 */
export const reportsResource: ApiResource = {
  tag: {
    name: "Reports",
    description:
      "Portfolio figures from the daily close (outstanding, PAR, roll rates), the origination pipeline and ACH return rates",
  },
  scopes: ["reports:read"],
  routes: reportRoutes,
};
