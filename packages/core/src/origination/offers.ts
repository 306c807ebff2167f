import type { BusinessCalendar } from "../calendar/index.js";
import type { Result } from "../errors/index.js";
import { type Decimal, formatDecimal } from "../money/index.js";
import { disclose } from "../pricing/index.js";
import { originationFeeMinor, type ProductDefinition, toScheduleTerms } from "../products/index.js";
import { buildSchedule, type Frequency, regularPaymentMinor, type Schedule } from "../schedule/index.js";
import { formatInstant, type Instant, msPerDay, parseInstant } from "./instant.js";

/** @example offerStatuses.includes("void") */
export const offerStatuses = ["open", "accepted", "void", "expired"] as const;
/** @example const status: OfferStatus = "open"; */
export type OfferStatus = (typeof offerStatuses)[number];

/**
 * A priced offer: the terms and their Truth in Lending figures, all amounts in minor units of
 * `currency`, rates as decimal strings in percent a year.
 *
 * @example offer.disclosedAprPercent // "9.504"
 */
export interface Offer {
  readonly id: string;
  readonly status: OfferStatus;
  readonly currency: string;
  /** The amount offered (what the borrower asked for, or less), minor units. */
  readonly amountMinor: bigint;
  readonly numberOfPayments: number;
  readonly frequency: Frequency;
  readonly annualRatePercent: string;
  readonly originationFeeMinor: bigint;
  /** Principal of the loan: the amount plus a financed fee. */
  readonly principalMinor: bigint;
  readonly schedule: Schedule;
  /** The level installment of equal-installment products; absent otherwise. */
  readonly regularPaymentMinor?: bigint;
  readonly amountFinancedMinor: bigint;
  readonly financeChargeMinor: bigint;
  readonly totalOfPaymentsMinor: bigint;
  /** Appendix J APR as disclosed (3 decimals, half-up). */
  readonly disclosedAprPercent: string;
  readonly createdAt: Instant;
  readonly expiresAt: Instant;
  /** The offer this one counters (a counter-offer). */
  readonly counterOf?: string;
}

/** One offer to build. @example const option: OfferOption = { id: "ofr_1", amountMinor: 2_000_000n, numberOfPayments: 60 }; */
export interface OfferOption {
  readonly id: string;
  readonly amountMinor: bigint;
  readonly numberOfPayments: number;
  /** Overrides the input's rate for this option (e.g. a shorter term priced lower). */
  readonly ratePercent?: Decimal;
}

/**
 * What `buildOffers` needs: the product, the rate (usually from `lookupRate`), the options, the
 * dates (disbursement and first payment as `YYYY-MM-DD`) and the offer's validity.
 *
 * @example const input: BuildOffersInput = { product, ratePercent: dec("8.99"), options, disbursementDate: "2026-03-16", createdAt: "2026-03-02T14:05:00Z", validForDays: 30 };
 */
export interface BuildOffersInput {
  readonly product: ProductDefinition;
  readonly currency?: string;
  readonly ratePercent: Decimal;
  readonly options: ReadonlyArray<OfferOption>;
  readonly disbursementDate: string;
  readonly firstPaymentDate?: string;
  readonly createdAt: Instant;
  /** The offer expires this many whole days (× 24 h) after `createdAt`. */
  readonly validForDays: number;
  readonly calendar?: BusinessCalendar;
  readonly counterOf?: string;
}

