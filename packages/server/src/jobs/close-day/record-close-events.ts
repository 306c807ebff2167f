import type { LocalDate } from "@lendstack/core/calendar";
import type { LoanState } from "@lendstack/core/servicing";
import { sql } from "drizzle-orm";
import { rowsOf } from "../../db/rows.js";
import { type LoanRow, loanSnapshots } from "../../db/schema/index.js";
import type { Executor } from "../../db/types.js";
import type { NewEvent } from "../../events/record.js";
import { detectCloseEvents, type PreviousClose } from "./close-events.js";

/**
 * What the close knows of a batch's loans before computing them: the loans already closed on the date (by
 * a worker that committed before this batch, or an earlier run), with the version closed, and each other
 * loan's latest close before the date.
 */
export interface CloseHistory {
  readonly closedOnDate: ReadonlyMap<string, number>;
  readonly previous: ReadonlyMap<string, PreviousClose>;
}

/** A loan's latest snapshot on or before the date. */
interface LatestClose extends PreviousClose {
  readonly loanId: string;
  readonly asOfDate: string;
  readonly eventsVersion: number;
}

/**
 * Each loan's latest snapshot on or before the date, in one query: one on the date says the loan was
 * closed that day already (and from which version); one before it is the previous close its events compare with.
 *
 * One backward probe of the primary key per loan (the ids as one jsonb parameter): written as a filter on
 * `loan_id in (…)`, the planner scanned every snapshot of the tenant for each batch (27 ms a batch on a
 * 50k-loan book, growing with the book and with each day closed).
 *
 * @example const history = await closeHistory(tx, tenantId, businessDate, claimed);
 */
export async function closeHistory(
  tx: Executor,
  tenantId: string,
  date: LocalDate,
  rows: ReadonlyArray<LoanRow>,
): Promise<CloseHistory> {
  const ids = JSON.stringify(rows.map((row) => row.id));
  const latest = rowsOf<LatestClose>(
    await tx.execute(sql`select l.id as "loanId", to_char(s.as_of_date, 'YYYY-MM-DD') as "asOfDate",
        s.events_version as "eventsVersion", s.status, s.delinquency_bucket as "delinquencyBucket",
        s.is_non_performing as "isNonPerforming"
      from jsonb_array_elements_text(${ids}::jsonb) as l(id)
      cross join lateral (select as_of_date, events_version, status, delinquency_bucket, is_non_performing
        from ${loanSnapshots} where tenant_id = ${tenantId} and loan_id = l.id and as_of_date <= ${date}
        order by as_of_date desc limit 1) as s`),
  );
  const closedOnDate = new Map<string, number>();
  const previous = new Map<string, PreviousClose>();
  for (const { loanId, eventsVersion, ...close } of latest) {
    if (close.asOfDate === date) closedOnDate.set(loanId, eventsVersion);
    else previous.set(loanId, close);
  }
  return { closedOnDate, previous };
}

/**
 * The events to record for one loan's close: none when the loan was closed on the date already (a re-close
 * after a back-dated change recomputes the snapshot but does not announce the day again), else what
 * `detectCloseEvents` finds against its previous close.
 *
 * @example found.push(...closeEventsOf(history, loanId, state, businessDate));
 */
export function closeEventsOf(history: CloseHistory, loanId: string, state: LoanState, date: LocalDate): NewEvent[] {
  if (history.closedOnDate.has(loanId)) return [];
  return detectCloseEvents(loanId, state, history.previous.get(loanId), date).map((event) => ({
    type: event.type,
    resourceType: "loan",
    resourceId: loanId,
    data: event.data,
    businessDate: date,
  }));
}
