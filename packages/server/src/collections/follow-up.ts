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

/** What broke: a promise to pay or a settlement, by id. */
type Broken =
  | { readonly reason: "promise_broken"; readonly promiseId: string }
  | {
      readonly reason: "settlement_broken";
      readonly settlementId: string;
    };

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
  await followUpBroken(tx, context, promise.loanId, { reason: "promise_broken", promiseId: promise.id }, asOf);
}

/**
 * A broken settlement is followed up as a broken promise is (`collections.account_prioritized` with
 * `reason: settlement_broken` and `settlementId`): the account, held while the settlement was active, is worked
 * again, first.
 *
 * @example
 * await followUpBrokenSettlement(tx, context, "loan_…", "stl_…", "2026-12-11");
 */
export async function followUpBrokenSettlement(
  tx: Db,
  context: ChangeContext,
  loanId: string,
  settlementId: string,
  asOf: string,
): Promise<void> {
  await followUpBroken(tx, context, loanId, { reason: "settlement_broken", settlementId }, asOf);
}

async function followUpBroken(tx: Db, context: ChangeContext, loanId: string, broken: Broken, asOf: string) {
  const [account] = await tx.select().from(collectionAccounts).where(accountOf(context.tenantId, loanId));
  if (account === undefined) return;
  const { reason, ...ids } = broken;
  const what = broken.reason === "promise_broken" ? `Promise ${broken.promiseId}` : `Settlement ${broken.settlementId}`;
  if (account.taskId !== null) {
    await completeSystemTask(
      tx,
      context,
      account.taskId,
      reason,
      `${what} was broken; a follow-up task replaces this one`,
    );
  }
  const queue = account.queue as CollectionQueue;
  const task = await openSystemTask(tx, context, {
    name: broken.reason === "promise_broken" ? "Follow up broken promise to pay" : "Follow up broken settlement",
    queue: "collections",
    role: "collector",
    dueAt: new Date(context.now.getTime() + FOLLOW_UP_WITHIN_MS),
    partyId: null,
    details: { kind: "collections_account", loanId, collectionsQueue: queue, daysPastDue: account.daysPastDue, ...ids },
    audit: { loanId, collectionsQueue: queue, ...ids },
  });
  const [moved] = await tx
    .update(collectionAccounts)
    .set({ priority: "follow_up", followUpSince: asOf, taskId: task.id, updatedAt: context.now })
    .where(accountOf(context.tenantId, loanId))
    .returning();
  if (moved === undefined) throw new Error(`collections account of ${loanId} vanished under its loan's lock`);
  await writeAudit(tx, context, {
    action: "collections.account_prioritized",
    resourceType: "loan",
    resourceId: loanId,
    details: { queue, reason, ...ids, taskId: task.id },
  });
  const [body] = await toAccountBodies(tx, context.tenantId, [moved]);
  await recordEvent(tx, context, {
    type: "collections.account_prioritized",
    resourceType: "loan",
    resourceId: loanId,
    data: { ...body, reason, ...ids },
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
