import type { LocalDate } from "@lendstack/core/calendar";
import type { LoanState } from "@lendstack/core/servicing";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { loanSnapshots } from "../../db/schema/index.js";
import type { Executor } from "../../db/types.js";
import { type NewEvent, recordEvents } from "../../events/record.js";
import type { IdGenerator } from "../../ids.js";
import { detectCloseEvents, type PreviousClose } from "./close-events.js";

/** Which close: the tenant, the business date, when, and ids for the events. */
export interface CloseContext {
  readonly tenantId: string;
  readonly businessDate: LocalDate;
  readonly now: Date;
  readonly ids: IdGenerator;
}

/** Loans that already have a snapshot for the date: their events were recorded by that close. */
async function closedBefore(tx: Executor, request: CloseContext, loanIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .select({ loanId: loanSnapshots.loanId })
    .from(loanSnapshots)
    .where(
      and(
        eq(loanSnapshots.tenantId, request.tenantId),
        eq(loanSnapshots.asOfDate, request.businessDate),
        inArray(loanSnapshots.loanId, loanIds),
      ),
    );
  return new Set(rows.map((row) => row.loanId));
}

/** Each loan's latest snapshot before the date. */
async function previousCloses(tx: Executor, request: CloseContext, loanIds: string[]) {
  const rows = await tx
    .selectDistinctOn([loanSnapshots.loanId], {
      loanId: loanSnapshots.loanId,
      status: loanSnapshots.status,
      delinquencyBucket: loanSnapshots.delinquencyBucket,
      isNonPerforming: loanSnapshots.isNonPerforming,
      asOfDate: loanSnapshots.asOfDate,
    })
    .from(loanSnapshots)
    .where(
      and(
        eq(loanSnapshots.tenantId, request.tenantId),
        lt(loanSnapshots.asOfDate, request.businessDate),
        inArray(loanSnapshots.loanId, loanIds),
      ),
    )
    .orderBy(loanSnapshots.loanId, desc(loanSnapshots.asOfDate));
  return new Map<string, PreviousClose>(rows.map(({ loanId, ...close }) => [loanId, close]));
}

/**
 * Records, in the close's transaction, the events of each loan closed for the first time on the date
 * (a re-close after a back-dated change recomputes the snapshot but does not announce the day again), and
 * `also`: other events of the batch (statements issued), in the same insert.
 *
 * @example
 * await recordCloseEvents(tx, request, states); // before the snapshots are upserted
 */
export async function recordCloseEvents(
  tx: Executor,
  request: CloseContext,
  states: ReadonlyMap<string, LoanState>,
  also: ReadonlyArray<NewEvent> = [],
): Promise<number> {
  const loanIds = [...states.keys()];
  if (loanIds.length === 0) return 0;
  const already = await closedBefore(tx, request, loanIds);
  const previous = await previousCloses(tx, request, loanIds);
  const found: NewEvent[] = [...also];
  for (const [loanId, state] of states) {
    if (already.has(loanId)) continue;
    for (const event of detectCloseEvents(loanId, state, previous.get(loanId), request.businessDate)) {
      found.push({
        type: event.type,
        resourceType: "loan",
        resourceId: loanId,
        data: event.data,
        businessDate: request.businessDate,
      });
    }
  }
  // One insert for the batch's events and one for their deliveries, the endpoints read once: not two or
  // three statements per event.
  await recordEvents(tx, { tenantId: request.tenantId, now: request.now, ids: request.ids }, found);
  return found.length;
}
