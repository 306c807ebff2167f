import { ok, type Result } from "@lendstack/core/errors";
import { formatDecimal } from "@lendstack/core/money";
import { assemblePipelineReport, type CurrencyAmount } from "@lendstack/core/origination";
import { and, count, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { applications } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { toJsonInteger } from "../http/safe-integer.js";
import { funnelCounts, type PipelineScope } from "./pipeline-query.js";
import type { PipelineReportBody } from "./pipeline-schemas.js";
import { pipelineStages } from "./pipeline-stages.js";

/** Filters of the pipeline report. */
export interface PipelineFilters {
  readonly productId?: string | undefined;
  readonly assignee?: string | undefined;
  readonly createdFrom?: Date | undefined;
  readonly createdBefore?: Date | undefined;
}

const seconds = (ms: number) => Math.floor(ms / 1000);
const amountsOf = (amounts: ReadonlyArray<CurrencyAmount>) =>
  amounts.map(({ currency, amountMinor }) => ({ currency, amount: toJsonInteger(amountMinor, "pipeline report") }));

/**
 * What a pipeline report over the tenant's applications, filtered, as of `asOf` covers.
 *
 * @example const scope = pipelineScope("demo", { productId: "prod_…" }, new Date());
 */
export function pipelineScope(tenantId: string, filters: PipelineFilters, asOf: Date): PipelineScope {
  const conditions: SQL[] = [eq(applications.tenantId, tenantId)];
  if (filters.productId !== undefined) conditions.push(eq(applications.productId, filters.productId));
  if (filters.assignee !== undefined) conditions.push(eq(applications.assignee, filters.assignee));
  if (filters.createdFrom !== undefined) conditions.push(gte(applications.createdAt, filters.createdFrom));
  if (filters.createdBefore !== undefined) conditions.push(lt(applications.createdAt, filters.createdBefore));
  const where = and(...conditions) ?? sql`true`;
  const filtered = conditions.length > 1;
  return { tenantId, where, filtered, asOf };
}

/**
 * The pipeline as of `asOf`, over the tenant's applications (filtered): count and amount by stage, age and
 * dwell percentiles, SLA breaches (each stay against the `origination.stageSlaHours` of its product's version
 * current when it began), the funnel with its
 * pull-through rate, the bottleneck and the expected closings. The database aggregates the stays
 * (`application_stage_visits`); core assembles the funnel's ratios and the bottleneck.
 *
 * @example
 * const report = await pipelineReport(db, "demo", {}, new Date());
 */
export async function pipelineReport(
  executor: Executor,
  tenantId: string,
  filters: PipelineFilters,
  asOf: Date,
): Promise<Result<PipelineReportBody>> {
  const scope = pipelineScope(tenantId, filters, asOf);
  const at = asOf.toISOString();
  // On PostgreSQL these run on separate pooled connections at once (PGlite runs them in turn).
  const [{ stages, closings }, funnelReached, [counted]] = await Promise.all([
    pipelineStages(executor, scope),
    funnelCounts(executor, scope),
    executor.select({ n: count() }).from(applications).where(scope.where),
  ]);
  const { funnel, bottleneck, slaBreaches } = assemblePipelineReport(at, stages, funnelReached, {
    scale: 4,
    mode: "half-even",
  });
  return ok({
    object: "pipeline_report",
    asOf: at,
    applicationCount: counted?.n ?? 0,
    stages: stages.map((stage) => ({
      stage: stage.stage,
      state: stage.state,
      count: stage.count,
      amounts: amountsOf(stage.amounts),
      ageP50: seconds(stage.ageP50Ms),
      ageP90: seconds(stage.ageP90Ms),
      dwellP50: seconds(stage.dwellP50Ms),
      dwellP90: seconds(stage.dwellP90Ms),
      slaBreaches: stage.slaBreaches,
      openSlaBreaches: stage.openSlaBreaches,
    })),
    funnel: {
      submitted: funnel.submitted,
      approved: funnel.approved,
      accepted: funnel.accepted,
      funded: funnel.funded,
      approvalRate: formatDecimal(funnel.approvalRate),
      acceptanceRate: formatDecimal(funnel.acceptanceRate),
      fundingRate: formatDecimal(funnel.fundingRate),
      pullThroughRate: formatDecimal(funnel.pullThroughRate),
    },
    bottleneck: bottleneck === undefined ? null : { stage: bottleneck.stage, dwellP50: seconds(bottleneck.dwellP50Ms) },
    slaBreaches,
    expectedClosings: closings.map((closing) => ({
      date: closing.date,
      count: closing.count,
      amounts: amountsOf(closing.amounts),
    })),
  });
}
