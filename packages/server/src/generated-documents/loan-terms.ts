import type { LocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import type { LateCharge, LoanDocumentTerms, NamedParty } from "@lendstack/core/origination";
import type { ProductDefinition } from "@lendstack/core/products";
import { formOf, offersOf } from "../applications/view.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { findParty } from "../parties/store.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { quoteLoan } from "../quotes/service.js";

// The figures of an accepted offer's documents: the offer's terms quoted again by the quotes endpoint's own
// function (`quoteLoan`: schedule, APR by Appendix J, finance charge, amount financed, total of payments), for
// the day the loan is to be advanced (the closing's funding date, else the date the offer was priced for).

type ProductFees = ProductDefinition["fees"];

function lateChargeOf(product: ProductDefinition): LateCharge | undefined {
  const late: ProductFees["late"] = product.fees.late;
  if (late === undefined) return undefined;
  const graceDays = product.latePayment.graceDays ?? 0;
  if (late.type === "flat") return { type: "flat", amountMinor: BigInt(late.amount), graceDays };
  return {
    type: "percent",
    percent: late.percent,
    base: late.base,
    graceDays,
    ...(late.min === undefined ? {} : { minMinor: BigInt(late.min) }),
    ...(late.max === undefined ? {} : { maxMinor: BigInt(late.max) }),
  };
}

/** The creditor the product names (`origination.adverseAction.creditor`); 422 `creditor_not_configured`. */
export function creditorOf(product: ProductDefinition): Result<NamedParty> {
  const creditor = product.origination?.adverseAction?.creditor;
  if (creditor === undefined) {
    return fail(
      "creditor_not_configured",
      "The product names no creditor for its documents: set origination.adverseAction.creditor.",
    );
  }
  const address = Object.fromEntries(Object.entries(creditor.address).filter(([, value]) => value !== undefined));
  return ok({ name: creditor.name, address, ...(creditor.phone === undefined ? {} : { phone: creditor.phone }) });
}

/** The borrowers' names (primary first, then co-borrowers; not guarantors), as their parties give them. */
async function borrowerNames(executor: Executor, tenantId: string, row: ApplicationRow): Promise<string[]> {
  const borrowers = [...(formOf(row).applicants ?? [])]
    .filter((applicant) => applicant.role !== "guarantor")
    .sort((a, b) => Number(b.role === "primary") - Number(a.role === "primary"));
  const names: string[] = [];
  for (const applicant of borrowers) {
    const party = await findParty(executor, tenantId, applicant.partyId);
    if (party !== undefined) names.push(party.displayName);
  }
  return names;
}

/**
 * The terms an accepted offer's agreement and TILA disclosure print, from the offer quoted again with
 * `quoteLoan`. 409 `offer_not_accepted` when the application has no accepted offer; the product's creditor is
 * required (422 `creditor_not_configured`).
 *
 * @example
 * const terms = await acceptedOfferTerms(db, "demo", row, "2026-12-03");
 */
export async function acceptedOfferTerms(
  executor: Executor,
  tenantId: string,
  row: ApplicationRow,
  issuedOn: LocalDate,
): Promise<Result<LoanDocumentTerms>> {
  const offer = offersOf(row).find((each) => each.id === row.acceptedOfferId);
  if (offer === undefined || row.productId === null) {
    const message = `Application ${row.id} is ${row.state} and has no accepted offer to document.`;
    return fail("offer_not_accepted", message);
  }
  const product = await loadOfferedProduct(executor, tenantId, row.productId, offer.productVersion ?? undefined);
  if (!product.ok) return product;
  const creditor = creditorOf(product.value.definition);
  if (!creditor.ok) return creditor;
  const disbursementDate = row.fundingDate ?? offer.disbursementDate;
  const quoted = await quoteLoan(executor, tenantId, {
    productId: row.productId,
    productVersion: product.value.version,
    amount: offer.amount,
    currency: offer.currency,
    numberOfPayments: offer.numberOfPayments,
    frequency: offer.frequency as never,
    ratePercent: offer.ratePercent,
    disbursementDate,
  });
  if (!quoted.ok) return quoted;
  const { disclosure, schedule, terms } = quoted.value;
  const lateCharge = lateChargeOf(product.value.definition);
  return ok({
    creditor: creditor.value,
    borrowerNames: await borrowerNames(executor, tenantId, row),
    applicationId: row.id,
    offerId: offer.id,
    currency: terms.currency,
    issuedOn,
    disbursementDate,
    principalMinor: terms.principalMinor,
    amountFinancedMinor: disclosure.amountFinancedMinor,
    financeChargeMinor: disclosure.financeChargeMinor,
    prepaidFinanceChargesMinor: disclosure.prepaidFinanceChargesMinor,
    totalOfPaymentsMinor: disclosure.totalOfPaymentsMinor,
    disclosedAprPercent: disclosure.disclosedAprPercent,
    ratePercent: offer.ratePercent,
    frequency: terms.frequency,
    ...(quoted.value.originationFee === undefined ? {} : { originationFee: quoted.value.originationFee }),
    payments: schedule.rows.map((payment) => ({
      number: payment.number,
      dueDate: payment.dueDate,
      amountMinor: payment.totalMinor,
      principalMinor: payment.principalMinor,
      interestMinor: payment.interestMinor,
      balanceMinor: payment.balanceMinor,
    })),
    ...(lateCharge === undefined ? {} : { lateCharge }),
    hasPrepaymentPenalty: product.value.definition.fees.prepayment !== undefined,
  });
}
