import type { LocalDate } from "@lendstack/core/calendar";
import { type AchReturnNotice, decideAchReturn } from "@lendstack/core/payments";
import { and, eq } from "drizzle-orm";
import { paymentTransferDecision } from "../ach-files/attempts.js";
import { suspendEnrollment } from "../ach-files/schedule.js";
import { toAchEntryBody } from "../ach-files/view.js";
import { latestEnrollmentById } from "../autopay/store.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type AchEntryRow, achEntries } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { appendLoanEvent, todayOf } from "../loans/append-event.js";
import { draftReversal } from "../loans/commands.js";
import { disableInstrument } from "../payment-instruments/service.js";
import { findInstrument } from "../payment-instruments/store.js";
import { toInstrumentBody } from "../payment-instruments/view.js";
import type { ReturnOutcome } from "./schemas.js";

const empty = (notice: AchReturnNotice): ReturnOutcome => ({
  traceNumber: notice.originalTraceNumber,
  returnCode: notice.returnCode,
  entryId: null,
  loanId: null,
  reversalId: null,
  nsfFeeCharged: false,
  representmentId: null,
  instrumentDisabled: false,
  autopaySuspended: false,
  problem: null,
});

async function entryByTrace(db: Db, tenantId: string, trace: string): Promise<AchEntryRow | undefined> {
  const [row] = await db
    .select()
    .from(achEntries)
    .where(and(eq(achEntries.tenantId, tenantId), eq(achEntries.traceNumber, trace)))
    .for("update");
  return row;
}

async function represent(db: Db, context: ChangeContext, entry: AchEntryRow): Promise<string> {
  const id = context.ids.next("ache");
  await db.insert(achEntries).values({
    ...entry,
    id,
    attemptNumber: entry.attemptNumber + 1,
    representmentOf: entry.id,
    status: "scheduled",
    statusReason: null,
    fileId: null,
    traceNumber: null,
    paymentId: null,
    initiatedOn: null,
    returnCode: null,
    returnedOn: null,
    createdAt: context.now,
    updatedAt: context.now,
  });
  return id;
}

async function disableFor(db: Db, context: ChangeContext, entry: AchEntryRow, code: string): Promise<boolean> {
  const instrument = await findInstrument(db, context.tenantId, entry.instrumentId);
  if (instrument === undefined || instrument.status === "disabled") return false;
  const disabled = await disableInstrument(db, context, instrument, `ach_return_${code}`);
  await recordEvent(db, context, {
    type: "payment_instrument.disabled",
    resourceType: "payment_instrument",
    resourceId: instrument.id,
    data: toInstrumentBody(disabled, undefined),
  });
  return true;
}

/** Acts on the enrollment after a return: suspend it (R code or 12 CFR 1041.8), or schedule a re-presentment. */
async function followUp(
  db: Db,
  context: ChangeContext,
  entry: AchEntryRow,
  decision: ReturnType<typeof decideAchReturn>,
  outcome: ReturnOutcome,
): Promise<ReturnOutcome> {
  const enrollment = await latestEnrollmentById(db, context.tenantId, entry.enrollmentId);
  if (enrollment === undefined || enrollment.status !== "active") return outcome;
  const today = todayOf(context) as LocalDate;
  if (decision.disableAutopay) {
    await suspendEnrollment(db, context, enrollment, `ach_return_${decision.rule.code}`, today);
    return { ...outcome, autopaySuspended: true };
  }
  const allowed = await paymentTransferDecision(db, enrollment);
  if (!allowed.allowed) {
    await suspendEnrollment(db, context, enrollment, allowed.code, today);
    return { ...outcome, autopaySuspended: true };
  }
  if (!decision.represent) return outcome;
  return { ...outcome, representmentId: await represent(db, context, entry) };
}

/**
 * Applies one return by core's R-code table: reverses the debit's payment on the loan (the existing
 * reversal event, with the product's NSF fee when the code charges one), marks the entry returned, then
 * disables the instrument, suspends autopay (the code, or 12 CFR 1041.8 after two consecutive failures)
 * or schedules a re-presentment (R01/R09, at most two). Records `ach_entry.returned`.
 *
 * @example
 * const outcome = await applyReturn(tx, context, notice);
 */
export async function applyReturn(db: Db, context: ChangeContext, notice: AchReturnNotice): Promise<ReturnOutcome> {
  const base = empty(notice);
  const entry = await entryByTrace(db, context.tenantId, notice.originalTraceNumber);
  if (entry === undefined) return { ...base, problem: "no debit has this trace number" };
  const found = { ...base, entryId: entry.id, loanId: entry.loanId };
  if (entry.status !== "initiated" || entry.paymentId === null)
    return { ...found, problem: `entry is ${entry.status}` };
  const decision = decideAchReturn(notice.returnCode, entry.attemptNumber - 1);
  const reversed = await appendLoanEvent(
    db,
    context,
    entry.loanId,
    draftReversal({ transactionId: entry.paymentId, effectiveDate: todayOf(context), nsf: decision.chargeNsfFee }),
    { prefix: "rev", action: "loan.payment_reversed" },
  );
  const returned = await db
    .update(achEntries)
    .set({ status: "returned", returnCode: notice.returnCode, returnedOn: todayOf(context), updatedAt: context.now })
    .where(and(eq(achEntries.tenantId, entry.tenantId), eq(achEntries.id, entry.id)))
    .returning();
  await writeAudit(db, context, {
    action: "ach_entry.returned",
    resourceType: "loan",
    resourceId: entry.loanId,
    details: { entryId: entry.id, returnCode: notice.returnCode },
  });
  await recordEvent(db, context, {
    type: "ach_entry.returned",
    resourceType: "loan",
    resourceId: entry.loanId,
    data: toAchEntryBody(returned[0] ?? entry),
  });
  let outcome: ReturnOutcome = {
    ...found,
    reversalId: reversed.ok ? reversed.value.event.id : null,
    nsfFeeCharged: reversed.ok && decision.chargeNsfFee,
    problem: reversed.ok ? null : `reversal refused: ${reversed.error.code}`,
  };
  outcome = await followUp(db, context, entry, decision, outcome);
  if (!decision.disableInstrument) return outcome;
  return { ...outcome, instrumentDisabled: await disableFor(db, context, entry, decision.rule.code) };
}
