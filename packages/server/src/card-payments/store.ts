import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { equalTo } from "../db/filters.js";
import { type CardPaymentRow, cardPayments } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** One card payment of a loan, or undefined. @example await findCardPayment(db, t, "loan_…", "cpy_…") */
export async function findCardPayment(
  executor: Executor,
  tenantId: string,
  loanId: string,
  id: string,
  options: { readonly forUpdate?: boolean } = {},
): Promise<CardPaymentRow | undefined> {
  const query = executor
    .select()
    .from(cardPayments)
    .where(and(eq(cardPayments.tenantId, tenantId), eq(cardPayments.loanId, loanId), eq(cardPayments.id, id)));
  const [row] = options.forUpdate === true ? await query.for("update") : await query;
  return row;
}

/** A page of a loan's card payments, oldest first. @example await listCardPayments(db, t, "loan_…", { take: 21 }) */
export function listCardPayments(
  executor: Executor,
  tenantId: string,
  loanId: string,
  query: { readonly status?: string | undefined; readonly after?: string | undefined; readonly take: number },
): Promise<CardPaymentRow[]> {
  const conditions: SQL[] = [
    eq(cardPayments.tenantId, tenantId),
    eq(cardPayments.loanId, loanId),
    ...equalTo(cardPayments.status, query.status),
    ...(query.after === undefined ? [] : [gt(cardPayments.id, query.after)]),
  ];
  return executor
    .select()
    .from(cardPayments)
    .where(and(...conditions))
    .orderBy(asc(cardPayments.id))
    .limit(query.take);
}

/** Inserts a card payment. @example await insertCardPayment(tx, row) */
export async function insertCardPayment(executor: Executor, row: CardPaymentRow): Promise<CardPaymentRow> {
  const [stored] = await executor.insert(cardPayments).values(row).returning();
  if (stored === undefined) throw new Error("card payment insert returned no row");
  return stored;
}

/** Writes a card payment's changed columns. @example await updateCardPayment(tx, t, "cpy_…", { status: "refunded" }) */
export async function updateCardPayment(
  executor: Executor,
  tenantId: string,
  id: string,
  change: Partial<Omit<CardPaymentRow, "tenantId" | "id">>,
): Promise<CardPaymentRow> {
  const [row] = await executor
    .update(cardPayments)
    .set(change)
    .where(and(eq(cardPayments.tenantId, tenantId), eq(cardPayments.id, id)))
    .returning();
  if (row === undefined) throw new Error(`card payment ${id} vanished`);
  return row;
}
