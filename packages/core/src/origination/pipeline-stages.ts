import type { Result } from "../errors/index.js";
import { parseInstant } from "./instant.js";
import type { ApplicationState } from "./lifecycle.js";
import type { PipelineApplication, StageVisit } from "./pipeline-history.js";

/** Running figures of one stage while the histories are read. */
export interface StageTally {
  readonly stage: string;
  state: ApplicationState;
  /** Ages of the applications in the stage now, ms. */
  readonly ages: number[];
  /** Every visit's dwell, ms. */
  readonly dwells: number[];
  readonly amounts: Map<string, bigint>;
  slaBreaches: number;
  openSlaBreaches: number;
}

/**
 * The nearest-rank percentile of whole numbers: the value at rank ⌈p/100 × n⌉ of the sorted
 * values; 0 for no values.
 *
 * @example percentileOf([15, 20, 35, 40, 50], 30) === 20
 */
export function percentileOf(values: ReadonlyArray<number>, percent: number): number {
  return percentileOfSorted(Float64Array.from(values).sort(), percent);
}

/** `percentileOf` over values already sorted ascending (sort once, read several percentiles). */
export function percentileOfSorted(sorted: Float64Array, percent: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((percent * sorted.length) / 100));
  return sorted[rank - 1]!;
}

interface VisitTimes {
  readonly entered: number;
  readonly exited: number | undefined;
  readonly due: number | undefined;
}

function timesOf(visit: StageVisit, path: ReadonlyArray<string | number>): Result<VisitTimes> {
  const entered = parseInstant(visit.enteredAt, [...path, "enteredAt"]);
  if (!entered.ok) return entered;
  const exited = visit.exitedAt === undefined ? undefined : parseInstant(visit.exitedAt, [...path, "exitedAt"]);
  if (exited !== undefined && !exited.ok) return exited;
  const due = visit.dueAt === undefined ? undefined : parseInstant(visit.dueAt, [...path, "dueAt"]);
  if (due !== undefined && !due.ok) return due;
  return { ok: true, value: { entered: entered.value, exited: exited?.value, due: due?.value } };
}

function tallyOf(tallies: Map<string, StageTally>, visit: StageVisit): StageTally {
  let tally = tallies.get(visit.stage);
  if (tally === undefined) {
    tally = {
      stage: visit.stage,
      state: visit.state,
      ages: [],
      dwells: [],
      amounts: new Map(),
      slaBreaches: 0,
      openSlaBreaches: 0,
    };
    tallies.set(visit.stage, tally);
  }
  return tally;
}

/**
 * Reads every visit once: dwell and SLA breach per visit; age, amount and open breach for the
 * applications' current (last, open) visits. Durations never go below 0 (a visit entered after
 * `asOf` counts 0).
 */
export function tallyStages(
  applications: ReadonlyArray<PipelineApplication>,
  asOfMs: number,
): Result<ReadonlyArray<StageTally>> {
  const tallies = new Map<string, StageTally>();
  for (const [i, app] of applications.entries()) {
    for (const [j, visit] of app.visits.entries()) {
      const times = timesOf(visit, ["applications", i, "visits", j]);
      if (!times.ok) return times;
      const { entered, exited, due } = times.value;
      const tally = tallyOf(tallies, visit);
      const end = exited ?? asOfMs;
      tally.dwells.push(Math.max(0, end - entered));
      if (due !== undefined && end > due) tally.slaBreaches += 1;
      if (exited !== undefined || j !== app.visits.length - 1) continue;
      tally.ages.push(Math.max(0, asOfMs - entered));
      tally.amounts.set(app.currency, (tally.amounts.get(app.currency) ?? 0n) + app.amountMinor);
      if (due !== undefined && asOfMs > due) tally.openSlaBreaches += 1;
    }
  }
  return { ok: true, value: [...tallies.values()] };
}
