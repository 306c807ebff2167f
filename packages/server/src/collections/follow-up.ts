import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { collectionAccounts, type PromiseToPayRow } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { completeSystemTask, openSystemTask } from "../tasks/system.js";
import type { CollectionQueue } from "./queue-rules.js";
import { toAccountBodies } from "./queue-store.js";

/** A broken promise is followed up within a day, like a new account. */
const FOLLOW_UP_WITHIN_MS = 24 * 60 * 60 * 1000;

const accountOf = (tenantId: string, loanId: string) =>
  and(eq(collectionAccounts.tenantId, tenantId), eq(collectionAccounts.loanId, loanId));

/**
 * A broken promise moves its loan's account to the front of its queue (`priority: follow_up`, worked before
 * the others): the collector's task is completed as `promise_broken` and a "Follow up broken promise" task
 * replaces it; audited, with a `collections.account_prioritized` event. A loan in no queue (it cured before
 * the promise came due) is left alone. Runs in the close's transaction for the loan, under its row lock.
 *
 * @example
 * await followUpBrokenPromise(tx, context, promise, "2026-12-11");
 */
export async function followUpBrokenPromise(
  tx: Db,
  context: ChangeContext,
  promise: PromiseToPayRow,
  asOf: string,
): Promise<void> {
  const [account] = await tx.select().from(collectionAccounts).where(accountOf(context.tenantId, promise.loanId));
  if (account === undefined) return;
  if (account.taskId !== null) {
    const note = `Promise ${promise.id} was broken; a follow-up task replaces this one`;
    await completeSystemTask(tx, context, account.taskId, "promise_broken", note);
  }
  const queue = account.queue as CollectionQueue;
  const task = await openSystemTask(tx, context, {
    name: "Follow up broken promise to pay",
    queue: "collections",
    role: "collector",
    dueAt: new Date(context.now.getTime() + FOLLOW_UP_WITHIN_MS),
    partyId: null,
    details: {
      kind: "collections_account",
      loanId: promise.loanId,
      collectionsQueue: queue,
      daysPastDue: account.daysPastDue,
      promiseId: promise.id,
    },
    audit: { loanId: promise.loanId, collectionsQueue: queue, promiseId: promise.id },
  });
  const [moved] = await tx
    .update(collectionAccounts)
    .set({ priority: "follow_up", followUpSince: asOf, taskId: task.id, updatedAt: context.now })
    .where(accountOf(context.tenantId, promise.loanId))
    .returning();
  if (moved === undefined) throw new Error(`collections account of ${promise.loanId} vanished under its loan's lock`);
  await writeAudit(tx, context, {
    action: "collections.account_prioritized",
    resourceType: "loan",
    resourceId: promise.loanId,
    details: { queue, reason: "promise_broken", promiseId: promise.id, taskId: task.id },
  });
  const [body] = await toAccountBodies(tx, context.tenantId, [moved]);
  await recordEvent(tx, context, {
    type: "collections.account_prioritized",
    resourceType: "loan",
    resourceId: promise.loanId,
    data: { ...body, reason: "promise_broken", promiseId: promise.id },
  });
}

/**
 * A new promise to pay answers the follow-up: the account goes back to its ordinary place in its queue.
 *
 * @example
 * await endFollowUp(tx, "acme", "loan_…", new Date());
 */
export async function endFollowUp(executor: Executor, tenantId: string, loanId: string, now: Date): Promise<void> {
  await executor
    .update(collectionAccounts)
    .set({ priority: "normal", followUpSince: null, updatedAt: now })
    .where(and(accountOf(tenantId, loanId), eq(collectionAccounts.priority, "follow_up")));
}
