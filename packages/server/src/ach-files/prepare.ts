import type { LocalDate } from "@lendstack/core/calendar";
import type { AchEntryInput } from "@lendstack/core/payments";
import { and, eq } from "drizzle-orm";
import { latestEnrollmentById } from "../autopay/store.js";
import type { ChangeContext } from "../db/audit.js";
import { type AchEntryRow, achEntries } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { appendLoanEvent } from "../loans/append-event.js";
import { draftPayment } from "../loans/commands.js";
import { openAccountNumber } from "../payment-instruments/sealed.js";
import { findInstrument } from "../payment-instruments/store.js";
import type { TenantKeys } from "../pii/tenant-keys.js";
import { paymentTransferDecision } from "./attempts.js";
import { suspendEnrollment } from "./schedule.js";

/** A debit ready for the file: its entry row (initiated) and the NACHA entry core builds. */
export interface PreparedDebit {
  readonly entry: AchEntryRow;
  readonly input: AchEntryInput;
}

async function setEntry(tx: Executor, entry: AchEntryRow, change: Partial<AchEntryRow>): Promise<AchEntryRow> {
  const [row] = await tx
    .update(achEntries)
    .set(change)
    .where(and(eq(achEntries.tenantId, entry.tenantId), eq(achEntries.id, entry.id)))
    .returning();
  if (row === undefined) throw new Error(`ach entry ${entry.id} vanished`);
  return row;
}

/** Why this scheduled debit must not be sent, or undefined when it may. */
async function blockReason(db: Db, context: ChangeContext, entry: AchEntryRow, businessDate: LocalDate) {
  const enrollment = await latestEnrollmentById(db, entry.tenantId, entry.enrollmentId);
  if (enrollment === undefined || enrollment.status === "cancelled") return "autopay_cancelled";
  if (enrollment.status === "suspended") return enrollment.statusReason ?? "autopay_suspended";
  const decision = await paymentTransferDecision(db, enrollment);
  if (decision.allowed) return undefined;
  await suspendEnrollment(db, context, enrollment, decision.code, businessDate);
  return decision.code;
}

/**
 * Turns one scheduled debit into a sent one: checks its enrollment and 12 CFR 1041.8 and its instrument,
 * posts the payment to the loan (the loan's `payment` event, effective the business date) and marks the entry
 * `initiated`. A debit that may not go is marked `blocked` with the reason.
 *
 * @example
 * const debit = await prepareDebit(tx, context, keys, entry, date("2025-02-03"));
 */
export async function prepareDebit(
  db: Db,
  context: ChangeContext,
  keys: TenantKeys,
  entry: AchEntryRow,
  businessDate: LocalDate,
): Promise<PreparedDebit | undefined> {
  const block = (statusReason: string) =>
    setEntry(db, entry, { status: "blocked", statusReason, updatedAt: context.now });
  const reason = await blockReason(db, context, entry, businessDate);
  if (reason !== undefined) return void (await block(reason));
  const instrument = await findInstrument(db, entry.tenantId, entry.instrumentId);
  const accountNumber = instrument === undefined ? undefined : openAccountNumber(keys, instrument);
  if (instrument?.status !== "active" || accountNumber === undefined) return void (await block("instrument_disabled"));
  if (instrument.verificationStatus !== "verified") return void (await block("instrument_unverified"));
  const amount = Number(entry.amountMinor);
  const posted = await appendLoanEvent(
    db,
    { ...context, businessDate },
    entry.loanId,
    draftPayment({ amount, currency: entry.currency, effectiveDate: businessDate }),
    { prefix: "pmt", action: "loan.payment_posted" },
  );
  if (!posted.ok) return void (await block(posted.error.code));
  const initiated = await setEntry(db, entry, {
    status: "initiated",
    paymentId: posted.value.event.id,
    initiatedOn: businessDate,
    updatedAt: context.now,
  });
  return {
    entry: initiated,
    input: {
      direction: "debit",
      accountKind: instrument.accountType === "savings" ? "savings" : "checking",
      routingNumber: instrument.routingNumber ?? "",
      accountNumber,
      amountMinor: entry.amountMinor,
      individualId: entry.loanId.slice(-15),
      individualName: (instrument.holderName ?? "").slice(0, 22),
    },
  };
}
