import { z } from "@hono/zod-openapi";
import type { ProductDefinition } from "@lendstack/core/products";
import { toScheduleTerms } from "@lendstack/core/products";
import { monthlyPrincipalAndInterest } from "@lendstack/core/underwriting";
import { and, eq, inArray } from "drizzle-orm";
import { decodeStored } from "../db/corrupt-record.js";
import { parties } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { collateralValueOf } from "./form.js";
import type { StoredForm } from "./response-schemas.js";

// What the application itself can tell a rule set, named as the demo underwriting rule set names its inputs.
// Only the inputs a rule-set version declares are sent; a fact the caller gives wins.

const profileFacts = z.looseObject({
  statedAnnualIncome: z.number().optional(),
  addresses: z.array(z.looseObject({ kind: z.string().optional(), region: z.string().optional() })).optional(),
});

/**
 * The monthly principal and interest under the product's default rate, minor units: core's DTI payment
 * (`monthlyPrincipalAndInterest`: the level installment, or the largest one, as a monthly amount).
 */
function proposedPayment(product: ProductDefinition, form: StoredForm, businessDate: string): bigint | undefined {
  if (form.amount === undefined) return undefined;
  const terms = toScheduleTerms(product, {
    amountMinor: BigInt(form.amount),
    disbursementDate: businessDate,
    ...(form.currency === undefined ? {} : { currency: form.currency }),
    ...(form.numberOfPayments === undefined ? {} : { numberOfPayments: form.numberOfPayments }),
  });
  if (!terms.ok) return undefined;
  const payment = monthlyPrincipalAndInterest(terms.value);
  return payment.ok ? payment.value.monthlyPaymentMinor : undefined;
}

/** Borrowers' stated monthly income (primary and co-borrowers; yearly ÷ 12, rounded down) and the primary's state. */
async function partyFacts(executor: Executor, tenantId: string, form: StoredForm) {
  const borrowers = (form.applicants ?? []).filter((applicant) => applicant.role !== "guarantor");
  if (borrowers.length === 0) return {};
  const rows = await executor
    .select({ id: parties.id, profile: parties.profile })
    .from(parties)
    .where(
      and(
        eq(parties.tenantId, tenantId),
        inArray(
          parties.id,
          borrowers.map((b) => b.partyId),
        ),
      ),
    );
  let yearly = 0n;
  let state: string | undefined;
  for (const row of rows) {
    const profile = decodeStored(profileFacts, row.profile, { table: "parties", id: row.id, column: "profile" });
    yearly += BigInt(profile.statedAnnualIncome ?? 0);
    const primary = borrowers.find((b) => b.partyId === row.id)?.role === "primary";
    const home = profile.addresses?.find((address) => address.kind === "residential") ?? profile.addresses?.[0];
    if (primary && home?.region !== undefined) state = home.region;
  }
  return { monthlyIncome: Number(yearly / 12n), ...(state === undefined ? {} : { state }) };
}

/**
 * The facts an application supplies: `requestedAmount`, `numberOfPayments`, `termMonths` (monthly products),
 * `proposedPayment` (at the product's default rate), `propertyValue` (the collateral's value, null when
 * unsecured), `monthlyIncome` (borrowers' stated income), `monthlyDebt` (declared debts plus the proposed
 * payment) and `state` (the primary applicant's). Money in minor units.
 *
 * @example
 * const facts = await applicationFacts(tx, tenantId, product, form, "2026-03-02");
 */
export async function applicationFacts(
  executor: Executor,
  tenantId: string,
  product: ProductDefinition,
  form: StoredForm,
  businessDate: string,
): Promise<Record<string, unknown>> {
  const payment = proposedPayment(product, form, businessDate) ?? 0n;
  const debts = (form.debts ?? []).reduce((sum, debt) => sum + BigInt(debt.monthlyPayment ?? 0), 0n);
  const collateral = collateralValueOf(form);
  const monthly = product.repayment.defaultFrequency === "monthly";
  return {
    ...(form.amount === undefined ? {} : { requestedAmount: form.amount }),
    ...(form.numberOfPayments === undefined ? {} : { numberOfPayments: form.numberOfPayments }),
    ...(monthly && form.numberOfPayments !== undefined ? { termMonths: form.numberOfPayments } : {}),
    proposedPayment: Number(payment),
    propertyValue: collateral === undefined ? null : Number(collateral),
    monthlyDebt: Number(debts + payment),
    ...(await partyFacts(executor, tenantId, form)),
  };
}

/** The supplied facts the rule set declares, then the caller's (which win). */
export function factsFor(
  declared: ReadonlyArray<string>,
  supplied: Readonly<Record<string, unknown>>,
  given: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const names = new Set(declared);
  const chosen = Object.fromEntries(Object.entries(supplied).filter(([name]) => names.has(name)));
  return { ...chosen, ...given };
}
