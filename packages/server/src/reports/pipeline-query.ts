import type { CurrencyAmount, ExpectedClosing, FunnelCounts, StageFigures } from "@lendstack/core/origination";
import { applicationStates, funnelStates, isApplicationState, statesAheadOfFunding } from "@lendstack/core/origination";
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.js";
import type { Executor } from "../db/types.js";

// The pipeline report's aggregates, computed by the database over `application_stage_visits`: the figures
// core's `buildPipelineReport` and `expectedClosings` compute from the histories (the oracle test holds
// the two equal), without reading 100,000 histories into the process. Percentiles are nearest-rank
// (`percentile_disc`), as in core, taken over intervals and read as whole milliseconds.

/** What the report covers: the tenant's applications (filtered or not), as of when. */
export interface PipelineScope {
  readonly tenantId: string;
  /** Conditions on `applications` (the tenant's, filtered). */
  readonly where: SQL;
  /** Whether `where` filters more than the tenant (the stays then join their applications). */
  readonly filtered: boolean;
  readonly asOf: Date;
}

const ms = (interval: SQL) => sql`(extract(epoch from ${interval}) * 1000)::float8`;

/**
 * Every stay (`all`) or the stays open now (`open`) of the scope's applications, as a subquery `v` with
 * the stay's end (`asOf` while open), its dwell as an interval and its SLA deadline (`due`, written when
 * the stay began). The applications are joined only when a filter or the open stays' amounts need them.
 */
function staysOf(scope: PipelineScope, which: "all" | "open"): SQL {
  const asOf = sql`${scope.asOf.toISOString()}::timestamptz`;
  const open = which === "open" ? sql` and s.exited_at is null` : sql``;
  const joinApps = scope.filtered || which === "open";
  const apps = joinApps
    ? sql`join (select id, coalesce(currency, 'XXX') as currency, coalesce(amount, 0) as amount,
        funding_date from applications where ${scope.where}) a on a.id = s.application_id`
    : sql``;
  const appColumns = joinApps ? sql`, a.currency, a.amount, a.funding_date` : sql``;
  return sql`(select s.application_id, s.state, s.entered_at, s.exited_at is null as open,
      coalesce(s.exited_at, ${asOf}) as ended, s.due_at as due,
      greatest(interval '0', coalesce(s.exited_at, ${asOf}) - s.entered_at) as dwell ${appColumns}
    from application_stage_visits s ${apps}
    where s.tenant_id = ${scope.tenantId}${open}) v`;
}

interface DwellRow {
  state: string;
  dwell_p50: number | null;
  dwell_p90: number | null;
  breaches: number;
}

interface OpenRow {
  state: string;
  currency: string | null;
  count: number;
  amount: string;
  age_p50: number | null;
  age_p90: number | null;
  open_breaches: number;
}

/** Per state: dwell of every stay and SLA breaches. */
async function dwellRows(executor: Executor, scope: PipelineScope): Promise<DwellRow[]> {
  const result = await executor.execute(sql`
    select state, ${ms(sql`percentile_disc(0.5) within group (order by dwell)`)} as dwell_p50,
      ${ms(sql`percentile_disc(0.9) within group (order by dwell)`)} as dwell_p90,
      (count(*) filter (where due is not null and ended > due))::int as breaches
    from ${staysOf(scope, "all")} group by state`);
  return rowsOf<DwellRow>(result);
}

/** Per state (and per state and currency): the stays open now, their ages, amounts and open breaches. */
async function openRows(executor: Executor, scope: PipelineScope): Promise<OpenRow[]> {
  const asOf = sql`${scope.asOf.toISOString()}::timestamptz`;
  const result = await executor.execute(sql`
    select state, case when grouping(currency) = 0 then currency end as currency, count(*)::int as count,
      sum(amount)::text as amount,
      ${ms(sql`percentile_disc(0.5) within group (order by dwell)`)} as age_p50,
      ${ms(sql`percentile_disc(0.9) within group (order by dwell)`)} as age_p90,
      (count(*) filter (where due is not null and ${asOf} > due))::int as open_breaches
    from ${staysOf(scope, "open")} group by grouping sets ((state), (state, currency))`);
  return rowsOf<OpenRow>(result);
}

/**
 * The figures of every state the filtered applications visited, in lifecycle order (`applicationStates`).
 *
 * @example
 * const stages = await stageFigures(db, { tenantId, where, filtered: false, asOf });
 */
