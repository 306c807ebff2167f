import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { type EventRow, events } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The event types that are notices. */
export const NOTICE_EVENT_TYPES = ["notice.late_payment", "notice.delinquency"];

const ofLoan = (tenantId: string, loanId: string) =>
  and(
    eq(events.tenantId, tenantId),
    eq(events.resourceId, loanId),
    eq(events.resourceType, "loan"),
    inArray(events.type, NOTICE_EVENT_TYPES),
  );

/**
 * A page of a loan's notices, newest first (events by id; `after` is the previous page's last id).
 *
 * @example await listNotices(db, t, "loan_…", { take: 21 })
 */
export function listNotices(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly after?: string | undefined; readonly take: number },
): Promise<EventRow[]> {
  return executor
    .select()
    .from(events)
    .where(and(ofLoan(tenantId, loanId), ...(query.after === undefined ? [] : [lt(events.id, query.after)])))
    .orderBy(desc(events.id))
    .limit(query.take);
}

/** One notice of a loan. @example await findNotice(db, t, "loan_…", "evt_…") */
export async function findNotice(
  executor: Executor,
  tenantId: string,
  loanId: string,
  noticeId: string,
): Promise<EventRow | undefined> {
  const [row] = await executor
    .select()
    .from(events)
    .where(and(ofLoan(tenantId, loanId), eq(events.id, noticeId)));
  return row;
}
