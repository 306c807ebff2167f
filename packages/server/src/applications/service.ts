import { fail, ok, type Result } from "@lendstack/core/errors";
import { requireComplete } from "@lendstack/core/origination";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Db, Executor } from "../db/types.js";
import { todayOf } from "../loans/append-event.js";
import { partyTypes } from "../parties/store.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { toCoreForm } from "./form.js";
import { lockApplication, moveApplication } from "./lifecycle.js";
import type { ApplicationFormInput } from "./request-schemas.js";
import type { StoredForm } from "./response-schemas.js";
import { recordStays } from "./stage-visits.js";
import { applicationsStore } from "./store.js";
import { formOf, stateOf } from "./view.js";

/** The form without the undefined members an optional field parses to (jsonb keeps what is there). */
function storedForm(input: ApplicationFormInput): StoredForm {
  const { assignee: _assignee, ...form } = input;
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== undefined)) as StoredForm;
}

/** The product exists and offers loans, and every party named exists in the tenant. */
async function checkReferences(executor: Executor, tenantId: string, form: StoredForm): Promise<Result<true>> {
  if (form.productId !== undefined) {
    const product = await loadOfferedProduct(executor, tenantId, form.productId, undefined);
    if (!product.ok) return product;
  }
  const named = [
    ...(form.applicants ?? []).map((applicant, i) => ({ id: applicant.partyId, path: ["applicants", i, "partyId"] })),
    ...(form.consents ?? []).map((consent, i) => ({ id: consent.partyId, path: ["consents", i, "partyId"] })),
  ];
  const found = await partyTypes(executor, tenantId, [...new Set(named.map((each) => each.id))]);
  const missing = named.find((each) => !found.has(each.id));
  return missing === undefined
    ? ok(true)
    : fail("party_not_found", `No party ${missing.id} in this tenant.`, missing.path);
}

/**
 * Creates a draft application: any subset of the form (completeness is checked on submit), with the product
 * and parties it names checked to exist. Audited in the request's transaction.
 *
 * @example
 * const created = await createApplication(db, context, { productId: "prd_…", amount: 2500000, currency: "USD" });
 */
export async function createApplication(
  db: Db,
  context: ChangeContext,
  input: ApplicationFormInput,
): Promise<Result<ApplicationRow>> {
  const form = storedForm(input);
  const checked = await checkReferences(db, context.tenantId, form);
  if (!checked.ok) return checked;
  const id = context.ids.next("app");
  const row: Omit<ApplicationRow, "tenantId"> = {
    id,
    productId: form.productId ?? null,
    state: "draft",
    form,
    amount: form.amount === undefined ? null : BigInt(form.amount),
    currency: form.currency ?? null,
    assignee: input.assignee ?? null,
    decisionId: null,
    referredBy: null,
    approvals: [],
    offers: [],
    acceptedOfferId: null,
    fundingDate: null,
    loanId: null,
    stateHistory: [{ state: "draft", enteredAt: context.now.toISOString(), by: context.actor }],
    declinedOn: null,
    declineReasonCodes: null,
    adverseActionSentAt: null,
    adverseActionDelivery: null,
    version: 1,
    createdBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  };
  await applicationsStore(db, context.tenantId).insert(row);
  await recordStays(db, context.tenantId, id, 0, ["draft"], context.now);
  await writeAudit(db, context, { action: "application.created", resourceType: "application", resourceId: id });
  return ok({ ...row, tenantId: context.tenantId });
}

/**
 * Changes a draft: the fields given replace the stored ones (lists whole). Anything but a draft is 409
 * `application_not_editable` with its state.
 *
 * @example
 * const updated = await updateApplication(db, context, "app_…", { numberOfPayments: 48 });
 */
export async function updateApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
  input: ApplicationFormInput,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  const state = stateOf(locked.value);
  if (state !== "draft") {
    return fail(
      "application_not_editable",
      `Application ${applicationId} is ${state}; only a draft can be changed.`,
      [],
      {
        currentState: state,
      },
    );
  }
  const form = { ...formOf(locked.value), ...storedForm(input) };
  const checked = await checkReferences(db, context.tenantId, form);
  if (!checked.ok) return checked;
  const updated = await applicationsStore(db, context.tenantId).update(applicationId, {
    form,
    productId: form.productId ?? null,
    amount: form.amount === undefined ? null : BigInt(form.amount),
    currency: form.currency ?? null,
    ...(input.assignee === undefined ? {} : { assignee: input.assignee }),
    version: locked.value.version + 1,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "application.updated",
    resourceType: "application",
    resourceId: applicationId,
    details: { fields: Object.keys(input) },
  });
  return ok(updated);
}

/** The year after the business date's: the newest vehicle model year an application may name. */
function maxModelYear(context: ChangeContext): number {
  return Number(todayOf(context).slice(0, 4)) + 1;
}

/**
 * Submits a draft: 422 `application_incomplete` listing every missing item (core's `checkCompleteness`),
 * 404 for a product or party that no longer exists, 409 `illegal_transition` from any state but draft.
 *
 * @example
 * const submitted = await submitApplication(db, context, "app_…");
 */
export async function submitApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  if (stateOf(locked.value) === "draft") {
    const form = formOf(locked.value);
    const complete = requireComplete(toCoreForm(form), { maxModelYear: maxModelYear(context) });
    if (!complete.ok) {
      return fail(complete.error.code, complete.error.message, [], { issues: complete.error.missing });
    }
    const checked = await checkReferences(db, context.tenantId, form);
    if (!checked.ok) return checked;
  }
  return moveApplication(db, context, locked.value, [{ type: "submit" }]);
}

/**
 * Withdraws an application at the applicant's request, from any state that allows it.
 *
 * @example
 * await withdrawApplication(db, context, "app_…");
 */
export async function withdrawApplication(
  db: Db,
  context: ChangeContext,
  applicationId: string,
): Promise<Result<ApplicationRow>> {
  const locked = await lockApplication(db, context, applicationId);
  if (!locked.ok) return locked;
  return moveApplication(db, context, locked.value, [{ type: "withdraw" }]);
}
