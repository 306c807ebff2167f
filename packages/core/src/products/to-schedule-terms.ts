import { type BusinessCalendar, businessCalendar, parseLocalDate } from "../calendar/index.js";
import type { Result } from "../errors/index.js";
import { dec, decimal, multiplyByRate } from "../money/index.js";
import { type ScheduleTerms, unadjustedDueDate, validateScheduleTerms } from "../schedule/index.js";
import { downPaymentMinor } from "./down-payment-schema.js";
import { checkLoanRequest, type LoanRequest } from "./loan-request.js";
import type { ProductDefinition } from "./schema.js";

/**
 * A loan request plus the dates a schedule needs. `firstPaymentDate` defaults to one regular period
 * after disbursement (by the request's frequency).
 *
 * @example const request: ScheduleRequest = { amountMinor: 20_000_000n, disbursementDate: "2026-01-15" };
 */
export interface ScheduleRequest extends LoanRequest {
  readonly disbursementDate: string;
  readonly firstPaymentDate?: string;
}

/**
 * Options of `toScheduleTerms`. `calendar` is the business-day calendar used when the product moves due
 * dates; without one, a weekends-only calendar (no holidays) is used.
 *
 * @example const options: ScheduleOptions = { calendar: businessCalendar({ name: "us", holidays: [] }) };
 */
export interface ScheduleOptions {
  readonly calendar?: BusinessCalendar;
}

const weekendsOnly = businessCalendar({ name: "weekends-only", holidays: [] });

/**
 * The origination fee on a requested amount, in minor units: the flat amount, or `percent` % of the
 * amount rounded once by the product's rounding mode and then held within the fee's min/max caps.
 * 0 when the product charges none.
 *
 * @example originationFeeMinor(personalLoan, 1_000_000n) === 50_000n // 5 % of $10,000
 */
export function originationFeeMinor(product: ProductDefinition, amountMinor: bigint): bigint {
  const fee = product.fees.origination;
  if (!fee) return 0n;
  if (fee.type === "flat") return BigInt(fee.amount);
  const percent = dec(fee.percent); // a validated product's percent always parses (else InvariantError)
  // percent / 100 as a ratio: the same digits with two more decimals.
  let amount = multiplyByRate(amountMinor, decimal(percent.units, percent.scale + 2), product.rounding.mode);
  if (fee.min !== undefined && amount < BigInt(fee.min)) amount = BigInt(fee.min);
  if (fee.max !== undefined && amount > BigInt(fee.max)) amount = BigInt(fee.max);
  return amount;
}

/**
 * Maps a validated product and a loan request to the schedule module's `ScheduleTerms`: the request is
 * checked against the product (see `checkLoanRequest` for the codes) and its defaults filled; a
 * financed origination fee is added to the principal (a deducted or prepaid one is not); rounding,
 * grace, interest method, amortization, interest calculation, day count and the business-day rule come
 * from the product. Date problems fail with `invalid_date` or `first_payment_before_disbursement`.
 *
 * @example
 * const terms = toScheduleTerms(mortgage, { amountMinor: 20_000_000n, ratePercent: "6", disbursementDate: "2026-01-01" });
 * if (terms.ok) buildSchedule(terms.value);
 */
export function toScheduleTerms(
  product: ProductDefinition,
  request: ScheduleRequest,
  options: ScheduleOptions = {},
): Result<ScheduleTerms> {
  const checked = checkLoanRequest(product, request);
  if (!checked.ok) return checked;
  const loan = checked.value;
  const disbursed = parseLocalDate(request.disbursementDate, ["disbursementDate"]);
  if (!disbursed.ok) return disbursed;
  const firstPaymentDate = request.firstPaymentDate ?? unadjustedDueDate(disbursed.value, loan.frequency, 1).date;
  const financedFee =
    product.fees.origination?.treatment === "financed" ? originationFeeMinor(product, loan.amountMinor) : 0n;
  const { grace, rounding, downPayment } = product;
  return validateScheduleTerms({
    currency: loan.currency,
    principalMinor: loan.amountMinor + financedFee,
    annualRatePercent: loan.annualRatePercent,
    disbursementDate: disbursed.value,
    firstPaymentDate,
    numberOfPayments: loan.numberOfPayments,
    frequency: loan.frequency,
    interestMethod: product.interestMethod,
    amortization: product.amortization,
    interestCalculation: product.interestCalculation,
    dayCount: product.dayCount,
    principalGracePeriods: grace.principalPeriods,
    interestGracePeriods: grace.interestPeriods,
    rounding: {
      installmentMultipleMinor: BigInt(rounding.installmentMultiple),
      mode: rounding.mode,
      interestMode: rounding.mode,
      ...(rounding.multipleAppliesTo === undefined ? {} : { multipleAppliesTo: rounding.multipleAppliesTo }),
    },
    ...(rounding.levelPaymentRates === undefined ? {} : { levelPaymentRates: rounding.levelPaymentRates }),
    ...(rounding.isLastInstallmentAdjusted === undefined
      ? {}
      : { isLastInstallmentAdjusted: rounding.isLastInstallmentAdjusted }),
    ...(downPayment === undefined
      ? {}
      : {
          downPayment: {
            amountMinor: downPaymentMinor(downPayment, loan.amountMinor, rounding.mode),
            isCollectedAtDisbursement: downPayment.isCollectedAtDisbursement,
          },
        }),
    ...(product.brokenPeriodInterest === undefined ? {} : { brokenPeriodInterest: product.brokenPeriodInterest }),
    ...(product.businessDayAdjustment === "none"
      ? {}
      : { businessDays: { calendar: options.calendar ?? weekendsOnly, convention: product.businessDayAdjustment } }),
  });
}
