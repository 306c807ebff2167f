import { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { formatDecimal } from "@lendstack/core/money";
import {
  buildPipelineReport,
  type CurrencyAmount,
  expectedClosings,
  isApplicationState,
  type PipelineCandidate,
  type StageVisit,
} from "@lendstack/core/origination";
import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import { decodeStored } from "../db/corrupt-record.js";
import { applications } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { toJsonInteger } from "../http/safe-integer.js";
import { storedDefinition } from "../products/service.js";
import { productsRepository } from "../products/store.js";
import type { PipelineReportBody } from "./pipeline-schemas.js";

/** Filters of the pipeline report. */
export interface PipelineFilters {
  readonly productId?: string | undefined;
  readonly assignee?: string | undefined;
  readonly createdFrom?: Date | undefined;
  readonly createdBefore?: Date | undefined;
}

const historySchema = z.array(z.object({ state: z.string(), enteredAt: z.string(), by: z.string() }));
const hourMs = 3_600_000;
const seconds = (ms: number) => Math.floor(ms / 1000);
const amountsOf = (amounts: ReadonlyArray<CurrencyAmount>) =>
  amounts.map(({ currency, amountMinor }) => ({ currency, amount: toJsonInteger(amountMinor, "pipeline report") }));

/** Each product's SLA hours by state (`origination.stageSlaHours`), for the products in the report. */
async function slaHoursByProduct(executor: Executor, tenantId: string, productIds: ReadonlySet<string>) {
  const repository = productsRepository(executor, tenantId);
  const hours = new Map<string, Readonly<Record<string, number | undefined>>>();
  for (const productId of productIds) {
    const product = await repository.find(productId);
    if (product === undefined) continue;
    const version = await repository.findVersion(productId, product.currentVersion);
    const sla = version === undefined ? undefined : storedDefinition(version).origination?.stageSlaHours;
    if (sla !== undefined) hours.set(productId, sla);
  }
  return hours;
}

interface PipelineRow {
  readonly id: string;
  readonly productId: string | null;
  readonly currency: string | null;
  readonly amount: bigint | null;
  readonly fundingDate: string | null;
  readonly stateHistory: unknown;
}

/** An application's stays as core's visits: each ends where the next begins; due by its state's SLA. */
function candidateOf(
  row: PipelineRow,
  sla: Readonly<Record<string, number | undefined>> | undefined,
): PipelineCandidate {
  const history = decodeStored(historySchema, row.stateHistory, {
    table: "applications",
    id: row.id,
    column: "state_history",
  });
  const visits: StageVisit[] = [];
  for (const [i, stay] of history.entries()) {
    if (!isApplicationState(stay.state)) continue;
    const next = history[i + 1];
    const hours = sla?.[stay.state];
    const dueAt = hours === undefined ? undefined : new Date(Date.parse(stay.enteredAt) + hours * hourMs).toISOString();
    visits.push({
      stage: stay.state,
      state: stay.state,
      enteredAt: stay.enteredAt,
      ...(next === undefined ? {} : { exitedAt: next.enteredAt }),
      ...(dueAt === undefined ? {} : { dueAt }),
    });
  }
  return {
    id: row.id,
    currency: row.currency ?? "XXX",
    amountMinor: row.amount ?? 0n,
    visits,
    ...(row.fundingDate === null ? {} : { fundingDate: row.fundingDate }),
  };
}

/**
 * The pipeline as of `asOf`, over the tenant's applications (filtered): count and amount by stage, age and
 * dwell percentiles, SLA breaches (by each product's `origination.stageSlaHours`), the funnel with its
 * pull-through rate, the bottleneck and the expected closings. Core computes the figures.
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
  const conditions: SQL[] = [eq(applications.tenantId, tenantId)];
  if (filters.productId !== undefined) conditions.push(eq(applications.productId, filters.productId));
  if (filters.assignee !== undefined) conditions.push(eq(applications.assignee, filters.assignee));
  if (filters.createdFrom !== undefined) conditions.push(gte(applications.createdAt, filters.createdFrom));
  if (filters.createdBefore !== undefined) conditions.push(lt(applications.createdAt, filters.createdBefore));
  const rows = await executor
    .select({
      id: applications.id,
      productId: applications.productId,
      currency: applications.currency,
      amount: applications.amount,
      fundingDate: applications.fundingDate,
      stateHistory: applications.stateHistory,
    })
    .from(applications)
    .where(and(...conditions));
  const products = new Set(rows.flatMap((row) => (row.productId === null ? [] : [row.productId])));
  const sla = await slaHoursByProduct(executor, tenantId, products);
  const candidates = rows.map((row) => candidateOf(row, row.productId === null ? undefined : sla.get(row.productId)));
  const at = asOf.toISOString();
  const report = buildPipelineReport(candidates, at, { scale: 4, mode: "half-even" });
  if (!report.ok) return fail(report.error.code, report.error.message);
  const { stages, funnel, bottleneck, slaBreaches } = report.value;
  const medians = new Map(stages.map((stage) => [stage.state as string, stage.dwellP50Ms]));
  return ok({
    object: "pipeline_report",
    asOf: at,
    applicationCount: rows.length,
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
    expectedClosings: expectedClosings(candidates, medians, at).map((closing) => ({
      date: closing.date,
      count: closing.count,
      amounts: amountsOf(closing.amounts),
    })),
  });
}
