import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { joinTransaction } from "../db/ambient.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { equalTo } from "../db/filters.js";
import { collectionAccounts, type HardshipPlanRow, hardshipPlans } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import {
  appendLoanEvent,
  type ChangeKind,
  type EventDraft,
  type LoanChange,
  previewLoanEvent,
  todayOf,
} from "../loans/append-event.js";
import { draftPaymentHoliday, draftReschedule } from "../loans/commands.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { toChangeBody } from "../loans/view.js";
import { completeSystemTask } from "../tasks/system.js";
import { loadTenantSettings } from "../tenants/store.js";
import type { HardshipPlanInput } from "./hardship-schemas.js";
import { placeLoans } from "./queue-moves.js";
import { queueFor } from "./queue-rules.js";

/** A hardship plan needs a loan still owed: not pending, paid, closed, charged off or written off. */
const OPEN_STATUSES = new Set(["active"]);

/** The loan change each type records, through the loans' own append path (same prefixes and audit actions). */
const KINDS = {
  payment_plan: {
    change: { prefix: "rsc", action: "loan.rescheduled", mayBeFuture: true },
    event: "loan.rescheduled",
  },
  deferral: {
    change: { prefix: "hol", action: "loan.payments_deferred", mayBeFuture: true },
    event: "loan.payment_holiday_granted",
  },
} as const satisfies Record<HardshipPlanInput["type"], { change: ChangeKind; event: string }>;

/** The plan's terms as granted: the body without its type, reason and approver. */
function termsOf(input: HardshipPlanInput): Record<string, unknown> {
  const { type: _type, reason: _reason, approvedBy: _approvedBy, ...terms } = input;
  return terms;
}

/** The loan event the plan records: a reschedule (payment plan) or a payment holiday (deferral). */
function draftOf(input: HardshipPlanInput): EventDraft {
  if (input.type === "deferral") {
    return draftPaymentHoliday({
      effectiveDate: input.effectiveDate,
      installments: input.installments,
      interest: input.interest,
    });
  }
  const { type: _type, reason: _reason, approvedBy: _approvedBy, ...reschedule } = input;
  return draftReschedule(reschedule);
}

/** What a new plan returns: the plan and the loan change it recorded. @example created.plan.id */
export interface CreatedHardshipPlan {
  readonly plan: HardshipPlanRow;
  readonly change: LoanChange;
}

function loanNotOpen(loanId: string, status: string) {
  return fail("loan_closed", `Loan ${loanId} is ${status}: a hardship plan needs an active loan.`, ["loanId"]);
}

/** Puts the loan's collections account on hold for the plan, completing the collector's task; its task id. */
async function holdAccount(executor: Executor, context: ChangeContext, loanId: string, planId: string) {
  const where = and(eq(collectionAccounts.tenantId, context.tenantId), eq(collectionAccounts.loanId, loanId));
  const [account] = await executor.select().from(collectionAccounts).where(where);
  if (account === undefined) return null;
  if (account.taskId !== null) {
    const note = `Hardship plan ${planId} granted; the account is on hold`;
    await completeSystemTask(executor, context, account.taskId, "hardship_plan", note);
  }
  await executor
    .update(collectionAccounts)
    .set({ hardshipPlanId: planId, taskId: null, updatedAt: context.now })
    .where(where);
  return account.taskId;
}

/**
 * Places the loan in the queue its state after the plan calls for, now rather than at the next close: a plan
 * that brings it current takes it out of collections (`collections.queue_exited`, reason `cured`), one that
 * lowers its days past due below its queue's start moves it back (`collections.queue_entered`). A plan dated
 * after today is left to the close of its date.
 */
async function moveQueueAtGrant(executor: Db, context: ChangeContext, change: LoanChange) {
  const today = todayOf(context);
  // A plan dated ahead changes nothing today (the change's state is as of its date): the close places it then.
  if (change.event.effectiveDate > today) return;
  const { collectionQueues } = await loadTenantSettings(executor, context.tenantId);
  const { status, daysPastDue } = change.state;
  const target = queueFor(status, daysPastDue, collectionQueues);
  const move = { loanId: change.row.id, target, status, daysPastDue };
  await placeLoans(executor, context, today, [move]);
}

