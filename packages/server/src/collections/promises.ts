import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { equalTo } from "../db/filters.js";
import { type PromiseToPayRow, promisesToPay } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { endFollowUp } from "./follow-up.js";
import type { RecordPromiseInput } from "./promise-schemas.js";

const CLOSED_STATUSES = new Set(["paid-off", "closed", "written-off", "settled"]);

/**
 * Records a promise to pay on a loan, `pending` until the daily close after its due date decides it, with an
 * audit record. The amount is in the loan's currency (422 `currency_mismatch`); the due date may not be before
 * today's business date (422 `promise_date_in_past`); a closed loan takes none (409 `loan_closed`). It ends a
 * broken promise's follow-up (`endFollowUp`).
 *
 * @example
 * const recorded = await recordPromise(db, context, "loan_…", { amount: 25000, dueDate: "2026-12-10", channel: "phone" });
 */
export async function recordPromise(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: RecordPromiseInput,
): Promise<Result<PromiseToPayRow>> {
  const loan = await loansStore(db, context.tenantId).find(loanId, { forUpdate: true });
  if (loan === undefined) return loanNotFound(loanId);
  if (CLOSED_STATUSES.has(loan.status)) return fail("loan_closed", `Loan ${loanId} is ${loan.status}.`);
  if ((input.currency ?? loan.currency) !== loan.currency) {
    return fail("currency_mismatch", `${input.currency} is not the loan's currency ${loan.currency}`, ["currency"]);
  }
  const today = context.businessDate ?? context.now.toISOString().slice(0, 10);
  if (input.dueDate < today) {
    return fail("promise_date_in_past", `dueDate ${input.dueDate} is before today's business date ${today}`, [
      "dueDate",
    ]);
  }
  const [row] = await db
    .insert(promisesToPay)
    .values({
      tenantId: context.tenantId,
      id: context.ids.next("ptp"),
      loanId,
      amountMinor: BigInt(input.amount),
      currency: loan.currency,
      dueDate: input.dueDate,
      promisedOn: today,
      channel: input.channel,
      status: "pending",
      createdBy: context.actor,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning();
  if (row === undefined) throw new Error("promise insert returned no row");
  await endFollowUp(db, context.tenantId, loanId, context.now);
  await writeAudit(db, context, {
    action: "promise.created",
    resourceType: "loan",
    resourceId: loanId,
    details: { promiseId: row.id, amountMinor: row.amountMinor.toString(), dueDate: row.dueDate },
  });
  return ok(row);
}

/** A page of a loan's promises, oldest first. @example await listPromises(db, t, "loan_…", { take: 21 }) */
export function listPromises(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly status?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<PromiseToPayRow[]> {
  const conditions: SQL[] = [
    eq(promisesToPay.tenantId, tenantId),
    eq(promisesToPay.loanId, loanId),
    ...equalTo(promisesToPay.status, query.status),
    ...(query.after === undefined ? [] : [gt(promisesToPay.id, query.after)]),
  ];
  return executor
    .select()
    .from(promisesToPay)
    .where(and(...conditions))
    .orderBy(asc(promisesToPay.id))
    .limit(query.take);
}
