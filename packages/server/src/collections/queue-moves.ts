import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type ChangeContext, writeAudits } from "../db/audit.js";
import { jsonRows } from "../db/json-rows.js";
import { type CollectionAccountRow, collectionAccounts, type LoanRow, loans } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvents } from "../events/record.js";
import { isProtectedOn, protectionPeriods } from "../servicemembers/store.js";
import { completeSystemTasks, openSystemTasks, type SystemTask, type TaskCompletion } from "../tasks/system.js";
import type { CollectionQueue } from "./queue-rules.js";
import { activeSettlements, toAccountBodies } from "./queue-store.js";

// The close's queue moves, a page at a time (collections/queue-close.ts decides which loans move).

/** A collector works a new account within a day. */
const WORK_WITHIN_MS = 24 * 60 * 60 * 1000;

/** A loan entering (or moving to) a queue, locked, with the queue it was in. */
interface Entering {
  readonly loan: LoanRow;
  readonly move: QueueMove;
  readonly queue: CollectionQueue;
  readonly previousQueue: string | null;
}

/** A loan whose queue the close found changed: where it goes (null: out of collections) and why. */
export interface QueueMove {
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

/** Entering (or moving to) a queue: a collector's task unless SCRA or a settlement holds the account, the row, audit and event. */
async function enterQueues(tx: Db, context: ChangeContext, asOf: string, entering: ReadonlyArray<Entering>) {
  if (entering.length === 0) return;
  // SCRA: a protected servicemember's account is held, so no collector is given it to work; so is one settling.
  const loanIds = entering.map((item) => item.loan.id);
  const periods = await protectionPeriods(tx, context.tenantId, loanIds);
  const settling = await activeSettlements(tx, context.tenantId, loanIds);
  const worked = entering.filter(
    (item) => !isProtectedOn(periods.get(item.loan.id), asOf) && !settling.has(item.loan.id),
  );
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
    .select(jsonRows(collectionAccounts, values))
    .onConflictDoUpdate({
      target: [collectionAccounts.tenantId, collectionAccounts.loanId],
      set: Object.fromEntries(upsertColumns.map(([field, column]) => [field, sql.raw(`excluded.${column}`)])) as Record<
        string,
        SQL
      >,
    })
    .returning();
  const byLoan = new Map(rows.map((row) => [row.loanId, row]));
  await announceEntries(
    tx,
    context,
    entering,
    entering.map((item) => byLoan.get(item.loan.id) as CollectionAccountRow),
  );
}

/** The audit records and `collections.queue_entered` events of the accounts just written. */
async function announceEntries(
  tx: Db,
  context: ChangeContext,
  entering: ReadonlyArray<Entering>,
  written: ReadonlyArray<CollectionAccountRow>,
) {
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
export async function placeLoans(db: Db, context: ChangeContext, asOf: string, moves: ReadonlyArray<QueueMove>) {
  if (moves.length === 0) return;
  await db.transaction(async (tx) => {
    const ids = moves.map((move) => move.loanId);
    const locked = await lockLoans(tx, context.tenantId, ids);
    const current = await currentAccounts(tx, context.tenantId, ids);
    const retire: TaskCompletion[] = [];
    const leaving: { row: CollectionAccountRow; reason: string }[] = [];
    const entering: Entering[] = [];
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
