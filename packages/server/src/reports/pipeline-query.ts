import type { FunnelCounts } from "@lendstack/core/origination";
import { applicationStates, funnelStates } from "@lendstack/core/origination";
import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.js";
import type { Executor } from "../db/types.js";

// The pipeline report's aggregates, computed by the database over `application_stage_visits`: the figures
// core's `buildPipelineReport` and `expectedClosings` compute from the histories (the oracle test holds
// the two equal), without reading 100,000 histories into the process. Percentiles are nearest-rank
// (`percentile_disc`), as in core, over whole milliseconds. A closed stay's dwell and breach never change,
// so the database keeps them in generated columns (`dwell_ms`, `sla_breached`); an open stay's age is
// `asOf` − `entered_ms`. Each state's figures are read from two partial indexes alone (closed stays, open
// stays: index-only scans), one state at a time, so no statement sorts or hashes every stay at once.

/** What the report covers: the tenant's applications (filtered or not), as of when. */
export interface PipelineScope {
  readonly tenantId: string;
  /** Conditions on `applications` (the tenant's, filtered). */
  readonly where: SQL;
  /** Whether `where` filters more than the tenant (the stays are then limited to its applications). */
  readonly filtered: boolean;
  readonly asOf: Date;
}

/** One state's figures as the database computes them (durations in milliseconds). */
export interface StateRow {
  state: string;
  dwell_p50: number;
  dwell_p90: number;
  breaches: number;
  count: number;
  age_p50: number | null;
  age_p90: number | null;
  open_breaches: number;
}

/** `and` the stay `s` belongs to one of the filtered applications (nothing when only the tenant filters). */
export function stayFilter(scope: PipelineScope): SQL {
  return scope.filtered ? sql` and s.application_id in (select id from applications where ${scope.where})` : sql``;
}

const valuesOf = (states: ReadonlyArray<string>) =>
  sql.join(
    states.map((state) => sql`(${state})`),
    sql`, `,
  );

/**
 * The stays of the scope's applications as rows (`d`: dwell in milliseconds, closed ones to their exit,
 * open ones to `asOf`; `breached`: past their SLA deadline; `open`), of one state (`st.state`) or all.
 */
function stayRows(scope: PipelineScope, state: SQL): SQL {
  const asOfMs = sql`${scope.asOf.getTime()}::bigint`;
  const asOf = sql`${scope.asOf.toISOString()}::timestamptz`;
  const stays = sql`application_stage_visits s where s.tenant_id = ${scope.tenantId}${state}${stayFilter(scope)}`;
  return sql`(
    select s.state, s.dwell_ms as d, s.sla_breached as breached, false as open from ${stays} and s.exited_at is not null
    union all
    select s.state, greatest(0, ${asOfMs} - s.entered_ms), s.due_at < ${asOf}, true from ${stays} and s.exited_at is null
  ) u`;
}

const figures = sql`count(*)::int as stays,
  (percentile_disc(0.5) within group (order by d))::float8 as dwell_p50,
  (percentile_disc(0.9) within group (order by d))::float8 as dwell_p90,
  (count(*) filter (where breached))::int as breaches, (count(*) filter (where open))::int as count,
  (percentile_disc(0.5) within group (order by d) filter (where open))::float8 as age_p50,
  (percentile_disc(0.9) within group (order by d) filter (where open))::float8 as age_p90,
  (count(*) filter (where open and breached))::int as open_breaches`;

/**
 * Per state the scope's applications visited: dwell percentiles over every stay (closed ones to their exit,
 * open ones to `asOf`) and their SLA breaches; the stays open now, their age percentiles and open breaches.
 * Over the whole tenant, one state at a time from the indexes alone; filtered, in one grouped pass over
 * the filtered applications' stays (a per-state pass would join the filter once per state).
 *
 * @example
 * const rows = await stateRows(db, { tenantId, where, filtered: false, asOf });
 */
export async function stateRows(executor: Executor, scope: PipelineScope): Promise<StateRow[]> {
  const result = scope.filtered
    ? await executor.execute(sql`select u.state, ${figures} from ${stayRows(scope, sql``)} group by u.state`)
    : await executor.execute(sql`
        select st.state, f.* from (values ${valuesOf(applicationStates)}) as st(state)
        cross join lateral (select ${figures} from ${stayRows(scope, sql` and s.state = st.state`)}) f
        where f.stays > 0`);
  return rowsOf<StateRow>(result);
}

/**
 * How many of the filtered applications ever reached each funnel state: per state, the distinct
 * applications read in order from the (tenant, state, application) index (a hash of every (state,
 * application) pair spilled to disk at 100,000 applications); filtered, one grouped pass.
 *
 * @example const counts = await funnelCounts(db, scope);
 */
export async function funnelCounts(executor: Executor, scope: PipelineScope): Promise<FunnelCounts> {
  const result = scope.filtered
    ? await executor.execute(sql`
        select s.state, count(distinct s.application_id)::int as reached from application_stage_visits s
        where s.tenant_id = ${scope.tenantId} and s.state in (${sql.join(
          funnelStates.map((state) => sql`${state}`),
          sql`, `,
        )})${stayFilter(scope)}
        group by s.state`)
    : await executor.execute(sql`
        select st.state, (select count(*) from (
            select s.application_id from application_stage_visits s
            where s.tenant_id = ${scope.tenantId} and s.state = st.state group by s.application_id) reached)::int as reached
        from (values ${valuesOf(funnelStates)}) as st(state)`);
  const reached = new Map(rowsOf<{ state: string; reached: number }>(result).map((row) => [row.state, row.reached]));
  return {
    submitted: reached.get("submitted") ?? 0,
    approved: reached.get("approved") ?? 0,
    accepted: reached.get("accepted") ?? 0,
    funded: reached.get("funded") ?? 0,
  };
}
