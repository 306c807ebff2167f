import type { CurrencyAmount, ExpectedClosing, StageFigures } from "@lendstack/core/origination";
import { applicationStates, isApplicationState, statesAheadOfFunding } from "@lendstack/core/origination";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/rows.js";
import type { Executor } from "../db/types.js";
import { type PipelineScope, type StateRow, stateRows } from "./pipeline-query.js";

interface OpenAmountRow {
  state: string | null;
  date: string | null;
  currency: string;
  count: number;
  amount: string;
}

/** Each state's median dwell and the medians of the states ahead of it on the way to funding. */
function aheadOfFunding(rows: ReadonlyArray<StateRow>) {
  const medians = new Map(rows.map((row) => [row.state, Number(row.dwell_p50)]));
  return rows.flatMap((row) => {
    const path = statesAheadOfFunding(row.state);
    if (path === undefined) return [];
    const rest = path.reduce((sum, state) => sum + (medians.get(state) ?? 0), 0);
    return [{ state: row.state, median: Number(row.dwell_p50), rest }];
  });
}

/**
 * One pass over the open stays joined to their applications: amounts per state and currency, and the
 * expected closings per date and currency, dated as core's `expectedClosings` dates them: the planned
 * funding date once closing has started, else `asOf` plus what the current state's median dwell has left
 * and the medians of the states ahead, as a UTC day.
 */
async function openAmountRows(executor: Executor, scope: PipelineScope, rows: ReadonlyArray<StateRow>) {
  const asOfMs = sql`${scope.asOf.getTime()}::bigint`;
  const age = sql`greatest(0, ${asOfMs} - s.entered_ms)`;
  const date = sql`case when p.state is not null then coalesce(a.funding_date, to_char(date '1970-01-01'
      + ((${asOfMs} + greatest(0, p.median - ${age}) + p.rest) / 86400000)::int, 'YYYY-MM-DD')) end`;
  const result = await executor.execute(sql`
    select case when grouping(v.state) = 0 then v.state end as state,
      case when grouping(v.date) = 0 then v.date end as date,
      v.currency, count(*)::int as count, sum(v.amount)::text as amount
    from (
      select s.state, ${date} as date, a.currency, a.amount
      from application_stage_visits s
      join (select id, coalesce(currency, 'XXX') as currency, coalesce(amount, 0) as amount, funding_date
        from applications where ${scope.where}) a on a.id = s.application_id
      left join jsonb_to_recordset(${JSON.stringify(aheadOfFunding(rows))}::jsonb)
        as p(state text, median bigint, rest bigint) on p.state = s.state
      where s.tenant_id = ${scope.tenantId} and s.exited_at is null
    ) v
    group by grouping sets ((v.state, v.currency), (v.date, v.currency))`);
  return rowsOf<OpenAmountRow>(result);
}

const byCurrency = (a: CurrencyAmount, b: CurrencyAmount) => (a.currency < b.currency ? -1 : 1);

function closingsOf(rows: ReadonlyArray<OpenAmountRow>): ExpectedClosing[] {
  const byDate = new Map<string, { count: number; amounts: CurrencyAmount[] }>();
  for (const row of rows) {
    if (row.state !== null || row.date === null) continue;
    const entry = byDate.get(row.date) ?? { count: 0, amounts: [] };
    entry.count += row.count;
    entry.amounts.push({ currency: row.currency, amountMinor: BigInt(row.amount) });
    byDate.set(row.date, entry);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, entry]) => ({ date, count: entry.count, amounts: entry.amounts.sort(byCurrency) }));
}

/**
 * The figures of every state the filtered applications visited, in lifecycle order (`applicationStates`),
 * and the expected closings of the open applications on the way to funding.
 *
 * @example
 * const { stages, closings } = await pipelineStages(db, { tenantId, where, filtered: false, asOf });
 */
export async function pipelineStages(
  executor: Executor,
  scope: PipelineScope,
): Promise<{ stages: StageFigures[]; closings: ExpectedClosing[] }> {
  const order = (state: string) => (applicationStates as ReadonlyArray<string>).indexOf(state);
  const rows = (await stateRows(executor, scope)).sort((a, b) => order(a.state) - order(b.state));
  const open = await openAmountRows(executor, scope, rows);
  const amounts = (state: string): CurrencyAmount[] =>
    open
      .filter((row) => row.state === state)
      .map((row) => ({ currency: row.currency, amountMinor: BigInt(row.amount) }))
      .sort(byCurrency);
  const stages = rows.flatMap((row): StageFigures[] => {
    if (!isApplicationState(row.state)) return [];
    return [
      {
        stage: row.state,
        state: row.state,
        count: row.count,
        amounts: amounts(row.state),
        ageP50Ms: Number(row.age_p50 ?? 0),
        ageP90Ms: Number(row.age_p90 ?? 0),
        dwellP50Ms: Number(row.dwell_p50),
        dwellP90Ms: Number(row.dwell_p90),
        slaBreaches: row.breaches,
        openSlaBreaches: row.open_breaches,
      },
    ];
  });
  return { stages, closings: closingsOf(open) };
}
