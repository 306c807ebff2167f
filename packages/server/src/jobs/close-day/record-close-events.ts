import type { LocalDate } from "@lendstack/core/calendar";
import type { LoanState } from "@lendstack/core/servicing";
import { and, desc, eq, inArray, lte } from "drizzle-orm";
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

/**
 * Each loan's latest snapshot on or before the date, in one query: one on the date says the loan was
 * closed that day already (and from which version); one before it is the previous close its events compare with.
 *
 * @example const history = await closeHistory(tx, tenantId, businessDate, claimed);
 */
export async function closeHistory(
  tx: Executor,
  tenantId: string,
  date: LocalDate,
  rows: ReadonlyArray<LoanRow>,
): Promise<CloseHistory> {
  const latest = await tx
    .selectDistinctOn([loanSnapshots.loanId], {
      loanId: loanSnapshots.loanId,
      asOfDate: loanSnapshots.asOfDate,
      eventsVersion: loanSnapshots.eventsVersion,
      status: loanSnapshots.status,
      delinquencyBucket: loanSnapshots.delinquencyBucket,
      isNonPerforming: loanSnapshots.isNonPerforming,
    })
    .from(loanSnapshots)
    .where(
      and(
        eq(loanSnapshots.tenantId, tenantId),
        lte(loanSnapshots.asOfDate, date),
        inArray(
          loanSnapshots.loanId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(loanSnapshots.loanId, desc(loanSnapshots.asOfDate));
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
