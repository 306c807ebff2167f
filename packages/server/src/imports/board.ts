import type { LocalDate } from "@lendstack/core/calendar";
import { eventsOf, type ImportRow } from "@lendstack/core/migration";
import { compareEvents, pinnedPolicy, replay } from "@lendstack/core/servicing";
import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db } from "../db/database.js";
import { importResults, loanEvents } from "../db/schema/index.js";
import { encodePolicy, encodeTerms, eventColumns } from "../loans/codec.js";
import { loansStore } from "../loans/store.js";

/** The product version a loan boards under. */
export interface BoardingProduct {
  readonly id: string;
  readonly version: number;
}

/** What boarding did with one row, and why a row was not boarded. */
export type BoardOutcome =
  | { readonly outcome: "boarded" | "already_boarded"; readonly loanId: string }
  | { readonly outcome: "not_boarded"; readonly code: string; readonly reason: string };

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if ((e as { code?: unknown }).code === "23505") return true;
  return false;
}

async function setOutcome(db: Db, context: ChangeContext, importId: string, row: number, outcome: BoardOutcome) {
  const errors =
    outcome.outcome === "not_boarded" ? [{ path: "", code: outcome.code, reason: outcome.reason }] : undefined;
  await db
    .update(importResults)
    .set({
      outcome: outcome.outcome,
      loanId: outcome.outcome === "not_boarded" ? null : outcome.loanId,
      ...(errors === undefined ? {} : { errors }),
    })
    .where(
      and(
        eq(importResults.tenantId, context.tenantId),
        eq(importResults.importId, importId),
        eq(importResults.row, row),
      ),
    );
}

/**
 * Boards one imported loan with its whole history, or its opening balances and the events after them
 * (back-dated events are accepted here, and only here),
 * in its own transaction with its result row, so a crash leaves each loan boarded with its outcome
 * recorded, or neither. The source id is the loan's `externalReference`: a loan of the tenant with it
 * already is `already_boarded` (the unique index makes a concurrent second boarding fail the same way).
 */
export async function boardImportedLoan(
  db: Db,
  context: ChangeContext,
  importId: string,
  row: ImportRow,
  product: BoardingProduct | undefined,
  today: LocalDate,
): Promise<BoardOutcome> {
  const outcome = await db
    .transaction(async (tx) => {
      const result = await boardInTransaction(tx as unknown as Db, context, importId, row, product, today);
      await setOutcome(tx as unknown as Db, context, importId, row.row, result);
      return result;
    })
    .catch(async (error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      const existing = await loansStore(db, context.tenantId).findByExternalReference(row.sourceId);
      if (existing === undefined) throw error;
      const result: BoardOutcome = { outcome: "already_boarded", loanId: existing.id };
      await setOutcome(db, context, importId, row.row, result);
      return result;
    });
  return outcome;
}

async function boardInTransaction(
  tx: Db,
  context: ChangeContext,
  importId: string,
  row: ImportRow,
  product: BoardingProduct | undefined,
  today: LocalDate,
): Promise<BoardOutcome> {
  const store = loansStore(tx, context.tenantId);
  const existing = await store.findByExternalReference(row.sourceId);
  if (existing) return { outcome: "already_boarded", loanId: existing.id };
  if (product === undefined) {
    return { outcome: "not_boarded", code: "product_required", reason: "give the row a productId, or the import one" };
  }
  const history = eventsOf(row);
  const late = history.find((event) => event.effectiveDate > today);
  if (late) {
    const reason = `event ${late.id} is dated ${late.effectiveDate}, after the business date ${today}`;
    return { outcome: "not_boarded", code: "event_after_business_date", reason };
  }
  const state = replay(row.loan, history, today);
  if (!state.ok) return { outcome: "not_boarded", code: state.error.code, reason: state.error.message };
  const { terms } = row.loan;
  const loanId = context.ids.next("loan");
  await store.insert({
    id: loanId,
    productId: product.id,
    productVersion: product.version,
    currency: terms.currency,
    principalMinor: terms.principalMinor,
    status: state.value.status,
    version: history.length,
    terms: encodeTerms(terms),
    policy: encodePolicy(pinnedPolicy(row.loan)),
    boarding: { importId, sourceId: row.sourceId, row: row.row },
    disbursementDate: terms.disbursementDate,
    externalReference: row.sourceId,
    borrowerReference: row.borrowerReference,
    decisionId: null,
    applicationId: null,
    offerId: null,
    createdAt: context.now,
    updatedAt: context.now,
  });
  // Stored in replay order: the sequence (read back as `postedAt`) keeps the order of same-day events.
  const events = [...history].sort(compareEvents).map((event, index) => ({
    ...eventColumns(event),
    tenantId: context.tenantId,
    loanId,
    sequence: index + 1,
    recordedAt: context.now,
    recordedBy: context.actor,
  }));
  await tx.insert(loanEvents).values(events);
  await writeAudit(tx, context, {
    action: "loan.imported",
    resourceType: "loan",
    resourceId: loanId,
    details: { importId, sourceId: row.sourceId, productId: product.id, events: events.length },
  });
  return { outcome: "boarded", loanId };
}
