import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { type CollectionAccountRow, collectionAccounts, promisesToPay, settlements } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { toJsonInteger } from "../http/safe-integer.js";
import { isProtectedOn, protectionPeriods } from "../servicemembers/store.js";
import type { CollectionQueue } from "./queue-rules.js";
import type { QueueAccountBody } from "./queue-schemas.js";

/** How many loans each queue holds. @example await queueCounts(db, "acme") // Map { "early_stage" => 3 } */
export async function queueCounts(executor: Executor, tenantId: string): Promise<Map<string, number>> {
  const rows = await executor
    .select({ queue: collectionAccounts.queue, n: count() })
    .from(collectionAccounts)
    .where(eq(collectionAccounts.tenantId, tenantId))
    .groupBy(collectionAccounts.queue);
  return new Map(rows.map((row) => [row.queue, row.n]));
}

/**
 * The key a queue's accounts are worked and paged in: follow-ups first, then by loan id (`follow_up:loan_…`,
 * `normal:loan_…`, in text order).
 *
 * @example queueKey({ priority: "follow_up", loanId: "loan_1" }) // "follow_up:loan_1"
 */
export function queueKey(account: { readonly priority: string; readonly loanId: string }): string {
  return `${account.priority}:${account.loanId}`;
}

/** A page of a queue's loans in work order. @example await listQueueAccounts(db, t, "early_stage", { take: 21 }) */
export function listQueueAccounts(
  executor: Executor,
  tenantId: string,
  queue: CollectionQueue,
  query: { readonly after?: string | undefined; readonly take: number },
): Promise<CollectionAccountRow[]> {
  const [priority = "", loanId = ""] = query.after?.split(":") ?? [];
  const after =
    query.after === undefined
      ? []
      : [sql`(${collectionAccounts.priority}, ${collectionAccounts.loanId}) > (${priority}, ${loanId})`];
  return executor
    .select()
    .from(collectionAccounts)
    .where(and(eq(collectionAccounts.tenantId, tenantId), eq(collectionAccounts.queue, queue), ...after))
    .orderBy(asc(collectionAccounts.priority), asc(collectionAccounts.loanId))
    .limit(query.take);
}

/**
 * The active settlement of each of `loanIds` that has one: its loan is held from collectors until it completes or breaks.
 *
 * @example const active = await activeSettlements(db, "acme", ["loan_…"]); active.get("loan_…") // "stl_…"
 */
export async function activeSettlements(
  executor: Executor,
  tenantId: string,
  loanIds: ReadonlyArray<string>,
): Promise<Map<string, string>> {
  if (loanIds.length === 0) return new Map();
  const rows = await executor
    .select({ loanId: settlements.loanId, id: settlements.id })
    .from(settlements)
    .where(
      and(
        eq(settlements.tenantId, tenantId),
        eq(settlements.status, "active"),
        inArray(settlements.loanId, [...loanIds]),
      ),
    );
  return new Map(rows.map((row) => [row.loanId, row.id]));
}

/**
 * The accounts on the wire, each with its loan's broken promises (a count and the latest).
 *
 * @example
 * const bodies = await toAccountBodies(db, "acme", rows);
 */
export async function toAccountBodies(
  executor: Executor,
  tenantId: string,
  rows: ReadonlyArray<CollectionAccountRow>,
): Promise<QueueAccountBody[]> {
  const loanIds = rows.map((row) => row.loanId);
  const broken =
    loanIds.length === 0
      ? []
      : await executor
          .select()
          .from(promisesToPay)
          .where(
            and(
              eq(promisesToPay.tenantId, tenantId),
              eq(promisesToPay.status, "broken"),
              inArray(promisesToPay.loanId, loanIds),
            ),
          )
          .orderBy(desc(promisesToPay.resolvedOn), desc(promisesToPay.id));
  const periods = await protectionPeriods(executor, tenantId, loanIds);
  const settling = await activeSettlements(executor, tenantId, loanIds);
  return rows.map((row) => {
    const mine = broken.filter((promise) => promise.loanId === row.loanId);
    const isScra = isProtectedOn(periods.get(row.loanId), row.asOf);
    const last = mine[0];
    return {
      object: "collections_account",
      loanId: row.loanId,
      queue: row.queue as CollectionQueue,
      enteredOn: row.enteredOn,
      daysPastDue: row.daysPastDue,
      asOf: row.asOf,
      taskId: row.taskId,
      priority: row.priority === "follow_up" ? "follow_up" : "normal",
      followUpSince: row.followUpSince,
      hold: isScra ? "scra" : settling.has(row.loanId) ? "settlement" : row.hardshipPlanId === null ? null : "hardship",
      hardshipPlanId: row.hardshipPlanId,
      settlementId: settling.get(row.loanId) ?? null,
      brokenPromiseCount: mine.length,
      lastBrokenPromise:
        last === undefined
          ? null
          : {
              id: last.id,
              amount: toJsonInteger(last.amountMinor, "promise"),
              currency: last.currency,
              dueDate: last.dueDate,
              resolvedOn: last.resolvedOn,
            },
    };
  });
}
