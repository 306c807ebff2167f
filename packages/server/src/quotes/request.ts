import type { z } from "@hono/zod-openapi";
import { businessCalendar, type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { dec, parseMoneyInput, parseRate } from "@lendstack/core/money";
import {
  downPaymentMinor,
  type FeeTreatment,
  type ProductDefinition,
  originationFeeMinor as productOriginationFeeMinor,
  toScheduleTerms,
} from "@lendstack/core/products";
import {
  type Frequency,
  maxAnnualRatePercent,
  maxNumberOfPayments,
  maxRateDecimals,
  type ScheduleTerms,
  unadjustedDueDate,
  validateScheduleTerms,
} from "@lendstack/core/schedule";
import type { quoteRequestSchema, quoteTermsSchema } from "./schemas.js";

// A quote request normalized: shape-checked values checked again by core's rules, turned into schedule terms
// (from a product version or inline conventions), and core's error paths pointed back at the request's fields.

/** Loan conventions given inline instead of a product (defaults applied; amounts in minor units of the request's currency). @example const terms: InlineQuoteTerms = body.terms; */
export type InlineQuoteTerms = z.infer<typeof quoteTermsSchema>;

/**
 * A quote request as the API receives it (parsed by `quoteRequestSchema`). Exactly one of `productId` and
 * `terms`. `amount` is in minor units of `currency`; `ratePercent` is percent a year; dates are `YYYY-MM-DD`.
 *
 * @example
 * const request: QuoteRequest = { productId, amount: 1_000_000, currency: "USD", disbursementDate: "2025-01-15" };
 */
export type QuoteRequest = z.infer<typeof quoteRequestSchema>;

/** Due dates of inline terms that move for weekends use a weekends-only calendar (no holiday list). */
const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/** One regular period after disbursement, as core's `toScheduleTerms` defaults it. */
function defaultFirstPayment(disbursed: LocalDate, frequency: Frequency): string {
  return unadjustedDueDate(disbursed, frequency, 1).date;
}

/**
 * Checks that hold whatever the product: money, count, rate syntax, dates. The first problem wins.
 * Returns the requested amount in minor units.
 *
 * @example
 * checkRequest({ amount: 1_000_000, currency: "USD", disbursementDate: "2025-01-15" }) // ok(1_000_000n)
 */
export function checkRequest(request: QuoteRequest): Result<bigint> {
  const money = parseMoneyInput({ amount: request.amount, currency: request.currency });
  if (!money.ok) return money;
  const n = request.numberOfPayments;
  if (n !== undefined && (n < 1 || n > maxNumberOfPayments)) {
    return fail("invalid_term", `numberOfPayments must be from 1 to ${maxNumberOfPayments}`, ["numberOfPayments"]);
  }
  if (request.ratePercent !== undefined) {
    const options = { maxDecimals: maxRateDecimals, max: dec(String(maxAnnualRatePercent)) };
    const rate = parseRate(request.ratePercent, options, ["ratePercent"]);
    if (!rate.ok) return rate;
  }
  const disbursed = parseLocalDate(request.disbursementDate, ["disbursementDate"]);
  if (!disbursed.ok) return disbursed;
  if (request.firstPaymentDate !== undefined) {
    const first = parseLocalDate(request.firstPaymentDate, ["firstPaymentDate"]);
    if (!first.ok) return first;
    if (first.value <= disbursed.value) {
      return fail("first_payment_before_disbursement", "the first payment must fall after the disbursement date", [
        "firstPaymentDate",
      ]);
    }
  }
  return ok(money.value.amountMinor);
}

/** Schedule terms and the origination fee (minor units) a quote prices. @example const { terms } = unwrap(productTerms(product, request, 1_000_000n)); */
export interface PricedTerms {
  readonly terms: ScheduleTerms;
  readonly originationFee?: { readonly amountMinor: bigint; readonly treatment: FeeTreatment };
}

/**
 * Schedule terms from a product version and the request's overrides (core's `toScheduleTerms`), with the product's
 * origination fee on `amountMinor`.
 *
 * @example
 * const priced = productTerms(definition, request, 1_000_000n);
 */
export function productTerms(
  product: ProductDefinition,
  request: QuoteRequest,
  amountMinor: bigint,
): Result<PricedTerms> {
  const terms = toScheduleTerms(product, {
    amountMinor,
    currency: request.currency,
    disbursementDate: request.disbursementDate,
    ...(request.numberOfPayments === undefined ? {} : { numberOfPayments: request.numberOfPayments }),
    ...(request.frequency === undefined ? {} : { frequency: request.frequency }),
    ...(request.ratePercent === undefined ? {} : { ratePercent: request.ratePercent }),
    ...(request.firstPaymentDate === undefined ? {} : { firstPaymentDate: request.firstPaymentDate }),
  });
  if (!terms.ok) return terms;
  const fee = product.fees.origination;
  if (fee === undefined) return ok({ terms: terms.value });
  const originationFee = { amountMinor: productOriginationFeeMinor(product, amountMinor), treatment: fee.treatment };
  return ok({ terms: terms.value, originationFee });
}

/**
 * Schedule terms from conventions given inline: `numberOfPayments` and `ratePercent` are then required, the
 * frequency defaults to monthly and the first payment to one period after disbursement; a financed origination fee
 * is added to the principal.
 *
 * @example
 * const priced = inlineTerms(request.terms, request, 1_000_000n);
 */
export function inlineTerms(inline: InlineQuoteTerms, request: QuoteRequest, amountMinor: bigint): Result<PricedTerms> {
  if (request.numberOfPayments === undefined) {
    return fail("invalid_term", "numberOfPayments is required with inline terms", ["numberOfPayments"]);
  }
  if (request.ratePercent === undefined) {
    return fail("invalid_rate", "ratePercent is required with inline terms", ["ratePercent"]);
  }
  const frequency = request.frequency ?? "monthly";
  const fee = inline.originationFee;
  const feeMinor = BigInt(fee?.amount ?? 0);
  const disbursed = parseLocalDate(request.disbursementDate);
  if (!disbursed.ok) return disbursed;
  const terms = validateScheduleTerms({
    currency: request.currency,
    principalMinor: amountMinor + (fee?.treatment === "financed" ? feeMinor : 0n),
    annualRatePercent: request.ratePercent,
    disbursementDate: request.disbursementDate,
    firstPaymentDate: request.firstPaymentDate ?? defaultFirstPayment(disbursed.value, frequency),
    numberOfPayments: request.numberOfPayments,
    frequency,
    interestMethod: inline.interestMethod,
    amortization: inline.amortization,
    interestCalculation: inline.interestCalculation,
    dayCount: inline.dayCount,
    principalGracePeriods: inline.grace.principalPeriods,
    interestGracePeriods: inline.grace.interestPeriods,
    rounding: {
      installmentMultipleMinor: inline.rounding.installmentMultiple,
      mode: inline.rounding.mode,
      interestMode: inline.rounding.mode,
      ...(inline.rounding.multipleAppliesTo === undefined
        ? {}
        : { multipleAppliesTo: inline.rounding.multipleAppliesTo }),
    },
    ...(inline.rounding.levelPaymentRates === undefined
      ? {}
      : { levelPaymentRates: inline.rounding.levelPaymentRates }),
    ...(inline.rounding.isLastInstallmentAdjusted === undefined
      ? {}
      : { isLastInstallmentAdjusted: inline.rounding.isLastInstallmentAdjusted }),
    ...(inline.downPayment === undefined
      ? {}
      : {
          downPayment: {
            amountMinor: downPaymentMinor(inline.downPayment, amountMinor, inline.rounding.mode),
            isCollectedAtDisbursement: inline.downPayment.isCollectedAtDisbursement,
          },
        }),
    ...(inline.brokenPeriodInterest === undefined ? {} : { brokenPeriodInterest: inline.brokenPeriodInterest }),
    ...(inline.balloon === undefined ? {} : { balloonMinor: inline.balloon }),
    ...(inline.feesPerInstallment === undefined ? {} : { feesPerInstallmentMinor: inline.feesPerInstallment }),
    ...(inline.businessDayAdjustment === "none"
      ? {}
      : { businessDays: { calendar: weekendsOnly, convention: inline.businessDayAdjustment } }),
  });
  if (!terms.ok) return terms;
  if (fee === undefined) return ok({ terms: terms.value });
  return ok({ terms: terms.value, originationFee: { amountMinor: feeMinor, treatment: fee.treatment } });
}
