import { z } from "@hono/zod-openapi";
import { parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationRow, DisbursementRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { envelopesStore } from "../envelopes/store.js";
import { todayOf } from "../loans/append-event.js";
import { boardLoan } from "../loans/service.js";
import { lockApplication, moveApplication, statesThrough } from "./lifecycle.js";
import type { disbursementStatusSchema, fundApplicationSchema } from "./request-schemas.js";
import { disbursementsStore } from "./store.js";
import { formOf, offersOf, stateOf } from "./view.js";

type FundRequest = z.infer<typeof fundApplicationSchema>;

/** A funded application, its loan and the disbursement instruction. */
export interface Funding {
  /** False when the application was already funded (a retried or raced call): nothing new was made. */
  readonly created: boolean;
  readonly application: ApplicationRow;
  readonly loanId: string;
  readonly disbursement: DisbursementRow;
}

/**
 * Starts closing an accepted application, with the business date it is to be funded on (not before the
 * tenant's business date).
 *
 * @example
 * await startClosing(db, context, "app_…", "2026-03-16");
 */
export async function startClosing(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  fundingDate: string,
): Promise<Result<ApplicationRow>> {
  const date = parseLocalDate(fundingDate, ["fundingDate"]);
  if (!date.ok) return date;
  if (fundingDate < todayOf(context)) {
    return fail("funding_date_in_past", `fundingDate ${fundingDate} is before today's business date.`, ["fundingDate"]);
  }
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  return moveApplication(db, context, locked.value, [{ type: "start_closing" }], { fundingDate }, { fundingDate });
}

/** The answer for an application already funded: the same loan and disbursement (a retried or raced fund). */
async function existingFunding(db: Db, context: ChangeContext, row: ApplicationRow): Promise<Result<Funding>> {
  const disbursement = await disbursementsStore(db, context.tenantId).forApplication(row.id);
  if (row.loanId === null || disbursement === undefined) throw new Error(`funded application ${row.id} has no loan`);
  return ok({ created: false, application: row, loanId: row.loanId, disbursement });
}

/**
 * Funds an application in closing: boards the servicing loan from the accepted offer (amount, term, rate,
 * the product's fees, the funding date, first payment date) linked to the application, decision and
 * offer, records the disbursement instruction (`pending`), and moves the application to `funded` — all in
 * one transaction, under the application's row lock. Funding a funded application answers with the same
 * loan, so a retried or concurrent fund never makes a second loan (and the loans' unique index on the
 * application refuses one even if something bypassed the lock).
 *
 * @example
 * const funded = await fundApplication(db, context, "app_…", { method: "ach", payeeName: "Ann Lee" });
 */
export async function fundApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  request: FundRequest,
): Promise<Result<Funding>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const row = locked.value;
  if (stateOf(row) === "funded") return existingFunding(db, context, row);
  const allowed = statesThrough(stateOf(row), [{ type: "fund" }]);
  if (!allowed.ok) return allowed;
  const unsigned = await envelopesStore(db, context.tenantId).unfinishedForApplication(row.id);
  if (unsigned.length > 0) {
    const envelopeIds = unsigned.map((envelope) => envelope.id);
    const message = `Envelopes ${envelopeIds.join(", ")} of application ${row.id} are not completed; complete or void them first.`;
    return fail("envelopes_not_completed", message, undefined, { envelopeIds });
  }
  const offer = offersOf(row).find((each) => each.id === row.acceptedOfferId);
  if (offer === undefined || row.productId === null) throw new Error(`application ${row.id} in closing has no offer`);
  const primary = formOf(row).applicants?.find((applicant) => applicant.role === "primary");
  const boarded = await boardLoan(
    db,
    context,
    {
      productId: row.productId,
      ...(offer.productVersion === null ? {} : { productVersion: offer.productVersion }),
      amount: offer.amount,
      currency: offer.currency,
      numberOfPayments: offer.numberOfPayments,
      frequency: offer.frequency,
      ratePercent: offer.ratePercent,
      disbursementDate: row.fundingDate ?? todayOf(context),
      ...(request.firstPaymentDate === undefined ? {} : { firstPaymentDate: request.firstPaymentDate }),
      ...(primary === undefined ? {} : { borrowerReference: primary.partyId }),
      ...(row.decisionId === null ? {} : { decisionId: row.decisionId }),
    },
    { applicationId: row.id, offerId: offer.id },
  );
  if (!boarded.ok) return boarded;
  const loanId = boarded.value.row.id;
  const disbursement: Omit<DisbursementRow, "tenantId"> = {
    id: context.ids.next("dsi"),
    applicationId: row.id,
    loanId,
    amount: String(proceedsOf(offer.amount, boarded.value.row.boarding)),
    currency: offer.currency,
    method: request.method,
    payeeName: request.payeeName,
    payeeReference: request.payeeReference ?? null,
    status: "pending",
    failureReason: null,
    createdAt: context.now,
    updatedAt: context.now,
  };
  await disbursementsStore(db, context.tenantId).insert(disbursement);
  const moved = await moveApplication(db, context, row, [{ type: "fund" }], { loanId }, { loanId });
  if (!moved.ok) return moved;
  return ok({
    created: true,
    application: moved.value,
    loanId,
    disbursement: { ...disbursement, tenantId: context.tenantId },
  });
}

const boardingFee = z.looseObject({
  originationFee: z.object({ amountMinor: z.string(), treatment: z.string() }).optional(),
});

/**
 * What the payee receives: the amount of the offer, less an origination fee withheld from it (`deducted`).
 * A `financed` fee was added to the principal and a `prepaid` one is paid at closing: neither reduces it.
 */
function proceedsOf(amount: number, boarding: unknown): bigint {
  const fee = boardingFee.safeParse(boarding).data?.originationFee;
  return BigInt(amount) - (fee?.treatment === "deducted" ? BigInt(fee.amountMinor) : 0n);
}

const NEXT_STATUS: Readonly<Record<string, ReadonlyArray<string>>> = {
  pending: ["sent", "failed"],
  sent: ["settled", "failed"],
  settled: [],
  failed: [],
};

/**
 * Moves a disbursement instruction on: pending → sent → settled, or to failed (with a reason) from pending
 * or sent. Anything else is 409 `illegal_disbursement_status`.
 *
 * @example
 * await updateDisbursementStatus(db, context, "dsi_…", { status: "sent" });
 */
export async function updateDisbursementStatus(
  db: Db,
  context: ChangeContext,
  disbursementId: string,
  change: z.infer<typeof disbursementStatusSchema>,
): Promise<Result<DisbursementRow>> {
  const store = disbursementsStore(db, context.tenantId);
  const row = await store.find(disbursementId, { lock: true });
  if (row === undefined) {
    return fail("disbursement_not_found", `No disbursement ${disbursementId} in this tenant.`, ["disbursementId"]);
  }
  if (!(NEXT_STATUS[row.status] ?? []).includes(change.status)) {
    return fail(
      "illegal_disbursement_status",
      `A ${row.status} disbursement cannot become ${change.status}.`,
      ["status"],
      { currentStatus: row.status },
    );
  }
  const updated = await store.update(disbursementId, {
    status: change.status,
    failureReason: change.status === "failed" ? (change.failureReason ?? "unspecified") : null,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: `disbursement.${change.status}`,
    resourceType: "disbursement",
    resourceId: disbursementId,
    details: { from: row.status },
  });
  return ok(updated);
}
