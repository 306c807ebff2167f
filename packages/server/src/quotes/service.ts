import { fail, ok, type Result } from "@lendstack/core/errors";
import {
  type AprcResult,
  aprcTimeUnitFor,
  checkMilitaryApr,
  computeAprc,
  type Disclosure,
  disclose,
  type MilitaryAprCheck,
} from "@lendstack/core/pricing";
import type { FeeTreatment } from "@lendstack/core/products";
import { buildSchedule, regularPaymentMinor, type Schedule, type ScheduleTerms } from "@lendstack/core/schedule";
import type { Executor } from "../db/database.js";
import { inRequestTerms } from "../http/request-paths.js";
import { loadOfferedProduct } from "../products/offered-product.js";
import { checkDisclosed, type QuoteAccuracy } from "./accuracy.js";
import { checkRequest, inlineTerms, type PricedTerms, productTerms, type QuoteRequest } from "./request.js";

export type { InlineQuoteTerms, QuoteRequest } from "./request.js";

/**
 * Everything a quote returns, as core values (minor units as bigint). Nothing of it is stored.
 *
 * @example
 * const quote: Quote = unwrap(await quoteLoan(db, "demo", request));
 */
export interface Quote {
  readonly product?: { readonly id: string; readonly version: number };
  readonly requestedAmountMinor: bigint;
  readonly terms: ScheduleTerms;
  readonly originationFee?: { readonly amountMinor: bigint; readonly treatment: FeeTreatment };
  readonly schedule: Schedule;
  /** The level installment (principal + interest + installment fee) of equal installments; undefined otherwise. */
  readonly regularPaymentMinor?: bigint;
  readonly disclosure: Disclosure;
  /** The Military Lending Act MAPR against its 36 % cap, with the request's additional charges. */
  readonly militaryApr: MilitaryAprCheck;
  /** The EU APRC, when `include` asks for it. */
  readonly aprc?: AprcResult;
  /** Whether the request's `disclosed` APR and finance charge are accurate, when it gives them. */
  readonly accuracy?: QuoteAccuracy;
}

interface Priced {
  readonly schedule: Schedule;
  readonly disclosure: Disclosure;
  readonly militaryApr: MilitaryAprCheck;
  readonly aprc?: AprcResult;
}

/**
 * Amount financed (§ 1026.18(b)): the principal less the prepaid finance charge. A financed origination fee was
 * added to the principal, a deducted or prepaid one was not, so in every case it is principal − fee. The MAPR and the
 * APRC discount the same scheduled payments against the amount financed (less the MLA's extra charges for the MAPR).
 */
function price(priced: PricedTerms, request: QuoteRequest): Result<Priced> {
  const { terms, originationFee } = priced;
  const schedule = buildSchedule(terms);
  if (!schedule.ok) return schedule;
  const feeMinor = originationFee?.amountMinor ?? 0n;
  // A down payment collected at once is never credit: not financed, and not a scheduled payment of the credit.
  const collected = terms.downPayment?.isCollectedAtDisbursement === true ? terms.downPayment.amountMinor : 0n;
  const amountFinancedMinor = terms.principalMinor - feeMinor - collected;
  const rows = collected === 0n ? schedule.value.rows : schedule.value.rows.slice(1);
  const payments = rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate }));
  if (amountFinancedMinor <= 0n) {
    const path = request.terms === undefined ? ["amount"] : ["terms", "originationFee", "amount"];
    return fail("invalid_amount", "the origination fee leaves no amount financed", path);
  }
  const oddFirstPeriod = request.oddFirstPeriod === undefined ? {} : { oddFirstPeriod: request.oddFirstPeriod };
  const disclosure = disclose({
    consummationDate: terms.disbursementDate,
    amountFinancedMinor,
    prepaidFinanceChargesMinor: feeMinor,
    payments,
    ...oddFirstPeriod,
  });
  if (!disclosure.ok) return disclosure;
  const militaryApr = checkMilitaryApr({
    consummationDate: terms.disbursementDate,
    amountFinancedMinor,
    additionalChargesMinor: BigInt(request.militaryAdditionalCharges ?? 0),
    payments,
    ...oddFirstPeriod,
  });
  if (!militaryApr.ok) return militaryApr;
  const base = { schedule: schedule.value, disclosure: disclosure.value, militaryApr: militaryApr.value };
  if (!request.include?.includes("aprc")) return ok(base);
  const drawdowns = [{ amountMinor: amountFinancedMinor, date: terms.disbursementDate }];
  const unit = request.aprcTimeUnit ?? "months";
  const timeUnit = unit === "by-schedule" ? aprcTimeUnitFor(terms.frequency) : unit;
  const aprc = computeAprc({ drawdowns, payments, timeUnit });
  return aprc.ok ? ok({ ...base, aprc: aprc.value }) : aprc;
}

