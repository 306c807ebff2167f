import { formatInstant, type Instant, msPerDay, parseInstant } from "./instant.js";
import type { ApplicationState } from "./lifecycle.js";
import { isTerminal } from "./lifecycle.js";
import type { CurrencyAmount } from "./pipeline.js";
import type { PipelineApplication } from "./pipeline-history.js";

/** The states an application still passes through on its way to funding, from each state. */
const PATH_TO_FUNDING: Readonly<Record<string, ReadonlyArray<ApplicationState>>> = {
  draft: ["submitted", "in_review", "approved", "offered", "accepted", "closing"],
  submitted: ["in_review", "approved", "offered", "accepted", "closing"],
  in_review: ["approved", "offered", "accepted", "closing"],
  referred: ["approved", "offered", "accepted", "closing"],
  approved: ["offered", "accepted", "closing"],
  offered: ["accepted", "closing"],
  accepted: ["closing"],
  closing: [],
};

/**
 * The states an application in `state` still passes through before funding (empty in `closing`), or
 * undefined for a state that does not lead to funding (a terminal one).
 *
 * @example statesAheadOfFunding("offered") // ["accepted", "closing"]
 */
export function statesAheadOfFunding(state: string): ReadonlyArray<ApplicationState> | undefined {
  return Object.hasOwn(PATH_TO_FUNDING, state) ? PATH_TO_FUNDING[state] : undefined;
}

/** An application in the pipeline, with its planned funding date once closing has started. */
export interface PipelineCandidate extends PipelineApplication {
  /** `YYYY-MM-DD`, set when closing starts. */
  readonly fundingDate?: string | undefined;
}

/** How many applications are expected to close on a date, and for how much. @example { date: "2026-12-20", count: 3, amounts: [] } */
export interface ExpectedClosing {
  readonly date: string;
  readonly count: number;
  readonly amounts: ReadonlyArray<CurrencyAmount>;
}

/**
 * When each open application is expected to close: its planned funding date once in closing; otherwise
 * `asOf` plus what is left of the median dwell of its current state plus the median dwell of every state
 * still ahead of it (medians from the report's stages, by state). Grouped by UTC date, earliest first;
 * terminal applications are left out.
 *
 * @example
 * expectedClosings(apps, new Map([["in_review", 86_400_000]]), "2026-12-01T00:00:00Z")
 */
export function expectedClosings(
  applications: ReadonlyArray<PipelineCandidate>,
  medianDwellMs: ReadonlyMap<string, number>,
  asOf: Instant,
): ReadonlyArray<ExpectedClosing> {
  const asOfMs = parseInstant(asOf);
  if (!asOfMs.ok) return [];
  const byDate = new Map<string, { count: number; amounts: Map<string, bigint> }>();
  for (const app of applications) {
    const date = expectedDate(app, medianDwellMs, asOfMs.value);
    if (date === undefined) continue;
    const entry = byDate.get(date) ?? { count: 0, amounts: new Map<string, bigint>() };
    entry.count += 1;
    entry.amounts.set(app.currency, (entry.amounts.get(app.currency) ?? 0n) + app.amountMinor);
    byDate.set(date, entry);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, { count, amounts }]) => ({
      date,
      count,
      amounts: [...amounts].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    }));
}

function expectedDate(app: PipelineCandidate, medians: ReadonlyMap<string, number>, asOfMs: number) {
  const current = app.visits.at(-1);
  if (current === undefined || current.exitedAt !== undefined || isTerminal(current.state)) return undefined;
  if (app.fundingDate !== undefined) return app.fundingDate;
  const ahead = PATH_TO_FUNDING[current.state];
  if (ahead === undefined) return undefined;
  const entered = parseInstant(current.enteredAt);
  const age = entered.ok ? Math.max(0, asOfMs - entered.value) : 0;
  const left = Math.max(0, (medians.get(current.state) ?? 0) - age);
  const rest = ahead.reduce((sum, state) => sum + (medians.get(state) ?? 0), 0);
  const at = asOfMs + left + rest;
  return formatInstant(at - (at % msPerDay)).slice(0, 10);
}
