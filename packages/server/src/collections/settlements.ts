import { addDays, type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { planSettlement, type SettlementPlan, type SettlementQuote } from "@lendstack/core/collections";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type LoanState, replay, settlementBalanceOf } from "@lendstack/core/servicing";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { joinTransaction } from "../db/ambient.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { equalTo } from "../db/filters.js";
import { collectionAccounts, type SettlementRow, settlements } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { appendLoanEvent, todayOf } from "../loans/append-event.js";
import { loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { completeSystemTask } from "../tasks/system.js";
import { DEFAULT_SETTLEMENT_GRACE_DAYS, type SettlementInput } from "./settlement-schemas.js";

/** The loan statuses a settlement can be agreed on: owed and on the books (current or delinquent), or charged off. */
const SETTLEABLE = new Set<LoanState["status"]>(["active", "charged-off"]);

/** A settlement checked against the loan: the quote, the terms as core has them, and the loan's state today. */
export interface SettlementCheck {
  readonly quote: SettlementQuote;
  readonly plan: SettlementPlan;
  readonly graceDays: number;
  readonly expiresOn: LocalDate;
  readonly today: LocalDate;
  readonly state: LoanState;
  /** The loan's last event sequence: receipts appended after it count toward the settlement. */
  readonly loanSequence: number;
}

function planOf(input: SettlementInput): Result<SettlementPlan> {
  if (input.plan.type === "lump_sum") {
    const dueDate = parseLocalDate(input.plan.dueDate, ["plan", "dueDate"]);
    return dueDate.ok ? ok({ kind: "lump-sum", dueDate: dueDate.value }) : dueDate;
  }
  const installments: { dueDate: LocalDate; amountMinor: bigint }[] = [];
  for (const [index, row] of input.plan.installments.entries()) {
    const dueDate = parseLocalDate(row.dueDate, ["plan", "installments", index, "dueDate"]);
    if (!dueDate.ok) return dueDate;
    installments.push({ dueDate: dueDate.value, amountMinor: BigInt(row.amount) });
  }
  return ok({ kind: "installments", installments });
}

function lastDueOf(plan: SettlementPlan): LocalDate | undefined {
  return plan.kind === "lump-sum" ? plan.dueDate : plan.installments.at(-1)?.dueDate;
}

/**
 * Checks a settlement against the loan as of today's business date (nothing stored): 409 `loan_closed` unless the
 * loan is active (current or delinquent) or charged off; 422 `currency_mismatch`; core's `planSettlement` for the
 * amount (below the balance: `settlement_not_below_balance`), the plan (`settlement_plan_mismatch`, …) and the
 * expiry, each with the field's path.
 *
 * @example const checked = await checkSettlement(tx, context, "loan_…", input);
 */
export async function checkSettlement(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "businessDate">,
  loanId: string,
  input: SettlementInput,
  options: { readonly forUpdate?: boolean } = {},
): Promise<Result<SettlementCheck>> {
  const loaded = await loadLoan(loansStore(executor, context.tenantId), loanId, options);
  if (!loaded.ok) return loaded;
  const today = todayOf(context);
  const state = replay(loaded.value.loan, loaded.value.events, today);
  if (!state.ok) return state;
  if (!SETTLEABLE.has(state.value.status)) {
    return fail("loan_closed", `Loan ${loanId} is ${state.value.status}: a settlement needs money owed.`, ["loanId"]);
  }
  if ((input.currency ?? state.value.currency) !== state.value.currency) {
    return fail("currency_mismatch", `${input.currency} is not the loan's currency ${state.value.currency}`, [
      "currency",
    ]);
  }
  const plan = planOf(input);
  if (!plan.ok) return plan;
  const graceDays = input.graceDays ?? DEFAULT_SETTLEMENT_GRACE_DAYS;
  const lastDue = lastDueOf(plan.value) ?? today;
  let expiresOn = addDays(lastDue, graceDays);
  if (input.expiresOn !== undefined) {
    const parsed = parseLocalDate(input.expiresOn, ["expiresOn"]);
    if (!parsed.ok) return parsed;
    expiresOn = parsed.value;
  }
  const terms = { amountMinor: BigInt(input.amount), plan: plan.value, expiresOn };
  const quote = planSettlement(terms, settlementBalanceOf(state.value), today);
  if (!quote.ok) return quote;
  const loanSequence = loaded.value.events.reduce((last, event) => Math.max(last, event.postedAt ?? 0), 0);
  return ok({ quote: quote.value, plan: plan.value, graceDays, expiresOn, today, state: state.value, loanSequence });
}

/**
 * The loan event a settlement's start or end is recorded as: while one runs, replay charges no prepayment fee.
 *
 * @example await appendLoanEvent(tx, context, loanId, settlementTerm("start", "stl_…", today), kind);
 */
export function settlementTerm(phase: "start" | "end", settlementId: string, effectiveDate: LocalDate) {
  return (_loaded: unknown, id: string, postedAt: number) =>
    ok({ id, type: "settlement" as const, effectiveDate, postedAt, phase, settlementId });
}

/** The loan's active settlement, if any. @example await activeSettlement(tx, "demo", "loan_…") */
export async function activeSettlement(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<SettlementRow | undefined> {
  const [row] = await executor
    .select()
    .from(settlements)
    .where(and(eq(settlements.tenantId, tenantId), eq(settlements.loanId, loanId), eq(settlements.status, "active")))
    .limit(1);
  return row;
}

/** Holds the loan's collections account while the settlement runs: its collector's task is completed (`settlement`). */
async function holdAccount(executor: Executor, context: ChangeContext, loanId: string, settlementId: string) {
  const where = and(eq(collectionAccounts.tenantId, context.tenantId), eq(collectionAccounts.loanId, loanId));
  const [account] = await executor.select().from(collectionAccounts).where(where);
  if (account?.taskId === undefined || account.taskId === null) return;
  const note = `Settlement ${settlementId} agreed; the account is on hold while it is paid`;
  await completeSystemTask(executor, context, account.taskId, "settlement", note);
  await executor.update(collectionAccounts).set({ taskId: null, updatedAt: context.now }).where(where);
}

/**
 * Agrees a settlement on a loan, in one transaction under the loan's row lock: checked by `checkSettlement`,
 * 409 `settlement_active` when the loan has an active one; stores it `active` with its schedule, holds the loan's
 * collections account (its collector's task completed with the outcome `settlement`; `hold: settlement`), appends
 * the loan's `settlement` start event (no prepayment fee while it runs; audit `loan.settlement_started`), writes the
 * audit record `settlement.created` (the route records the `settlement.created` event with the response). Nothing
 * else changes on the loan until the daily close finds it completed (forgiveness) or broken (its end event).
 *
 * @example
 * const created = await createSettlement(db, context, "loan_…", { amount: 300000, plan: { type: "lump_sum", dueDate: "2026-09-30" }, reason: "…", approvedBy: "…" });
 */
export async function createSettlement(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: SettlementInput,
): Promise<Result<SettlementRow>> {
  return joinTransaction(db, async (tx) => {
    const checked = await checkSettlement(tx, context, loanId, input, { forUpdate: true });
    if (!checked.ok) return checked;
    const existing = await activeSettlement(tx, context.tenantId, loanId);
    if (existing !== undefined) {
      return fail("settlement_active", `Loan ${loanId} already has an active settlement ${existing.id}.`, ["loanId"], {
        settlementId: existing.id,
      });
    }
    const { quote, state } = checked.value;
    const [row] = await tx
      .insert(settlements)
      .values({
        tenantId: context.tenantId,
        id: context.ids.next("stl"),
        loanId,
        status: "active",
        amountMinor: quote.amountMinor,
        currency: state.currency,
        balanceMinor: quote.balanceMinor,
        forgivenMinor: quote.forgivenMinor,
        loanStatus: state.status,
        planType: input.plan.type,
        schedule: quote.schedule.map((row) => ({ ...row, amountMinor: row.amountMinor.toString() })),
        graceDays: checked.value.graceDays,
        expiresOn: checked.value.expiresOn,
        createdOn: checked.value.today,
        loanSequence: checked.value.loanSequence,
        reason: input.reason,
        approvedBy: input.approvedBy,
        paidMinor: 0n,
        createdBy: context.actor,
        createdAt: context.now,
        updatedAt: context.now,
      })
      .returning();
    if (row === undefined) throw new Error("settlement insert returned no row");
    const started = await appendLoanEvent(tx, context, loanId, settlementTerm("start", row.id, checked.value.today), {
      prefix: "sts",
      action: "loan.settlement_started",
    });
    if (!started.ok) throw new Error(`settlement ${row.id}: start refused: ${started.error.code}`);
    await holdAccount(tx, context, loanId, row.id);
    await writeAudit(tx, context, {
      action: "settlement.created",
      resourceType: "loan",
      resourceId: loanId,
      details: {
        settlementId: row.id,
        amountMinor: row.amountMinor.toString(),
        forgivenMinor: row.forgivenMinor.toString(),
        approvedBy: row.approvedBy,
      },
    });
    return ok(row);
  });
}

/** One settlement of a loan. @example await findSettlement(db, "demo", "loan_…", "stl_…") */
export async function findSettlement(
  executor: Executor,
  tenantId: string,
  loanId: string,
  settlementId: string,
): Promise<SettlementRow | undefined> {
  const [row] = await executor
    .select()
    .from(settlements)
    .where(and(eq(settlements.tenantId, tenantId), eq(settlements.loanId, loanId), eq(settlements.id, settlementId)));
  return row;
}

/** A page of a loan's settlements, oldest first. @example await listSettlements(db, t, "loan_…", { take: 21 }) */
export function listSettlements(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly status?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<SettlementRow[]> {
  const conditions: SQL[] = [
    eq(settlements.tenantId, tenantId),
    eq(settlements.loanId, loanId),
    ...equalTo(settlements.status, query.status),
    ...(query.after === undefined ? [] : [gt(settlements.id, query.after)]),
  ];
  return executor
    .select()
    .from(settlements)
    .where(and(...conditions))
    .orderBy(asc(settlements.id))
    .limit(query.take);
}
