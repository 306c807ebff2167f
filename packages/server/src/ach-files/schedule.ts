import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { type Installment, type LoanState, payoffOf, replay } from "@lendstack/core/servicing";
import { and, asc, eq } from "drizzle-orm";
import { updateEnrolment } from "../autopay/store.js";
import { toAutopayBody } from "../autopay/view.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type AutopayEnrolmentRow, achEntries, autopayEnrolments } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { paymentTransferDecision } from "./attempts.js";

/** The first unpaid installment whose debit day (due date less `daysBeforeDue`) has come. */
function installmentToCollect(state: LoanState, enrolment: AutopayEnrolmentRow, businessDate: LocalDate) {
  return state.installments.find(
    (installment) =>
      installment.status !== "paid" &&
      !installment.isSkipped &&
      addDays(installment.dueDate, -enrolment.daysBeforeDue) <= businessDate,
  );
}

function installmentOwed(installment: Installment): bigint {
  const paid = installment.principalPaidMinor + installment.interestPaidMinor;
  const owed = installment.hasFallenDue
    ? installment.principalDueMinor + installment.interestDueMinor
    : installment.plannedMinor;
  return owed > paid ? owed - paid : 0n;
}

function debitAmount(enrolment: AutopayEnrolmentRow, state: LoanState, installment: Installment): bigint {
  if (enrolment.amountKind === "fixed") return enrolment.fixedAmountMinor ?? 0n;
  if (enrolment.amountKind === "full_balance") return payoffOf(state).amountMinor;
  return installmentOwed(installment);
}

/**
 * Suspends an enrolment that 12 CFR 1041.8 blocks, with an audit record and an `autopay.suspended` event.
 *
 * @example
 * await suspendEnrolment(tx, context, enrolment, "payment_transfers_blocked_after_two_failures", businessDate);
 */
export async function suspendEnrolment(
  db: Executor,
  context: ChangeContext,
  enrolment: AutopayEnrolmentRow,
  reason: string,
  businessDate: LocalDate,
): Promise<void> {
  const row = await updateEnrolment(db, context.tenantId, enrolment.id, {
    status: "suspended",
    statusReason: reason,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "autopay.suspended",
    resourceType: "loan",
    resourceId: enrolment.loanId,
    details: { enrolmentId: enrolment.id, reason },
  });
  await recordEvent(db, context, {
    type: "autopay.suspended",
    resourceType: "autopay",
    resourceId: enrolment.id,
    data: toAutopayBody(row),
    businessDate,
  });
}

async function scheduleOne(
  db: Executor,
  context: ChangeContext,
  enrolment: AutopayEnrolmentRow,
  businessDate: LocalDate,
): Promise<boolean> {
  const loaded = await loadLoan(loansStore(db, context.tenantId), enrolment.loanId);
  if (!loaded.ok) return false;
  const state = replay(loaded.value.loan, loaded.value.events, businessDate);
  if (!state.ok || state.value.status !== "active") return false;
  const installment = installmentToCollect(state.value, enrolment, businessDate);
  if (installment === undefined) return false;
  const dueDate = installment.dueDate;
  const amountMinor = debitAmount(enrolment, state.value, installment);
  if (amountMinor <= 0n) return false;
  const decision = await paymentTransferDecision(db, enrolment);
  if (!decision.allowed) {
    await suspendEnrolment(db, context, enrolment, decision.code, businessDate);
    return false;
  }
  const inserted = await db
    .insert(achEntries)
    .values({
      tenantId: context.tenantId,
      id: context.ids.next("ache"),
      loanId: enrolment.loanId,
      enrolmentId: enrolment.id,
      instrumentId: enrolment.instrumentId,
      dueDate,
      attemptNumber: 1,
      amountMinor,
      currency: enrolment.currency,
      status: "scheduled",
      createdAt: context.now,
      updatedAt: context.now,
    })
    .onConflictDoNothing()
    .returning({ id: achEntries.id });
  return inserted.length > 0;
}

/**
 * The daily close's autopay step: for each active enrolment whose loan has an installment due within its
 * `daysBeforeDue` of the business date, schedules one debit for that due date (never twice), unless
 * 12 CFR 1041.8 blocks it, which suspends the enrolment instead. Returns how many debits it scheduled.
 *
 * @example
 * const scheduled = await scheduleAutopayDebits(db, context, date("2025-02-01"));
 */
export async function scheduleAutopayDebits(db: Db, context: ChangeContext, businessDate: LocalDate): Promise<number> {
  const enrolments = await db
    .select()
    .from(autopayEnrolments)
    .where(and(eq(autopayEnrolments.tenantId, context.tenantId), eq(autopayEnrolments.status, "active")))
    .orderBy(asc(autopayEnrolments.id));
  let scheduled = 0;
  for (const enrolment of enrolments) {
    if (await db.transaction((tx) => scheduleOne(tx, context, enrolment, businessDate))) scheduled++;
  }
  return scheduled;
}