/**
 * Grants a hardship plan on a loan, in one transaction under the loan's row lock: records its reschedule
 * (`payment_plan`) or payment holiday (`deferral`) through the loans' append path (validated by core against the
 * whole history: a term the loan cannot take is 422 with the field), places the loan at once in the queue its
 * new days past due call for (out of collections when current: `moveQueueAtGrant`), puts its collections account
 * on hold (`hold: hardship`) and completes the collector's task with the outcome `hardship_plan`, stores the plan, and
 * records `loan.rescheduled` or `loan.payment_holiday_granted` with audit records. 409 `loan_closed` unless the
 * loan is active.
 *
 * @example
 * const created = await createHardshipPlan(db, context, "loan_…", { type: "deferral", reason: "…", approvedBy: "…", effectiveDate: "2026-05-20", installments: 2, interest: "defer" });
 */
export async function createHardshipPlan(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: HardshipPlanInput,
): Promise<Result<CreatedHardshipPlan>> {
  return joinTransaction(db, async (tx) => {
    const loan = await loansStore(tx, context.tenantId).find(loanId, { forUpdate: true });
    if (loan === undefined) return loanNotFound(loanId);
    if (!OPEN_STATUSES.has(loan.status)) return loanNotOpen(loanId, loan.status);
    const kind = KINDS[input.type];
    const change = await appendLoanEvent(tx, context, loanId, draftOf(input), kind.change);
    if (!change.ok) return change;
    const planId = context.ids.next("hsp");
    await moveQueueAtGrant(tx, context, change.value);
    const taskId = await holdAccount(tx, context, loanId, planId);
    const [plan] = await tx
      .insert(hardshipPlans)
      .values({
        tenantId: context.tenantId,
        id: planId,
        loanId,
        type: input.type,
        eventId: change.value.event.id,
        reason: input.reason,
        approvedBy: input.approvedBy,
        terms: termsOf(input),
        taskId,
        createdBy: context.actor,
        createdAt: context.now,
      })
      .returning();
    if (plan === undefined) throw new Error("hardship plan insert returned no row");
    const details = { planId, type: input.type, eventId: plan.eventId, taskId, approvedBy: input.approvedBy };
    await writeAudit(tx, context, {
      action: "loan.hardship_plan_created",
      resourceType: "loan",
      resourceId: loanId,
      details,
    });
    const data = toChangeBody(change.value);
    await recordEvent(tx, context, { type: kind.event, resourceType: "loan", resourceId: loanId, data });
    return ok({ plan, change: change.value });
  });
}

/**
 * The loan as the plan would leave it, nothing stored (the loans' preview path).
 *
 * @example const preview = await previewHardshipPlan(db, context, "loan_…", input);
 */
export async function previewHardshipPlan(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "ids" | "businessDate">,
  loanId: string,
  input: HardshipPlanInput,
): Promise<Result<LoanChange>> {
  const loan = await loansStore(executor, context.tenantId).find(loanId);
  if (loan === undefined) return loanNotFound(loanId);
  if (!OPEN_STATUSES.has(loan.status)) return loanNotOpen(loanId, loan.status);
  return previewLoanEvent(executor, context, loanId, draftOf(input), KINDS[input.type].change);
}

/** A page of a loan's hardship plans, oldest first. @example await listHardshipPlans(db, t, "loan_…", { take: 21 }) */
export function listHardshipPlans(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly type?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<HardshipPlanRow[]> {
  const conditions: SQL[] = [
    eq(hardshipPlans.tenantId, tenantId),
    eq(hardshipPlans.loanId, loanId),
    ...equalTo(hardshipPlans.type, query.type),
    ...(query.after === undefined ? [] : [gt(hardshipPlans.id, query.after)]),
  ];
  return executor
    .select()
    .from(hardshipPlans)
    .where(and(...conditions))
    .orderBy(asc(hardshipPlans.id))
    .limit(query.take);
}
