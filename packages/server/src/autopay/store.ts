import { and, desc, eq, ne } from "drizzle-orm";
import { type AutopayEnrolmentRow, autopayEnrolments } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The loan's latest enrolment (open or cancelled), or undefined. @example await latestEnrolment(db, t, "loan_…") */
export async function latestEnrolment(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<AutopayEnrolmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrolments)
    .where(and(eq(autopayEnrolments.tenantId, tenantId), eq(autopayEnrolments.loanId, loanId)))
    .orderBy(desc(autopayEnrolments.id))
    .limit(1);
  return row;
}

/** The loan's open (active or suspended) enrolment, locked, or undefined. @example await openEnrolment(tx, t, "loan_…") */
export async function openEnrolment(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<AutopayEnrolmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrolments)
    .where(
      and(
        eq(autopayEnrolments.tenantId, tenantId),
        eq(autopayEnrolments.loanId, loanId),
        ne(autopayEnrolments.status, "cancelled"),
      ),
    )
    .for("update");
  return row;
}

/** Writes an enrolment's changed columns. @example await updateEnrolment(tx, t, "apy_…", { status: "cancelled" }) */
export async function updateEnrolment(
  executor: Executor,
  tenantId: string,
  id: string,
  change: Partial<Omit<AutopayEnrolmentRow, "tenantId" | "id">>,
): Promise<AutopayEnrolmentRow> {
  const [row] = await executor
    .update(autopayEnrolments)
    .set(change)
    .where(and(eq(autopayEnrolments.tenantId, tenantId), eq(autopayEnrolments.id, id)))
    .returning();
  if (row === undefined) throw new Error(`autopay enrolment ${id} vanished`);
  return row;
}

/**
 * Suspends every active enrolment debiting this instrument (it was disabled); returns them.
 *
 * @example
 * await suspendEnrolmentsOfInstrument(tx, t, "pmi_…", "instrument_disabled", now);
 */
export function suspendEnrolmentsOfInstrument(
  executor: Executor,
  tenantId: string,
  instrumentId: string,
  reason: string,
  now: Date,
): Promise<AutopayEnrolmentRow[]> {
  return executor
    .update(autopayEnrolments)
    .set({ status: "suspended", statusReason: reason, updatedAt: now })
    .where(
      and(
        eq(autopayEnrolments.tenantId, tenantId),
        eq(autopayEnrolments.instrumentId, instrumentId),
        eq(autopayEnrolments.status, "active"),
      ),
    )
    .returning();
}

/** One enrolment by id, or undefined. @example await latestEnrolmentById(db, t, "apy_…") */
export async function latestEnrolmentById(
  executor: Executor,
  tenantId: string,
  id: string,
): Promise<AutopayEnrolmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrolments)
    .where(and(eq(autopayEnrolments.tenantId, tenantId), eq(autopayEnrolments.id, id)));
  return row;
}
