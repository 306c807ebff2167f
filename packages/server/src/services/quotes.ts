import { businessCalendar, type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import { dec, parseMoneyInput, parseRate, type RoundingMode } from "@lendstack/core/money";
import {
  type AprcResult,
  checkMilitaryApr,
  computeAprc,
  type Disclosure,
  disclose,
  type MilitaryAprCheck,
  type OddFirstPeriodMode,
} from "@lendstack/core/pricing";
import {
  type BusinessDayConvention,
  type DayCountConvention,
  type FeeTreatment,
  type ProductDefinition,
  productDefinitionSchema,
  originationFeeMinor as productOriginationFeeMinor,
  toScheduleTerms,
} from "@lendstack/core/products";
import {
  type Amortization,
  buildSchedule,
  type Frequency,
  type InterestCalculation,
  type InterestMethod,
  maxAnnualRatePercent,
  maxNumberOfPayments,
  maxRateDecimals,
  regularPaymentMinor,
  type Schedule,
  type ScheduleTerms,
  unadjustedDueDate,
  validateScheduleTerms,
} from "@lendstack/core/schedule";
import type { Executor } from "../db/database.js";
import { productsRepository } from "../db/repositories/products-repository.js";

/** Loan conventions given inline instead of a product (amounts in minor units of the request's currency). */
export interface InlineQuoteTerms {
  readonly interestMethod: InterestMethod;
  readonly amortization: Amortization;
  readonly interestCalculation: InterestCalculation;
  readonly dayCount: DayCountConvention;
  readonly rounding: { readonly installmentMultipleMinor: number; readonly mode: RoundingMode };
  readonly grace: { readonly principalPeriods: number; readonly interestPeriods: number };
  readonly businessDayAdjustment: BusinessDayConvention;
  readonly balloonMinor?: number | undefined;
  readonly feesPerInstallmentMinor?: number | undefined;
  readonly originationFee?: { readonly amountMinor: number; readonly treatment: FeeTreatment } | undefined;
}

/**
 * A quote request as the API receives it (already shape-checked). Exactly one of `productId` and `terms`.
 * `amount.amount` is in minor units; `ratePercent` is percent a year; dates are `YYYY-MM-DD`.
 */
export interface QuoteRequest {
  readonly productId?: string | undefined;
  readonly productVersion?: number | undefined;
  readonly terms?: InlineQuoteTerms | undefined;
  readonly amount: { readonly amount: number; readonly currency: string };
  readonly numberOfPayments?: number | undefined;
  readonly frequency?: Frequency | undefined;
  readonly ratePercent?: string | undefined;
  readonly disbursementDate: string;
  readonly firstPaymentDate?: string | undefined;
  /** `disregard`: treat an odd first period as regular within 12 CFR 1026.17(c)(4); default `exact`. */
  readonly oddFirstPeriod?: OddFirstPeriodMode | undefined;
  /** Optional figures to add: `aprc` (the EU APRC, Directive 2008/48/EC Annex I). */
  readonly include?: ReadonlyArray<"aprc"> | undefined;
  /** Charges the MLA's MAPR adds to the finance charge (32 CFR 232.4(c)), minor units; default 0. */
  readonly militaryAdditionalChargesMinor?: number | undefined;
}

/** Everything a quote returns, as core values (minor units as bigint). Nothing of it is stored. */
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
}

/** Core's input names -> where the value sits in a `QuoteRequest`. */
const REQUEST_PATHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  amountMinor: ["amount", "amount"],
  principalMinor: ["amount", "amount"],
  currency: ["amount", "currency"],
  annualRatePercent: ["ratePercent"],
  balloonMinor: ["terms", "balloonMinor"],
  feesPerInstallmentMinor: ["terms", "feesPerInstallmentMinor"],
  rounding: ["terms", "rounding"],
  principalGracePeriods: ["terms", "grace", "principalPeriods"],
  interestGracePeriods: ["terms", "grace", "interestPeriods"],
  amortization: ["terms", "amortization"],
  additionalChargesMinor: ["militaryAdditionalChargesMinor"],
};

type Path = ReadonlyArray<string | number>;

/** Due dates of inline terms that move for weekends use a weekends-only calendar (no holiday list). */
const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/** One regular period after disbursement, as core's `toScheduleTerms` defaults it. */
function defaultFirstPayment(disbursed: LocalDate, frequency: Frequency): string {
  return unadjustedDueDate(disbursed, frequency, 1).date;
}

function toRequestPath(path: Path | undefined): Path | undefined {
  if (path === undefined || path.length === 0) return path;
  const [head, ...rest] = path;
  const mapped = REQUEST_PATHS[String(head)];
  return mapped === undefined ? path : [...mapped, ...rest];
}

/** Re-points a core error (and each of its `details.issues`) at the request's field names. */
function inRequestTerms(error: DomainError): { readonly ok: false; readonly error: DomainError } {
  const path = toRequestPath(error.path);
  const issues = error.details?.issues;
  const details = Array.isArray(issues)
    ? { ...error.details, issues: issues.map((issue: DomainError) => ({ ...issue, path: toRequestPath(issue.path) })) }
    : error.details;
  return fail(error.code, error.message, path, details);
}

