import { fail, ok, type Result } from "@lendstack/core/errors";
import { add, type Decimal, parseDecimal } from "@lendstack/core/money";
import { buildOffers, type Offer, type OfferOption } from "@lendstack/core/origination";
import type { ProductDefinition } from "@lendstack/core/products";
import type { ChangeContext } from "../db/audit.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { OfferBody, StoredForm } from "./response-schemas.js";

/** Days an offer stays open when the product does not say. */
export const DEFAULT_OFFER_VALID_DAYS = 30;

const wire = (value: bigint) => toJsonInteger(value, "offer");

/** Core's priced offer as stored and returned. */
export function toOfferBody(offer: Offer, disbursementDate: string, productVersion: number): OfferBody {
  return {
    object: "offer",
    id: offer.id,
    status: offer.status,
    currency: offer.currency,
    amount: wire(offer.amountMinor),
    numberOfPayments: offer.numberOfPayments,
    frequency: offer.frequency,
    ratePercent: offer.annualRatePercent,
    originationFee: wire(offer.originationFeeMinor),
    principal: wire(offer.principalMinor),
    regularPayment: offer.regularPaymentMinor === undefined ? null : wire(offer.regularPaymentMinor),
    amountFinanced: wire(offer.amountFinancedMinor),
    financeCharge: wire(offer.financeChargeMinor),
    totalOfPayments: wire(offer.totalOfPaymentsMinor),
    aprPercent: offer.disclosedAprPercent,
    disbursementDate,
    schedule: offer.schedule.rows.map((row) => ({
      number: row.number,
      dueDate: row.dueDate,
      principal: wire(row.principalMinor),
      interest: wire(row.interestMinor),
      fees: wire(row.feesMinor),
      total: wire(row.totalMinor),
      balance: wire(row.balanceMinor),
    })),
    createdAt: offer.createdAt,
    expiresAt: offer.expiresAt,
    counterOf: offer.counterOf ?? null,
    productVersion,
  };
}

/** A rate from a decision output: a decimal string or a JSON number, percent a year. */
function rateOutput(value: unknown): Decimal | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const parsed = parseDecimal(String(value));
  return parsed.ok ? parsed.value : undefined;
}

/** What a decision's outputs say about pricing (see {@link priceDecisionOffers}). */
export interface PricingOutputs {
  readonly ratePercent?: unknown;
  readonly rateAdjustment?: unknown;
  readonly approvedAmount?: unknown;
  readonly maxAmount?: unknown;
  readonly offerTerms?: unknown;
}

/** The rate: the `ratePercent` output, else the product's default plus the `rateAdjustment` output. */
function offerRate(product: ProductDefinition, outputs: PricingOutputs): Decimal | undefined {
  const explicit = rateOutput(outputs.ratePercent);
  if (explicit !== undefined) return explicit;
  const base = rateOutput(product.rateLimits.defaultPercent);
  const adjustment = rateOutput(outputs.rateAdjustment);
  if (base === undefined || adjustment === undefined) return base;
  return add(base, adjustment);
}

/** The amount offered: the request, capped by the `approvedAmount` (or `maxAmount`) output. */
function offerAmount(requested: bigint, outputs: PricingOutputs): bigint {
  const cap = [outputs.approvedAmount, outputs.maxAmount].find((value) => typeof value === "number");
  if (typeof cap !== "number" || !Number.isSafeInteger(cap) || cap <= 0) return requested;
  return BigInt(cap) < requested ? BigInt(cap) : requested;
}

/** What an offer is priced from. */
export interface PricingInput {
  readonly product: ProductDefinition;
  /** The version `product` is; stored on each offer, so funding boards the terms disclosed. */
  readonly productVersion: number;
  readonly form: StoredForm;
  readonly outputs: PricingOutputs;
  readonly disbursementDate: string;
}

/**
 * The offers a decision makes, priced by core (`buildOffers`: schedule, APR, finance charge, amount
 * financed, total of payments). Risk-based pricing is the rule set's: its `ratePercent` output, else the
 * product's default rate plus its `rateAdjustment` output (percentage points); its `approvedAmount` (or
 * `maxAmount`) output caps the amount requested; its `offerTerms` output (a list of installment counts)
 * adds options beside the term requested.
 *
 * @example
 * const offers = priceDecisionOffers(context, { product, form, outputs: decision.outputs, disbursementDate });
 */
export function priceDecisionOffers(context: ChangeContext, input: PricingInput): Result<OfferBody[]> {
  const { product, form, outputs } = input;
  if (form.amount === undefined || form.numberOfPayments === undefined) {
    return fail("application_incomplete", "the application has no amount or term to price", ["amount"]);
  }
  const rate = offerRate(product, outputs);
  if (rate === undefined) {
    return fail("invalid_rate", "the decision's ratePercent output is not a decimal", ["ratePercent"]);
  }
  const amountMinor = offerAmount(BigInt(form.amount), outputs);
  const extra = Array.isArray(outputs.offerTerms) ? outputs.offerTerms.filter((t) => Number.isInteger(t)) : [];
  const terms = [...new Set([form.numberOfPayments, ...(extra as number[])])];
  const options: OfferOption[] = terms.map((numberOfPayments) => ({
    id: context.ids.next("ofr"),
    amountMinor,
    numberOfPayments,
  }));
  return priceOptions(context, input, rate, options);
}

/** Prices options into stored offers (or a counter-offer when `counterOf` is given). */
export function priceOptions(
  context: ChangeContext,
  input: Omit<PricingInput, "outputs">,
  rate: Decimal,
  options: ReadonlyArray<OfferOption>,
  counterOf?: string,
): Result<OfferBody[]> {
  const built = buildOffers({
    product: input.product,
    ...(input.form.currency === undefined ? {} : { currency: input.form.currency }),
    ratePercent: rate,
    options,
    disbursementDate: input.disbursementDate,
    createdAt: context.now.toISOString(),
    validForDays: input.product.origination?.offerValidDays ?? DEFAULT_OFFER_VALID_DAYS,
    ...(counterOf === undefined ? {} : { counterOf }),
  });
  if (!built.ok) return built;
  return ok(built.value.map((offer) => toOfferBody(offer, input.disbursementDate, input.productVersion)));
}
