import { and, asc, eq, gt, isNotNull, max, notInArray, or, sql } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import {
  type CollectionAccountRow,
  closeRuns,
  collectionAccounts,
  type LoanRow,
  loanSnapshots,
  loans,
} from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { loansStore } from "../loans/store.js";
import { isProtectedOn, protectionPeriods } from "../servicemembers/store.js";
import { completeSystemTask, openSystemTask } from "../tasks/system.js";
import { type CollectionQueue, queueFor } from "./queue-rules.js";
import { toAccountBodies } from "./queue-store.js";

/** Snapshots read per query while placing loans. */
const PAGE = 500;
/** A collector works a new account within a day. */
const WORK_WITHIN_MS = 24 * 60 * 60 * 1000;

/** The collector's task for a loan entering a queue, with its audit record and `task.created` event. */
async function createCollectorTask(
  executor: Executor,
  context: ChangeContext,
  loan: LoanRow,
  queue: CollectionQueue,
  daysPastDue: number,
): Promise<string> {
  const borrower = loan.borrowerReference;
  const task = await openSystemTask(executor, context, {
    name: `Work ${queue.replaceAll("_", "-")} collections account`,
    queue: "collections",
    role: "collector",
    dueAt: new Date(context.now.getTime() + WORK_WITHIN_MS),
    partyId: borrower?.startsWith("pty_") === true ? borrower : null,
    details: { kind: "collections_account", loanId: loan.id, collectionsQueue: queue, daysPastDue },
    audit: { loanId: loan.id, collectionsQueue: queue },
  });
  return task.id;
}

/** The account's previous collector task is moot once it leaves its queue: completed as such. */
async function retireCollectorTask(tx: Db, context: ChangeContext, current: CollectionAccountRow, outcome: string) {
  if (current.taskId === null) return;
  await completeSystemTask(tx, context, current.taskId, outcome, `Account left the ${current.queue} queue`);
}

async function exitQueue(tx: Db, context: ChangeContext, current: CollectionAccountRow, reason: string) {
  await retireCollectorTask(tx, context, current, reason);
  await tx
    .delete(collectionAccounts)
    .where(and(eq(collectionAccounts.tenantId, context.tenantId), eq(collectionAccounts.loanId, current.loanId)));
  const [body] = await toAccountBodies(tx, context.tenantId, [current]);
  await writeAudit(tx, context, {
    action: "collections.queue_exited",
    resourceType: "loan",
    resourceId: current.loanId,
    details: { queue: current.queue, reason },
  });
  const data = { ...body, reason };
  await recordEvent(tx, context, {
    type: "collections.queue_exited",
    resourceType: "loan",
    resourceId: current.loanId,
    data,
  });
}

/** Moves one loan to `target` (null: out of collections) under its row lock, unless it is there already. */
async function placeLoan(
  db: Db,
  context: ChangeContext,
  asOf: string,
  loanId: string,
  target: CollectionQueue | null,
  figures: { readonly status: string; readonly daysPastDue: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    const loan = await loansStore(tx, context.tenantId).find(loanId, { forUpdate: true });
    if (loan === undefined) return;
    const [current] = await tx
      .select()
      .from(collectionAccounts)
      .where(and(eq(collectionAccounts.tenantId, context.tenantId), eq(collectionAccounts.loanId, loanId)));
    if ((current?.queue ?? null) === target) return;
    if (target === null) {
      if (current !== undefined)
        await exitQueue(tx, context, current, figures.status === "active" ? "cured" : figures.status);
      return;
    }
    if (current !== undefined) await retireCollectorTask(tx, context, current, `moved_to_${target}`);
    // SCRA: a protected servicemember's account is held, so no collector is given it to work.
    const periods = await protectionPeriods(tx, context.tenantId, [loanId]);
    const isHeld = isProtectedOn(periods.get(loanId), asOf);
    const taskId = isHeld ? null : await createCollectorTask(tx, context, loan, target, figures.daysPastDue);
    const values = {
      queue: target,
      enteredOn: asOf,
      daysPastDue: figures.daysPastDue,
      asOf,
      taskId,
      priority: "normal",
      followUpSince: null,
      // A hardship plan's hold ends when the account moves queue: the plan did not keep it from worsening.
      hardshipPlanId: null,
      updatedAt: context.now,
    };
    const [row] = await tx
      .insert(collectionAccounts)
      .values({ tenantId: context.tenantId, loanId, ...values })
      .onConflictDoUpdate({ target: [collectionAccounts.tenantId, collectionAccounts.loanId], set: values })
      .returning();
    if (row === undefined) throw new Error(`collections account of ${loanId} not written`);
    const [body] = await toAccountBodies(tx, context.tenantId, [row]);
    const previousQueue = current?.queue ?? null;
    await writeAudit(tx, context, {
      action: "collections.queue_entered",
      resourceType: "loan",
      resourceId: loanId,
      details: { queue: target, previousQueue, daysPastDue: figures.daysPastDue, taskId },
    });
    const data = { ...body, previousQueue };
    await recordEvent(tx, context, {
      type: "collections.queue_entered",
      resourceType: "loan",
      resourceId: loanId,
      data,
    });
  });
}

/** Today's days past due on the accounts staying in their queue, in one statement. */
async function refreshFigures(db: Db, context: ChangeContext, asOf: string): Promise<void> {
  await db.execute(sql`update ${collectionAccounts} as a
    set days_past_due = s.days_past_due, as_of = ${asOf}::date, updated_at = ${context.now.toISOString()}::timestamptz
    from ${loanSnapshots} as s
    where a.tenant_id = ${context.tenantId} and a.as_of <= ${asOf}::date
      and s.tenant_id = a.tenant_id and s.loan_id = a.loan_id and s.as_of_date = ${asOf}::date`);
}

/** Loans in a queue that closed without a snapshot saying so (paid off or written off since): they leave. */
async function dropClosedLoans(db: Db, context: ChangeContext, asOf: string): Promise<void> {
  const closed = await db
    .select({ loanId: collectionAccounts.loanId, status: loans.status })
    .from(collectionAccounts)
    .innerJoin(loans, and(eq(loans.tenantId, collectionAccounts.tenantId), eq(loans.id, collectionAccounts.loanId)))
    .where(and(eq(collectionAccounts.tenantId, context.tenantId), notInArray(loans.status, ["active", "charged-off"])));
  for (const row of closed)
    await placeLoan(db, context, asOf, row.loanId, null, { status: row.status, daysPastDue: 0 });
}

/**
 * The close's collections step for one tenant, after the day's snapshots: each loan's queue follows from its
 * snapshot as of `asOf` (`queueFor`: days past due and status). A loan entering a queue, or moving to
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
    for (const row of page) {
      const target = queueFor(row.status, row.daysPastDue);
      if (target !== (row.queue ?? null)) await placeLoan(db, context, asOf, row.loanId, target, row);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.loanId ?? after;
  }
  await dropClosedLoans(db, context, asOf);
}
