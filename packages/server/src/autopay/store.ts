import { and, desc, eq, ne } from "drizzle-orm";
import { type AutopayEnrollmentRow, autopayEnrollments } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The loan's latest enrollment (open or cancelled), or undefined. @example await latestEnrollment(db, t, "loan_…") */
export async function latestEnrollment(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<AutopayEnrollmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrollments)
    .where(and(eq(autopayEnrollments.tenantId, tenantId), eq(autopayEnrollments.loanId, loanId)))
    .orderBy(desc(autopayEnrollments.id))
    .limit(1);
  return row;
}

/** The loan's open (active or suspended) enrollment, locked, or undefined. @example await openEnrollment(tx, t, "loan_…") */
export async function openEnrollment(
  executor: Executor,
  tenantId: string,
  loanId: string,
): Promise<AutopayEnrollmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrollments)
    .where(
      and(
        eq(autopayEnrollments.tenantId, tenantId),
        eq(autopayEnrollments.loanId, loanId),
        ne(autopayEnrollments.status, "cancelled"),
      ),
    )
    .for("update");
  return row;
}

/** Writes an enrollment's changed columns. @example await updateEnrollment(tx, t, "apy_…", { status: "cancelled" }) */
export async function updateEnrollment(
  executor: Executor,
  tenantId: string,
  id: string,
  change: Partial<Omit<AutopayEnrollmentRow, "tenantId" | "id">>,
): Promise<AutopayEnrollmentRow> {
  const [row] = await executor
    .update(autopayEnrollments)
    .set(change)
    .where(and(eq(autopayEnrollments.tenantId, tenantId), eq(autopayEnrollments.id, id)))
    .returning();
  if (row === undefined) throw new Error(`autopay enrollment ${id} vanished`);
  return row;
}

/**
 * Suspends every active enrollment debiting this instrument (it was disabled); returns them.
 *
 * @example
 * await suspendEnrollmentsOfInstrument(tx, t, "pmi_…", "instrument_disabled", now);
 */
export function suspendEnrollmentsOfInstrument(
  executor: Executor,
  tenantId: string,
  instrumentId: string,
  reason: string,
  now: Date,
): Promise<AutopayEnrollmentRow[]> {
  return executor
    .update(autopayEnrollments)
    .set({ status: "suspended", statusReason: reason, updatedAt: now })
    .where(
      and(
        eq(autopayEnrollments.tenantId, tenantId),
        eq(autopayEnrollments.instrumentId, instrumentId),
        eq(autopayEnrollments.status, "active"),
      ),
    )
    .returning();
}

/** One enrollment by id, or undefined. @example await latestEnrollmentById(db, t, "apy_…") */
export async function latestEnrollmentById(
  executor: Executor,
  tenantId: string,
  id: string,
): Promise<AutopayEnrollmentRow | undefined> {
  const [row] = await executor
    .select()
    .from(autopayEnrollments)
    .where(and(eq(autopayEnrollments.tenantId, tenantId), eq(autopayEnrollments.id, id)));
  return row;
}
