import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { type Installment, type LoanState, payoffOf, replay } from "@lendstack/core/servicing";
import { and, asc, eq } from "drizzle-orm";
import { updateEnrollment } from "../autopay/store.js";
import { toAutopayBody } from "../autopay/view.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type AutopayEnrollmentRow, achEntries, autopayEnrollments } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { paymentTransferDecision } from "./attempts.js";

/** The first unpaid installment whose debit day (due date less `daysBeforeDue`) has come. */
function installmentToCollect(state: LoanState, enrollment: AutopayEnrollmentRow, businessDate: LocalDate) {
  return state.installments.find(
    (installment) =>
      installment.status !== "paid" &&
      !installment.isSkipped &&
      addDays(installment.dueDate, -enrollment.daysBeforeDue) <= businessDate,
  );
}

function installmentOwed(installment: Installment): bigint {
  const paid = installment.principalPaidMinor + installment.interestPaidMinor;
  const owed = installment.hasFallenDue
    ? installment.principalDueMinor + installment.interestDueMinor
    : installment.plannedMinor;
  return owed > paid ? owed - paid : 0n;
}

function debitAmount(enrollment: AutopayEnrollmentRow, state: LoanState, installment: Installment): bigint {
  if (enrollment.amountKind === "fixed") return enrollment.fixedAmountMinor ?? 0n;
  if (enrollment.amountKind === "full_balance") return payoffOf(state).amountMinor;
  return installmentOwed(installment);
}

/**
 * Suspends an enrollment that 12 CFR 1041.8 blocks, with an audit record and an `autopay.suspended` event.
 *
 * @example
 * await suspendEnrollment(tx, context, enrollment, "payment_transfers_blocked_after_two_failures", businessDate);
 */
export async function suspendEnrollment(
  db: Executor,
  context: ChangeContext,
  enrollment: AutopayEnrollmentRow,
  reason: string,
  businessDate: LocalDate,
): Promise<void> {
  const row = await updateEnrollment(db, context.tenantId, enrollment.id, {
    status: "suspended",
    statusReason: reason,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "autopay.suspended",
    resourceType: "loan",
    resourceId: enrollment.loanId,
    details: { enrollmentId: enrollment.id, reason },
  });
  await recordEvent(db, context, {
    type: "autopay.suspended",
    resourceType: "autopay",
    resourceId: enrollment.id,
    data: toAutopayBody(row),
    businessDate,
  });
}

async function scheduleOne(
  db: Executor,
  context: ChangeContext,
  enrollment: AutopayEnrollmentRow,
  businessDate: LocalDate,
): Promise<boolean> {
  const loaded = await loadLoan(loansStore(db, context.tenantId), enrollment.loanId);
  if (!loaded.ok) return false;
  const state = replay(loaded.value.loan, loaded.value.events, businessDate);
  if (!state.ok || state.value.status !== "active") return false;
  const installment = installmentToCollect(state.value, enrollment, businessDate);
  if (installment === undefined) return false;
  const dueDate = installment.dueDate;
  const amountMinor = debitAmount(enrollment, state.value, installment);
  if (amountMinor <= 0n) return false;
  const decision = await paymentTransferDecision(db, enrollment);
  if (!decision.allowed) {
    await suspendEnrollment(db, context, enrollment, decision.code, businessDate);
    return false;
  }
  const inserted = await db
    .insert(achEntries)
    .values({
      tenantId: context.tenantId,
      id: context.ids.next("ache"),
      loanId: enrollment.loanId,
      enrollmentId: enrollment.id,
      instrumentId: enrollment.instrumentId,
      dueDate,
      attemptNumber: 1,
      amountMinor,
      currency: enrollment.currency,
      status: "scheduled",
      createdAt: context.now,
      updatedAt: context.now,
    })
    .onConflictDoNothing()
    .returning({ id: achEntries.id });
  return inserted.length > 0;
}

/**
 * The daily close's autopay step: for each active enrollment whose loan has an installment due within its
 * `daysBeforeDue` of the business date, schedules one debit for that due date (never twice), unless
 * 12 CFR 1041.8 blocks it, which suspends the enrollment instead. Returns how many debits it scheduled.
 *
 * @example
 * const scheduled = await scheduleAutopayDebits(db, context, date("2025-02-01"));
 */
export async function scheduleAutopayDebits(db: Db, context: ChangeContext, businessDate: LocalDate): Promise<number> {
  const enrollments = await db
    .select()
    .from(autopayEnrollments)
    .where(and(eq(autopayEnrollments.tenantId, context.tenantId), eq(autopayEnrollments.status, "active")))
    .orderBy(asc(autopayEnrollments.id));
  let scheduled = 0;
  for (const enrollment of enrollments) {
    if (await db.transaction((tx) => scheduleOne(tx, context, enrollment, businessDate))) scheduled++;
  }
  return scheduled;
}
