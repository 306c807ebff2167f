import { and, asc, eq, gt, isNotNull, max, notInArray, or, sql } from "drizzle-orm";
import type { ChangeContext } from "../db/audit.js";
import { closeRuns, collectionAccounts, loanSnapshots, loans } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { loadTenantSettings } from "../tenants/store.js";
import { placeLoans } from "./queue-moves.js";
import { queueFor } from "./queue-rules.js";

/** Snapshots read per query while placing loans. */
const PAGE = 500;

/**
 * Today's days past due on the accounts staying in their queue, in one statement. An account already as of the
 * date with the same figure is left alone: every worker of the close runs this step, and rewriting each row
 * again cost the second worker as much as the first (about half the close's PostgreSQL time on a book whose
 * delinquent fifth sat in queues).
 */
async function refreshFigures(db: Db, context: ChangeContext, asOf: string): Promise<void> {
  await db.execute(sql`update ${collectionAccounts} as a
    set days_past_due = s.days_past_due, as_of = ${asOf}::date, updated_at = ${context.now.toISOString()}::timestamptz
    from ${loanSnapshots} as s
    where a.tenant_id = ${context.tenantId} and a.as_of <= ${asOf}::date
      and (a.as_of < ${asOf}::date or a.days_past_due <> s.days_past_due)
      and s.tenant_id = a.tenant_id and s.loan_id = a.loan_id and s.as_of_date = ${asOf}::date`);
}

/** Loans in a queue that closed without a snapshot saying so (paid off or written off since): they leave. */
async function dropClosedLoans(db: Db, context: ChangeContext, asOf: string): Promise<void> {
  const closed = await db
    .select({ loanId: collectionAccounts.loanId, status: loans.status })
    .from(collectionAccounts)
    .innerJoin(loans, and(eq(loans.tenantId, collectionAccounts.tenantId), eq(loans.id, collectionAccounts.loanId)))
    .where(and(eq(collectionAccounts.tenantId, context.tenantId), notInArray(loans.status, ["active", "charged-off"])));
  for (let from = 0; from < closed.length; from += PAGE) {
    const page = closed.slice(from, from + PAGE);
    await placeLoans(
      db,
      context,
      asOf,
      page.map((row) => ({ loanId: row.loanId, target: null, status: row.status, daysPastDue: 0 })),
    );
  }
}

/**
 * The close's collections step for one tenant, after the day's snapshots: each loan's queue follows from its
 * snapshot as of `asOf` (`queueFor`: days past due and status, under the tenant's `collectionQueues` settings). A loan entering a queue, or moving to
 * another, gets a collector's task and records `collections.queue_entered`; a loan that cures (or closes)
 * leaves and records `collections.queue_exited`; the others' days past due are refreshed. Each move runs in
 * its own transaction under the loan's row lock, so workers closing together move a loan once. Queues follow
 * the latest business date closed: closing an earlier date again leaves them as they are.
 *
 * @example
 * await updateCollectionQueues(db, context, "2026-12-04");
 */
export async function updateCollectionQueues(db: Db, context: ChangeContext, asOf: string): Promise<void> {
  const [latest] = await db
    .select({ date: max(closeRuns.businessDate) })
    .from(closeRuns)
    .where(eq(closeRuns.tenantId, context.tenantId));
  if (latest?.date != null && latest.date > asOf) return;
  await refreshFigures(db, context, asOf);
  const { collectionQueues } = await loadTenantSettings(db, context.tenantId);
  for (let after = ""; ; ) {
    const page = await db
      .select({
        loanId: loanSnapshots.loanId,
        status: loanSnapshots.status,
        daysPastDue: loanSnapshots.daysPastDue,
        queue: collectionAccounts.queue,
      })
      .from(loanSnapshots)
      .leftJoin(
        collectionAccounts,
        and(
          eq(collectionAccounts.tenantId, loanSnapshots.tenantId),
          eq(collectionAccounts.loanId, loanSnapshots.loanId),
        ),
      )
      .where(
        and(
          eq(loanSnapshots.tenantId, context.tenantId),
          eq(loanSnapshots.asOfDate, asOf),
          gt(loanSnapshots.loanId, after),
          or(
            gt(loanSnapshots.daysPastDue, 0),
            eq(loanSnapshots.status, "charged-off"),
            isNotNull(collectionAccounts.loanId),
          ),
        ),
      )
      .orderBy(asc(loanSnapshots.loanId))
      .limit(PAGE);
    const moves = page
      .map((row) => ({ ...row, target: queueFor(row.status, row.daysPastDue, collectionQueues) }))
      .filter((row) => row.target !== (row.queue ?? null));
    await placeLoans(db, context, asOf, moves);
    if (page.length < PAGE) break;
    after = page.at(-1)?.loanId ?? after;
  }
  await dropClosedLoans(db, context, asOf);
}
