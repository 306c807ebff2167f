import { and, asc, eq, gt, inArray, isNotNull, max, notInArray, or, type SQL, sql } from "drizzle-orm";
import { type ChangeContext, writeAudits } from "../db/audit.js";
import {
  type CollectionAccountRow,
  closeRuns,
  collectionAccounts,
  type LoanRow,
  loanSnapshots,
  loans,
} from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvents } from "../events/record.js";
import { isProtectedOn, protectionPeriods } from "../servicemembers/store.js";
import { completeSystemTasks, openSystemTasks, type SystemTask, type TaskCompletion } from "../tasks/system.js";
import { type CollectionQueue, queueFor } from "./queue-rules.js";
import { toAccountBodies } from "./queue-store.js";

/** Snapshots read per query while placing loans. */
const PAGE = 500;
/** A collector works a new account within a day. */
const WORK_WITHIN_MS = 24 * 60 * 60 * 1000;

/** A loan whose queue the close found changed: where it goes (null: out of collections) and why. */
interface QueueMove {
  readonly loanId: string;
  readonly target: CollectionQueue | null;
  readonly status: string;
  readonly daysPastDue: number;
}

/** The collector's task for a loan entering a queue (its audit record and `task.created` event come with it). */
function collectorTask(context: ChangeContext, loan: LoanRow, move: QueueMove, queue: CollectionQueue): SystemTask {
  const borrower = loan.borrowerReference;
  return {
    name: `Work ${queue.replaceAll("_", "-")} collections account`,
    queue: "collections",
    role: "collector",
    dueAt: new Date(context.now.getTime() + WORK_WITHIN_MS),
    partyId: borrower?.startsWith("pty_") === true ? borrower : null,
    details: { kind: "collections_account", loanId: loan.id, collectionsQueue: queue, daysPastDue: move.daysPastDue },
    audit: { loanId: loan.id, collectionsQueue: queue },
  };
}

/** The loans of a page, locked in id order (two workers placing the same page wait, never deadlock). */
async function lockLoans(tx: Db, tenantId: string, loanIds: ReadonlyArray<string>): Promise<Map<string, LoanRow>> {
  const rows = await tx
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), inArray(loans.id, [...loanIds])))
    .orderBy(asc(loans.id))
    .for("update");
  return new Map(rows.map((row) => [row.id, row]));
}

async function currentAccounts(tx: Db, tenantId: string, loanIds: ReadonlyArray<string>) {
  const rows = await tx
    .select()
    .from(collectionAccounts)
    .where(and(eq(collectionAccounts.tenantId, tenantId), inArray(collectionAccounts.loanId, [...loanIds])));
  return new Map(rows.map((row) => [row.loanId, row]));
}

/** Leaving collections: the accounts' rows go; audit records and `collections.queue_exited` events. */
async function exitQueues(
  tx: Db,
  context: ChangeContext,
  leaving: ReadonlyArray<{ row: CollectionAccountRow; reason: string }>,
) {
  if (leaving.length === 0) return;
  const rows = leaving.map((item) => item.row);
  const bodies = await toAccountBodies(tx, context.tenantId, rows);
  await tx.delete(collectionAccounts).where(
    and(
      eq(collectionAccounts.tenantId, context.tenantId),
      inArray(
        collectionAccounts.loanId,
        rows.map((row) => row.loanId),
      ),
    ),
  );
  await writeAudits(
    tx,
    context,
    leaving.map(({ row, reason }) => ({
      action: "collections.queue_exited",
      resourceType: "loan",
      resourceId: row.loanId,
      details: { queue: row.queue, reason },
    })),
  );
  await recordEvents(
    tx,
    context,
    leaving.map(({ row, reason }, index) => ({
      type: "collections.queue_exited",
      resourceType: "loan",
      resourceId: row.loanId,
      data: { ...bodies[index], reason },
    })),
  );
}

