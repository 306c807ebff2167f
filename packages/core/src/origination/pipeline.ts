import type { Result } from "../errors/index.js";
import type { Decimal, RatioRounding } from "../money/index.js";
import { ratioOf } from "../reporting/index.js";
import { type Instant, parseInstant } from "./instant.js";
import { type ApplicationState, isTerminal } from "./lifecycle.js";
import type { PipelineApplication } from "./pipeline-history.js";
import { percentileOfSorted, type StageTally, tallyStages } from "./pipeline-stages.js";

/** The money in a stage, per currency (amounts of different currencies never add). */
export interface CurrencyAmount {
  readonly currency: string;
  readonly amountMinor: bigint;
}

/**
 * Figures of one stage. Ages are of the applications in the stage now (`asOf` − entry); dwell is
 * over every visit (finished ones to their exit, open ones to `asOf`). Durations in milliseconds;
 * percentiles by nearest rank (the smallest value with at least p % of values at or below it).
 *
 * @example stage.ageP50Ms / 3_600_000 // hours
 */
export interface StageFigures {
  readonly stage: string;
  readonly state: ApplicationState;
  /** Applications in the stage now. */
  readonly count: number;
  readonly amounts: ReadonlyArray<CurrencyAmount>;
  readonly ageP50Ms: number;
  readonly ageP90Ms: number;
  readonly dwellP50Ms: number;
  readonly dwellP90Ms: number;
  /** Visits (finished or open) that stayed past their `dueAt`. */
  readonly slaBreaches: number;
  /** Applications in the stage now and already past its `dueAt`. */
  readonly openSlaBreaches: number;
}

/**
 * The conversion funnel: how many applications ever reached each state, each step's conversion
 * and the pull-through rate (funded ÷ submitted), ratios as exact decimals rounded as asked
 * (0 when the denominator is 0).
 *
 * @example funnel.pullThroughRate // 0.25 for 1 funded of 4 submitted
 */
export interface PipelineFunnel {
  readonly submitted: number;
  readonly approved: number;
  readonly accepted: number;
  readonly funded: number;
  readonly approvalRate: Decimal;
  readonly acceptanceRate: Decimal;
  readonly fundingRate: Decimal;
  readonly pullThroughRate: Decimal;
}

/** @example report.bottleneck?.stage */
export interface PipelineReport {
  readonly asOf: Instant;
  /** Stages in order of first appearance in the histories. */
  readonly stages: ReadonlyArray<StageFigures>;
  readonly funnel: PipelineFunnel;
  /** The non-terminal stage with the highest median dwell (ties: first in `stages`); absent with no visits. */
  readonly bottleneck?: { readonly stage: string; readonly dwellP50Ms: number };
  readonly slaBreaches: number;
}

/** How many applications ever reached each funnel state. @example { submitted: 4, approved: 2, accepted: 1, funded: 1 } */
export interface FunnelCounts {
  readonly submitted: number;
  readonly approved: number;
  readonly accepted: number;
  readonly funded: number;
}

/** The states the funnel counts, in order. @example funnelStates[3] === "funded" */
export const funnelStates = ["submitted", "approved", "accepted", "funded"] as const;

function reached(applications: ReadonlyArray<PipelineApplication>, state: ApplicationState): number {
  return applications.filter((app) => app.visits.some((visit) => visit.state === state)).length;
}

function funnelOf(counts: FunnelCounts, rounding: RatioRounding): PipelineFunnel {
  const { submitted, approved, accepted, funded } = counts;
  const rate = (a: number, b: number) => ratioOf(BigInt(a), BigInt(b), rounding);
  return {
    submitted,
    approved,
    accepted,
    funded,
    approvalRate: rate(approved, submitted),
    acceptanceRate: rate(accepted, approved),
    fundingRate: rate(funded, accepted),
    pullThroughRate: rate(funded, submitted),
  };
}

function figuresOf(tally: StageTally): StageFigures {
  // Typed arrays sort numerically and fast; each list is sorted once for both percentiles.
  const ages = Float64Array.from(tally.ages).sort();
  const dwells = Float64Array.from(tally.dwells).sort();
  return {
    stage: tally.stage,
    state: tally.state,
    count: tally.ages.length,
    amounts: [...tally.amounts].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    ageP50Ms: percentileOfSorted(ages, 50),
    ageP90Ms: percentileOfSorted(ages, 90),
    dwellP50Ms: percentileOfSorted(dwells, 50),
    dwellP90Ms: percentileOfSorted(dwells, 90),
    slaBreaches: tally.slaBreaches,
    openSlaBreaches: tally.openSlaBreaches,
  };
}

/**
 * Pipeline figures from stage histories at `asOf`: per stage the count and amount (per currency)
 * of applications in it, age and dwell p50/p90, SLA breaches; the funnel submitted → approved →
 * accepted → funded with the pull-through rate; the bottleneck stage (highest median dwell among
 * non-terminal stages). Exact: amounts are bigint sums, ratios exact decimals rounded per
 * `rounding` (as in reporting). Errors: `invalid_instant` at the bad field's path.
 *
 * @example
 * const report = buildPipelineReport(applications, "2026-03-31T00:00:00Z", { scale: 4, mode: "half-even" });
 */
export function buildPipelineReport(
  applications: ReadonlyArray<PipelineApplication>,
  asOf: Instant,
  rounding: RatioRounding,
): Result<PipelineReport> {
  const asOfMs = parseInstant(asOf, ["asOf"]);
  if (!asOfMs.ok) return asOfMs;
  const tallies = tallyStages(applications, asOfMs.value);
  if (!tallies.ok) return tallies;
  const [submitted, approved, accepted, funded] = funnelStates.map((state) => reached(applications, state)) as [
    number,
    number,
    number,
    number,
  ];
  const counts = { submitted, approved, accepted, funded };
  return { ok: true, value: assemblePipelineReport(asOf, tallies.value.map(figuresOf), counts, rounding) };
}

/**
 * A report from figures already computed (by `buildPipelineReport`, or by a database that aggregated
 * the same visits): the funnel's ratios, the bottleneck (the non-terminal stage with the highest median
 * dwell; ties: first in `stages`) and the total of SLA breaches.
 *
 * @example
 * const report = assemblePipelineReport(asOf, stages, { submitted: 4, approved: 2, accepted: 1, funded: 1 }, rounding);
 */
export function assemblePipelineReport(
  asOf: Instant,
  stages: ReadonlyArray<StageFigures>,
  counts: FunnelCounts,
  rounding: RatioRounding,
): PipelineReport {
  let bottleneck: PipelineReport["bottleneck"];
  for (const figures of stages) {
    if (isTerminal(figures.state) || figures.dwellP50Ms === 0) continue;
    if (bottleneck === undefined || figures.dwellP50Ms > bottleneck.dwellP50Ms) {
      bottleneck = { stage: figures.stage, dwellP50Ms: figures.dwellP50Ms };
    }
  }
  return {
    asOf,
    stages,
    funnel: funnelOf(counts, rounding),
    ...(bottleneck === undefined ? {} : { bottleneck }),
    slaBreaches: stages.reduce((sum, s) => sum + s.slaBreaches, 0),
  };
}