function priceOption(
  input: BuildOffersInput,
  option: OfferOption,
  index: number,
  dates: { createdAt: Instant; expiresAt: Instant },
): Result<Offer> {
  const rate = option.ratePercent ?? input.ratePercent;
  const request = {
    amountMinor: option.amountMinor,
    numberOfPayments: option.numberOfPayments,
    ratePercent: formatDecimal(rate),
    disbursementDate: input.disbursementDate,
    ...(input.currency === undefined ? {} : { currency: input.currency }),
    ...(input.firstPaymentDate === undefined ? {} : { firstPaymentDate: input.firstPaymentDate }),
  };
  const at = (result: { ok: false; error: { code: string; message: string; path?: ReadonlyArray<string | number> } }) =>
    ({ ok: false, error: { ...result.error, path: ["options", index, ...(result.error.path ?? [])] } }) as const;
  const terms = toScheduleTerms(
    input.product,
    request,
    input.calendar === undefined ? {} : { calendar: input.calendar },
  );
  if (!terms.ok) return at(terms);
  const schedule = buildSchedule(terms.value);
  if (!schedule.ok) return at(schedule);
  const feeMinor = originationFeeMinor(input.product, option.amountMinor);
  // Amount financed (§ 1026.18(b)): principal less the prepaid finance charge, as quotes compute it.
  const disclosure = disclose({
    consummationDate: terms.value.disbursementDate,
    amountFinancedMinor: terms.value.principalMinor - feeMinor,
    prepaidFinanceChargesMinor: feeMinor,
    schedule: schedule.value,
  });
  if (!disclosure.ok) return at(disclosure);
  const level = terms.value.amortization === "equal-installments";
  const installmentFee = terms.value.feesPerInstallmentMinor ?? 0n;
  return {
    ok: true,
    value: {
      id: option.id,
      status: "open",
      currency: terms.value.currency,
      amountMinor: option.amountMinor,
      numberOfPayments: terms.value.numberOfPayments,
      frequency: terms.value.frequency,
      annualRatePercent: formatDecimal(terms.value.annualRatePercent),
      originationFeeMinor: feeMinor,
      principalMinor: terms.value.principalMinor,
      schedule: schedule.value,
      ...(level ? { regularPaymentMinor: regularPaymentMinor(terms.value) + installmentFee } : {}),
      amountFinancedMinor: disclosure.value.amountFinancedMinor,
      financeChargeMinor: disclosure.value.financeChargeMinor,
      totalOfPaymentsMinor: disclosure.value.totalOfPaymentsMinor,
      disclosedAprPercent: disclosure.value.disclosedAprPercent,
      ...dates,
      ...(input.counterOf === undefined ? {} : { counterOf: input.counterOf }),
    },
  };
}

/**
 * Builds priced offers with the product's schedule and disclosure machinery (the same path as a
 * quote): for each option the schedule, Appendix J APR, finance charge, amount financed and total
 * of payments, all `open`, expiring `validForDays` × 24 h after `createdAt`. The request must fit
 * the product (`checkLoanRequest`'s codes: `amount_out_of_range`, `rate_out_of_range`,
 * `term_out_of_range`…), reported at `["options", i, …]`. Also `invalid_instant`,
 * `invalid_validity` and `no_options`.
 *
 * @example
 * const offers = buildOffers({ product: autoLoan, ratePercent: grid.ratePercent, options: [{ id: "ofr_1", amountMinor: 2_000_000n, numberOfPayments: 60 }], disbursementDate: "2026-03-16", createdAt: "2026-03-02T14:05:00Z", validForDays: 30 });
 */
export function buildOffers(input: BuildOffersInput): Result<ReadonlyArray<Offer>> {
  const created = parseInstant(input.createdAt, ["createdAt"]);
  if (!created.ok) return created;
  if (!Number.isInteger(input.validForDays) || input.validForDays < 1 || input.validForDays > 366) {
    return { ok: false, error: { code: "invalid_validity", message: "validForDays is 1-366", path: ["validForDays"] } };
  }
  if (input.options.length === 0)
    return { ok: false, error: { code: "no_options", message: "give at least one option", path: ["options"] } };
  const dates = {
    createdAt: formatInstant(created.value),
    expiresAt: formatInstant(created.value + input.validForDays * msPerDay),
  };
  const offers: Offer[] = [];
  for (const [i, option] of input.options.entries()) {
    const offer = priceOption(input, option, i, dates);
    if (!offer.ok) return offer;
    offers.push(offer.value);
  }
  return { ok: true, value: offers };
}
