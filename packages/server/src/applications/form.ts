import type { ApplicationForm, Collateral, DeclaredAsset, DeclaredDebt } from "@lendstack/core/origination";
import type { ApplicationFormInput } from "./request-schemas.js";

/** An object without its undefined members, as core's exact optional properties want it. */
function compact<T extends object>(value: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

const minor = (amount: number | undefined) => (amount === undefined ? undefined : BigInt(amount));

function collateralOf(collateral: ApplicationFormInput["collateral"]): Collateral | undefined {
  if (collateral === undefined) return undefined;
  if (collateral.type === "vehicle") {
    const { value, ...rest } = collateral;
    return compact<Collateral>({ ...rest, valueMinor: minor(value) });
  }
  if (collateral.type === "real_estate") {
    const { appraisedValue, ...rest } = collateral;
    return compact<Collateral>({ ...rest, appraisedValueMinor: minor(appraisedValue) });
  }
  return collateral;
}

/**
 * The stored (wire) form as core's `ApplicationForm`: amounts as bigint minor units under core's names.
 *
 * @example
 * checkCompleteness(toCoreForm(form));
 */
export function toCoreForm(form: ApplicationFormInput): ApplicationForm {
  return compact<ApplicationForm>({
    productId: form.productId,
    amountMinor: minor(form.amount),
    currency: form.currency,
    numberOfPayments: form.numberOfPayments,
    purpose: form.purpose,
    applicants: form.applicants,
    collateral: collateralOf(form.collateral),
    debts: form.debts?.map(({ balance, monthlyPayment, ...rest }) =>
      compact<DeclaredDebt>({ ...rest, balanceMinor: minor(balance), monthlyPaymentMinor: minor(monthlyPayment) }),
    ),
    assets: form.assets?.map(({ value, ...rest }) => compact<DeclaredAsset>({ ...rest, valueMinor: minor(value) })),
    consents: form.consents,
    channel: form.channel,
    referringPartner: form.referringPartner,
  });
}

/** The collateral's value in minor units (vehicle value or appraised value), when it has one. */
export function collateralValueOf(form: ApplicationFormInput): bigint | undefined {
  const collateral = form.collateral;
  if (collateral?.type === "vehicle") return minor(collateral.value);
  if (collateral?.type === "real_estate") return minor(collateral.appraisedValue);
  return undefined;
}
