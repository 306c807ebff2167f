import { createRoute } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { portfolioQuerySchema, portfolioReportSchema, rollRatesQuerySchema, rollRatesSchema } from "./schemas.js";

const tags = ["Reports"];
const security = [{ bearerAuth: [] }];
const read = requireScope("reports:read");

/** `GET /v1/reports/portfolio` (getPortfolioReport). @example router.openapi(portfolioReportRoute, handler); */
export const portfolioReportRoute = createRoute({
  method: "get",
  path: "/v1/reports/portfolio",
  operationId: "getPortfolioReport",
  summary: "Portfolio report of a closed business date",
  description:
    "Outstanding principal, interest, fees and penalties per currency; loans and balances per delinquency bucket " +
    "(current, 1-30, 31-60, 61-90, 91-120, 120+ days past due); PAR30/60/90 (principal of loans at least that many " +
    "days past due ÷ principal outstanding) and the non-performing ratio. Read from the loan snapshots the daily " +
    "close (`lendstack close-day`) wrote for `asOf`; `snapshot_missing` (422) when it has not run for that date.",
  tags,
  security,
  middleware: read,
  request: { query: portfolioQuerySchema },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: portfolioReportSchema } } },
    ...problemResponses(),
  },
});

/** `GET /v1/reports/roll-rates` (getRollRates). @example router.openapi(rollRatesRoute, handler); */
export const rollRatesRoute = createRoute({
  method: "get",
  path: "/v1/reports/roll-rates",
  operationId: "getRollRates",
  summary: "Delinquency roll rates between two closed business dates",
  description:
    "A transition matrix: each loan active at `from`, by its bucket then, against its bucket at `to` or where it " +
    "left to (paid-off, charged-off, written-off, not-reported), by count and by starting principal. Rows add up " +
    "to their bucket. Loans new since `from` are listed apart. Both dates need a daily close (`snapshot_missing`).",
  tags,
  security,
  middleware: read,
  request: { query: rollRatesQuerySchema },
  responses: {
    200: { description: "The roll rates", content: { "application/json": { schema: rollRatesSchema } } },
    ...problemResponses(),
  },
});
