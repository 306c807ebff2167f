import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type PaymentInstrumentRow, paymentInstruments } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One instrument of a tenant (of `partyId` when given), or undefined. @example await findInstrument(db, t, "pmi_…") */
export async function findInstrument(
  executor: Executor,
  tenantId: string,
  id: string,
  partyId?: string,
  options: { readonly forUpdate?: boolean } = {},
): Promise<PaymentInstrumentRow | undefined> {
  const query = executor
    .select()
    .from(paymentInstruments)
    .where(
      and(
        eq(paymentInstruments.tenantId, tenantId),
        eq(paymentInstruments.id, id),
        ...(partyId === undefined ? [] : [eq(paymentInstruments.partyId, partyId)]),
      ),
    );
  const [row] = options.forUpdate === true ? await query.for("update") : await query;
  return row;
}

/** A page of a party's instruments, oldest first. @example await listInstruments(db, t, "pty_…", { take: 21 }) */
export function listInstruments(
  executor: Executor,
  tenantId: string,
  partyId: string,
  query: { readonly status?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<PaymentInstrumentRow[]> {
  const conditions: SQL[] = [
    eq(paymentInstruments.tenantId, tenantId),
    eq(paymentInstruments.partyId, partyId),
    ...equalTo(paymentInstruments.status, query.status),
    ...(query.after === undefined ? [] : [gt(paymentInstruments.id, query.after)]),
  ];
  return executor
    .select()
    .from(paymentInstruments)
    .where(and(...conditions))
    .orderBy(asc(paymentInstruments.id))
    .limit(query.take);
}

/** Writes the instrument's changed columns. @example await updateInstrument(tx, row.tenantId, row.id, { status: "disabled" }) */
export async function updateInstrument(
  executor: Executor,
  tenantId: string,
  id: string,
  change: Partial<Omit<PaymentInstrumentRow, "tenantId" | "id">>,
): Promise<PaymentInstrumentRow> {
  const [row] = await executor
    .update(paymentInstruments)
    .set(change)
    .where(and(eq(paymentInstruments.tenantId, tenantId), eq(paymentInstruments.id, id)))
    .returning();
  if (row === undefined) throw new Error(`payment instrument ${id} vanished`);
  return row;
}