/**
 * Quotes a loan without storing anything: checks the request (core's codes: `zero_amount`, `negative_amount`,
 * `unknown_currency`, `invalid_term`, `invalid_rate`, `invalid_date`, `first_payment_before_disbursement`, then the
 * product's `amount_out_of_range`, `rate_out_of_range`, `term_out_of_range`, `currency_not_allowed`,
 * `frequency_not_allowed`), builds the schedule and the Regulation Z disclosure (APR by Appendix J; an odd first
 * period `disregard`ed only within § 1026.17(c)(4), else `odd_first_period_out_of_tolerance`), the MLA MAPR check
 * and, when `include` has `aprc`, the EU APRC; with `disclosed`, whether those figures are accurate (§ 1026.22(a),
 * § 1026.18(d)). Error paths
 * point into the request (`["amount"]`, `["ratePercent"]`, …). The product is read tenant-scoped:
 * another tenant's product is `product_not_found`.
 *
 * @example
 * const quote = await quoteLoan(db, "demo", {
 *   productId: "prd_…", amount: 1_000_000, currency: "USD", numberOfPayments: 36,
 *   ratePercent: "7.99", disbursementDate: "2025-01-15",
 * });
 */
export async function quoteLoan(executor: Executor, tenantId: string, request: QuoteRequest): Promise<Result<Quote>> {
  const checked = checkRequest(request);
  if (!checked.ok) return checked;
  const amountMinor = checked.value;
  let product: Quote["product"];
  let priced: Result<PricedTerms>;
  if (request.productId !== undefined) {
    const loaded = await loadOfferedProduct(executor, tenantId, request.productId, request.productVersion);
    if (!loaded.ok) return loaded;
    product = { id: request.productId, version: loaded.value.version };
    priced = productTerms(loaded.value.definition, request, amountMinor);
  } else if (request.terms !== undefined) {
    priced = inlineTerms(request.terms, request, amountMinor);
  } else {
    return fail("invalid_term", "give a productId or inline terms", ["productId"]);
  }
  if (!priced.ok) return inRequestTerms(priced.error);
  const result = price(priced.value, request);
  if (!result.ok) return inRequestTerms(result.error);
  const accuracy = checkDisclosed(request, result.value.schedule, result.value.disclosure);
  if (!accuracy.ok) return accuracy;
  const { terms, originationFee } = priced.value;
  const installmentFeeMinor = terms.feesPerInstallmentMinor ?? 0n;
  return ok({
    ...(product === undefined ? {} : { product }),
    requestedAmountMinor: amountMinor,
    terms,
    ...(originationFee === undefined ? {} : { originationFee }),
    schedule: result.value.schedule,
    ...(terms.amortization === "equal-installments"
      ? { regularPaymentMinor: regularPaymentMinor(terms) + installmentFeeMinor }
      : {}),
    disclosure: result.value.disclosure,
    militaryApr: result.value.militaryApr,
    ...(result.value.aprc === undefined ? {} : { aprc: result.value.aprc }),
    ...(accuracy.value === undefined ? {} : { accuracy: accuracy.value }),
  });
}