/** Checks that hold whatever the product: money, count, rate syntax, dates. The first problem wins. */
function checkRequest(request: QuoteRequest): Result<bigint> {
  const money = parseMoneyInput(request.amount, {}, ["amount"]);
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

/** The product version to quote with: the tenant's, current unless `version` is given, not archived. */
async function loadProduct(
  executor: Executor,
  tenantId: string,
  productId: string,
  version: number | undefined,
): Promise<Result<{ definition: ProductDefinition; version: number }>> {
  const repository = productsRepository(executor, tenantId);
  const product = await repository.find(productId);
  if (product === undefined) return fail("product_not_found", `No product ${productId} in this tenant.`, ["productId"]);
  if (product.status === "archived") {
    return fail("product_archived", `Product ${productId} is archived and offers no new loans.`, ["productId"]);
  }
  const wanted = version ?? product.currentVersion;
  const row = await repository.findVersion(productId, wanted);
  if (row === undefined) {
    return fail("product_version_not_found", `Product ${productId} has no version ${wanted}.`, ["productVersion"]);
  }
  const parsed = productDefinitionSchema.safeParse(row.definition);
  if (!parsed.success) {
    return fail("invalid_product", `Product ${productId} version ${wanted} no longer matches the product schema.`);
  }
  return ok({ definition: parsed.data, version: wanted });
}

interface PricedTerms {
  readonly terms: ScheduleTerms;
  readonly originationFee?: { readonly amountMinor: bigint; readonly treatment: FeeTreatment };
}

function productTerms(product: ProductDefinition, request: QuoteRequest, amountMinor: bigint): Result<PricedTerms> {
  const terms = toScheduleTerms(product, {
    amountMinor,
    currency: request.amount.currency,
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

function inlineTerms(inline: InlineQuoteTerms, request: QuoteRequest, amountMinor: bigint): Result<PricedTerms> {
  if (request.numberOfPayments === undefined) {
    return fail("invalid_term", "numberOfPayments is required with inline terms", ["numberOfPayments"]);
  }
  if (request.ratePercent === undefined) {
    return fail("invalid_rate", "ratePercent is required with inline terms", ["ratePercent"]);
  }
  const frequency = request.frequency ?? "monthly";
  const fee = inline.originationFee;
  const feeMinor = BigInt(fee?.amountMinor ?? 0);
  const disbursed = parseLocalDate(request.disbursementDate);
  if (!disbursed.ok) return disbursed;
  const terms = validateScheduleTerms({
    currency: request.amount.currency,
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
    rounding: { ...inline.rounding, interestMode: inline.rounding.mode },
    ...(inline.balloonMinor === undefined ? {} : { balloonMinor: inline.balloonMinor }),
    ...(inline.feesPerInstallmentMinor === undefined
      ? {}
      : { feesPerInstallmentMinor: inline.feesPerInstallmentMinor }),
    ...(inline.businessDayAdjustment === "none"
      ? {}
      : { businessDays: { calendar: weekendsOnly, convention: inline.businessDayAdjustment } }),
  });
  if (!terms.ok) return terms;
  if (fee === undefined) return ok({ terms: terms.value });
  return ok({ terms: terms.value, originationFee: { amountMinor: feeMinor, treatment: fee.treatment } });
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
  const amountFinancedMinor = terms.principalMinor - feeMinor;
  if (amountFinancedMinor <= 0n) {
    const path = request.terms === undefined ? ["amount", "amount"] : ["terms", "originationFee", "amountMinor"];
    return fail("invalid_amount", "the origination fee leaves no amount financed", path);
  }
  const oddFirstPeriod = request.oddFirstPeriod === undefined ? {} : { oddFirstPeriod: request.oddFirstPeriod };
  const disclosure = disclose({
    consummationDate: terms.disbursementDate,
    amountFinancedMinor,
    prepaidFinanceChargesMinor: feeMinor,
    schedule: schedule.value,
    ...oddFirstPeriod,
  });
  if (!disclosure.ok) return disclosure;
  const payments = schedule.value.rows.map((row) => ({ amountMinor: row.totalMinor, date: row.dueDate }));
  const militaryApr = checkMilitaryApr({
    consummationDate: terms.disbursementDate,
    amountFinancedMinor,
    additionalChargesMinor: BigInt(request.militaryAdditionalChargesMinor ?? 0),
    payments,
    ...oddFirstPeriod,
  });
  if (!militaryApr.ok) return militaryApr;
  const base = { schedule: schedule.value, disclosure: disclosure.value, militaryApr: militaryApr.value };
  if (!request.include?.includes("aprc")) return ok(base);
  const drawdowns = [{ amountMinor: amountFinancedMinor, date: terms.disbursementDate }];
  const aprc = computeAprc({ drawdowns, payments });
  return aprc.ok ? ok({ ...base, aprc: aprc.value }) : aprc;
}

/**
 * Quotes a loan without storing anything: checks the request (core's codes: `zero_amount`, `negative_amount`,
 * `unknown_currency`, `invalid_term`, `invalid_rate`, `invalid_date`, `first_payment_before_disbursement`, then the
 * product's `amount_out_of_range`, `rate_out_of_range`, `term_out_of_range`, `currency_not_allowed`,
 * `frequency_not_allowed`), builds the schedule and the Regulation Z disclosure (APR by Appendix J; an odd first
 * period `disregard`ed only within § 1026.17(c)(4), else `odd_first_period_out_of_tolerance`), the MLA MAPR check
 * and, when `include` has `aprc`, the EU APRC. Error paths
 * point into the request (`["amount", "amount"]`, `["ratePercent"]`, …). The product is read tenant-scoped:
 * another tenant's product is `product_not_found`.
 *
 * @example
 * const quote = await quoteLoan(db, "demo", {
 *   productId: "prd_…", amount: { amount: 1_000_000, currency: "USD" }, numberOfPayments: 36,
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
    const loaded = await loadProduct(executor, tenantId, request.productId, request.productVersion);
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
  });
}
