import type { LocalDate } from "@lendstack/core/calendar";
import { and, asc, count, eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../../db/database.js";
import { loanSnapshots, loans } from "../../db/schema/index.js";

/**
 * Loans of the tenant that need a snapshot for the date, after `afterId`, locked for this transaction;
 * rows another worker (or a payment) holds are skipped, not waited for. A loan needs one when it is
 * active, or its latest earlier snapshot says active (so the day it closes or is charged off is
 * recorded once), and it has no snapshot for the date computed from its current version.
 *
 * Both tests are scalar subqueries on purpose: each is one primary-key probe per candidate loan. Written
 * as `not exists`, the planner turned the check into an anti-join and, estimating one snapshot for a
 * date it has no statistics for, compared every candidate with every snapshot already written that
 * day, so each batch cost more than the one before and a close grew with the square of the book.
 */
function needsSnapshot(tenantId: string, date: LocalDate) {
  const previousStatus = sql`(select s.status from ${loanSnapshots} s where s.tenant_id = ${loans.tenantId}
    and s.loan_id = ${loans.id} and s.as_of_date < ${date} order by s.as_of_date desc limit 1)`;
  const versionClosed = sql`(select s.events_version from ${loanSnapshots} s where s.tenant_id = ${loans.tenantId}
    and s.loan_id = ${loans.id} and s.as_of_date = ${date})`;
  return and(
    eq(loans.tenantId, tenantId),
    sql`(${loans.status} = 'active' or ${previousStatus} = 'active')`,
    sql`${versionClosed} is distinct from ${loans.version}`,
  );
}

/**
 * Loans boarded with a future disbursement date wait as `pending`; from that date on they are `active`,
 * so the close of the day makes them so (and then snapshots them with the others). No event changes, so
 * the loan's `version` stays.
 *
 * @example const activated = await activateDisbursedLoans(db, tenantId, date("2026-03-31"), new Date());
 */
export async function activateDisbursedLoans(db: Executor, tenantId: string, date: LocalDate, now: Date) {
  const activated = await db
    .update(loans)
    .set({ status: "active", updatedAt: now })
    .where(
      and(
        eq(loans.tenantId, tenantId),
        eq(loans.status, "pending"),
        sql`(${loans.terms} ->> 'disbursementDate') <= ${date}`,
      ),
    )
    .returning({ id: loans.id });
  return activated.length;
}

/**
 * Up to `take` loans needing a snapshot for the date (see above), after `afterId`, locked `FOR UPDATE SKIP LOCKED`.
 * Awaiting it claims the batch (locks end with the transaction); it can also be embedded in `explain`.
 *
 * @example const rows = await claimQuery(tx, tenantId, date, "", 500);
 */
export function claimQuery(tx: Executor, tenantId: string, date: LocalDate, afterId: string, take: number) {
  return tx
    .select()
    .from(loans)
    .where(and(needsSnapshot(tenantId, date), gt(loans.id, afterId)))
    .orderBy(asc(loans.id))
    .limit(take)
    .for("update", { skipLocked: true });
}

/**
 * Loans still without a current snapshot for the date (held by another worker or a payment, or failed).
 *
 * @example const pending = await countPending(db, tenantId, date);
 */
export async function countPending(db: Executor, tenantId: string, date: LocalDate): Promise<number> {
  const [row] = await db.select({ n: count() }).from(loans).where(needsSnapshot(tenantId, date));
  return row?.n ?? 0;
}