/** Entering (or moving to) a queue: a collector's task unless SCRA holds the account, the row, audit and event. */
async function enterQueues(
  tx: Db,
  context: ChangeContext,
  asOf: string,
  entering: ReadonlyArray<{ loan: LoanRow; move: QueueMove; queue: CollectionQueue; previousQueue: string | null }>,
) {
  if (entering.length === 0) return;
  // SCRA: a protected servicemember's account is held, so no collector is given it to work.
  const periods = await protectionPeriods(
    tx,
    context.tenantId,
    entering.map((item) => item.loan.id),
  );
  const worked = entering.filter((item) => !isProtectedOn(periods.get(item.loan.id), asOf));
  const opened = await openSystemTasks(
    tx,
    context,
    worked.map((item) => collectorTask(context, item.loan, item.move, item.queue)),
  );
  const taskOf = new Map(worked.map((item, index) => [item.loan.id, opened[index]?.id ?? null]));
  const values = entering.map((item) => ({
    tenantId: context.tenantId,
    loanId: item.loan.id,
    queue: item.queue,
    enteredOn: asOf,
    daysPastDue: item.move.daysPastDue,
    asOf,
    taskId: taskOf.get(item.loan.id) ?? null,
    priority: "normal",
    followUpSince: null,
    // A hardship plan's hold ends when the account moves queue: the plan did not keep it from worsening.
    hardshipPlanId: null,
    updatedAt: context.now,
  }));
  const rows = await tx
    .insert(collectionAccounts)
    .values(values)
    .onConflictDoUpdate({
      target: [collectionAccounts.tenantId, collectionAccounts.loanId],
      set: Object.fromEntries(upsertColumns.map(([field, column]) => [field, sql.raw(`excluded.${column}`)])) as Record<
        string,
        SQL
      >,
    })
    .returning();
  const byLoan = new Map(rows.map((row) => [row.loanId, row]));
  const written = entering.map((item) => byLoan.get(item.loan.id) as CollectionAccountRow);
  const bodies = await toAccountBodies(tx, context.tenantId, written);
  await writeAudits(
    tx,
    context,
    entering.map((item, index) => ({
      action: "collections.queue_entered",
      resourceType: "loan",
      resourceId: item.loan.id,
      details: {
        queue: item.queue,
        previousQueue: item.previousQueue,
        daysPastDue: item.move.daysPastDue,
        taskId: written[index]?.taskId ?? null,
      },
    })),
  );
  await recordEvents(
    tx,
    context,
    entering.map((item, index) => ({
      type: "collections.queue_entered",
      resourceType: "loan",
      resourceId: item.loan.id,
      data: { ...bodies[index], previousQueue: item.previousQueue },
    })),
  );
}

const upsertColumns = [
  ["queue", "queue"],
  ["enteredOn", "entered_on"],
  ["daysPastDue", "days_past_due"],
  ["asOf", "as_of"],
  ["taskId", "task_id"],
  ["priority", "priority"],
  ["followUpSince", "follow_up_since"],
  ["hardshipPlanId", "hardship_plan_id"],
  ["updatedAt", "updated_at"],
] as const;

/**
 * Moves a page of loans to their target queues in one transaction, under their row locks: each loan whose
 * account is not already where it should be retires its collector task, leaves or enters its queue, with
 * the audit records and events of each. A statement per kind of row for the whole page, not a transaction
 * and a dozen statements per loan.
 */
async function placeLoans(db: Db, context: ChangeContext, asOf: string, moves: ReadonlyArray<QueueMove>) {
  if (moves.length === 0) return;
  await db.transaction(async (tx) => {
    const ids = moves.map((move) => move.loanId);
    const locked = await lockLoans(tx, context.tenantId, ids);
    const current = await currentAccounts(tx, context.tenantId, ids);
    const retire: TaskCompletion[] = [];
    const leaving: { row: CollectionAccountRow; reason: string }[] = [];
    const entering: { loan: LoanRow; move: QueueMove; queue: CollectionQueue; previousQueue: string | null }[] = [];
    for (const move of moves) {
      const loan = locked.get(move.loanId);
      if (loan === undefined) continue;
      const account = current.get(move.loanId);
      if ((account?.queue ?? null) === move.target) continue; // placed meanwhile by another worker
      if (move.target === null) {
        if (account === undefined) continue;
        const reason = move.status === "active" ? "cured" : move.status;
        if (account.taskId !== null)
          retire.push({ taskId: account.taskId, outcome: reason, note: `Account left the ${account.queue} queue` });
        leaving.push({ row: account, reason });
        continue;
      }
      if (account?.taskId != null) {
        retire.push({
          taskId: account.taskId,
          outcome: `moved_to_${move.target}`,
          note: `Account left the ${account.queue} queue`,
        });
      }
      entering.push({ loan, move, queue: move.target, previousQueue: account?.queue ?? null });
    }
    await completeSystemTasks(tx, context, retire);
    await exitQueues(tx, context, leaving);
    await enterQueues(tx, context, asOf, entering);
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
    const moves = page
      .map((row) => ({ ...row, target: queueFor(row.status, row.daysPastDue) }))
      .filter((row) => row.target !== (row.queue ?? null));
    await placeLoans(db, context, asOf, moves);
    if (page.length < PAGE) break;
    after = page.at(-1)?.loanId ?? after;
  }
  await dropClosedLoans(db, context, asOf);
}