export async function stageFigures(executor: Executor, scope: PipelineScope): Promise<StageFigures[]> {
  const order = (state: string) => (applicationStates as ReadonlyArray<string>).indexOf(state);
  // On PostgreSQL the two run on separate pooled connections at once (PGlite runs them in turn).
  const [open, dwellByState] = await Promise.all([openRows(executor, scope), dwellRows(executor, scope)]);
  const dwell = dwellByState.sort((a, b) => order(a.state) - order(b.state));
  const now = new Map(open.filter((row) => row.currency === null).map((row) => [row.state, row]));
  const amounts = (state: string): CurrencyAmount[] =>
    open
      .filter((row) => row.state === state && row.currency !== null)
      .map((row) => ({ currency: row.currency ?? "XXX", amountMinor: BigInt(row.amount) }))
      .sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return dwell.flatMap((row) => {
    if (!isApplicationState(row.state)) return [];
    const current = now.get(row.state);
    return [
      {
        stage: row.state,
        state: row.state,
        count: current?.count ?? 0,
        amounts: amounts(row.state),
        ageP50Ms: Number(current?.age_p50 ?? 0),
        ageP90Ms: Number(current?.age_p90 ?? 0),
        dwellP50Ms: Number(row.dwell_p50 ?? 0),
        dwellP90Ms: Number(row.dwell_p90 ?? 0),
        slaBreaches: row.breaches,
        openSlaBreaches: current?.open_breaches ?? 0,
      },
    ];
  });
}

/**
 * How many of the filtered applications ever reached each funnel state: one small row per application,
 * flagged by the states it reached (a distinct over every (state, application) pair spilled to disk at
 * 100,000 applications and cost a third more).
 *
 * @example const counts = await funnelCounts(db, scope);
 */
export async function funnelCounts(executor: Executor, scope: PipelineScope): Promise<FunnelCounts> {
  const apps = scope.filtered
    ? sql`join (select id from applications where ${scope.where}) a on a.id = v.application_id`
    : sql``;
  const reachedColumns = funnelStates.map((state) => sql`bool_or(v.state = ${state}) as ${sql.identifier(state)}`);
  const counts = funnelStates.map((state) => sql`count(*) filter (where ${sql.identifier(state)})::int`);
  const result = await executor.execute(sql`
    select array[${sql.join(counts, sql`, `)}] as reached from (
      select ${sql.join(reachedColumns, sql`, `)}
      from application_stage_visits v ${apps}
      where v.tenant_id = ${scope.tenantId} and v.state in (${sql.join(
        funnelStates.map((state) => sql`${state}`),
        sql`, `,
      )})
      group by v.application_id
    ) per_application`);
  const [row] = rowsOf<{ reached: number[] }>(result);
  const [submitted = 0, approved = 0, accepted = 0, funded = 0] = row?.reached ?? [];
  return { submitted, approved, accepted, funded };
}

/**
 * Expected closing dates of the open applications on the way to funding, as core's `expectedClosings`
 * dates them: the planned funding date once closing has started, else `asOf` plus what the current
 * state's median dwell has left and the medians of the states ahead, as a UTC day.
 *
 * @example const closings = await closingsByDate(db, scope, stages);
 */
export async function closingsByDate(
  executor: Executor,
  scope: PipelineScope,
  stages: ReadonlyArray<StageFigures>,
): Promise<ExpectedClosing[]> {
  const medians = new Map(stages.map((stage) => [stage.state as string, stage.dwellP50Ms]));
  const ahead = stages.flatMap((stage) => {
    const path = statesAheadOfFunding(stage.state);
    if (path === undefined) return [];
    const rest = path.reduce((sum, state) => sum + (medians.get(state) ?? 0), 0);
    return [{ state: stage.state, median: stage.dwellP50Ms, rest }];
  });
  const asOfMs = sql`${scope.asOf.getTime()}::bigint`;
  const age = sql`greatest(0, ${asOfMs} - (extract(epoch from v.entered_at) * 1000)::bigint)`;
  const result = await executor.execute(sql`
    select coalesce(v.funding_date, to_char(date '1970-01-01'
        + ((${asOfMs} + greatest(0, p.median - ${age}) + p.rest) / 86400000)::int, 'YYYY-MM-DD')) as date,
      v.currency, count(*)::int as count, sum(v.amount)::text as amount
    from ${staysOf(scope, "open")}
    join jsonb_to_recordset(${JSON.stringify(ahead)}::jsonb) as p(state text, median bigint, rest bigint)
      on p.state = v.state
    group by 1, 2 order by 1, 2`);
  const byDate = new Map<string, { count: number; amounts: CurrencyAmount[] }>();
  for (const row of rowsOf<{ date: string; currency: string; count: number; amount: string }>(result)) {
    const entry = byDate.get(row.date) ?? { count: 0, amounts: [] };
    entry.count += row.count;
    entry.amounts.push({ currency: row.currency, amountMinor: BigInt(row.amount) });
    byDate.set(row.date, entry);
  }
  return [...byDate].map(([date, entry]) => ({ date, ...entry }));
}
