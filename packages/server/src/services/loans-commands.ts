import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { dec, parseMoneyInput, parseRate } from "@lendstack/core/money";
import { maxAnnualRatePercent, maxRateDecimals } from "@lendstack/core/schedule";
import type { LoanEvent, PaymentHolidayEvent } from "@lendstack/core/servicing";
import type { EventDraft } from "./loans-changes.js";
import type { LoadedLoan } from "./loans-load.js";

// Request bodies (already shape-checked by the route schemas) -> core loan events. Amounts are integer minor
// units beside an ISO 4217 code that must be the loan's; core itself rejects amounts that are not positive
// (`invalid_amount`), so a negative payment gets servicing's own code.

/** Money on the wire. @example const amount: WireMoney = { amount: 86_066, currency: "USD" }; */
export interface WireMoney {
  readonly amount: number;
  readonly currency: string;
}

function amountOf(loaded: LoadedLoan, input: WireMoney, path: ReadonlyArray<string>): Result<bigint> {
  const money = parseMoneyInput(input, { allowNegative: true, allowZero: true }, path);
  if (!money.ok) return money;
  if (money.value.currency !== loaded.loan.terms.currency) {
    return fail(
      "currency_mismatch",
      `${money.value.currency} is not the loan's currency ${loaded.loan.terms.currency}`,
      [...path, "currency"],
    );
  }
  return ok(money.value.amountMinor);
}

function dateOf(text: string, field = "effectiveDate"): Result<LocalDate> {
  return parseLocalDate(text, [field]);
}

/** `POST …/payments` body. @example draftPayment({ amount: { amount: 86_066, currency: "USD" }, effectiveDate: "2026-02-01" }) */
export function draftPayment(body: { amount: WireMoney; effectiveDate: string }): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body.amount, ["amount"]);
    if (!amountMinor.ok) return amountMinor;
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({ id, type: "payment", effectiveDate: effectiveDate.value, postedAt, amountMinor: amountMinor.value });
  };
}

/** `POST …/reversals` body: the payment to return, optionally with an NSF fee (the product's, or `nsfFee`). @example draftReversal({ transactionId: "pmt_…", effectiveDate: "2026-02-05", nsf: true }) */
export function draftReversal(body: {
  transactionId: string;
  effectiveDate: string;
  nsf?: boolean | undefined;
  nsfFee?: WireMoney | undefined;
}): EventDraft {
  return (loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    let nsfFeeMinor: bigint | undefined;
    if (body.nsfFee !== undefined) {
      const fee = amountOf(loaded, body.nsfFee, ["nsfFee"]);
      if (!fee.ok) return fee;
      nsfFeeMinor = fee.value;
    }
    const event: LoanEvent = {
      id,
      type: "payment-reversal",
      effectiveDate: effectiveDate.value,
      postedAt,
      transactionId: body.transactionId,
      ...(body.nsf === undefined && nsfFeeMinor === undefined ? {} : { nsf: body.nsf ?? true }),
      ...(nsfFeeMinor === undefined ? {} : { nsfFeeMinor }),
    };
    return ok(event);
  };
}

/** `POST …/fees` body. @example draftFeeCharge({ amount: { amount: 5_000, currency: "USD" }, effectiveDate: "2026-01-10", feeType: "document" }) */
export function draftFeeCharge(body: {
  amount: WireMoney;
  effectiveDate: string;
  feeType?: string | undefined;
}): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body.amount, ["amount"]);
    if (!amountMinor.ok) return amountMinor;
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({
      id,
      type: "fee-charge",
      effectiveDate: effectiveDate.value,
      postedAt,
      amountMinor: amountMinor.value,
      ...(body.feeType === undefined ? {} : { feeType: body.feeType }),
    });
  };
}

/** `POST …/fee-waivers` body: `chargeId` is a fee's event id, `late-fee:<n>` or `<reversal id>:nsf`. @example draftFeeWaiver({ chargeId: "late-fee:1", amount: { amount: 2_500, currency: "USD" }, effectiveDate: "2026-03-01" }) */
export function draftFeeWaiver(body: { chargeId: string; amount: WireMoney; effectiveDate: string }): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body.amount, ["amount"]);
    if (!amountMinor.ok) return amountMinor;
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({
      id,
      type: "fee-waiver",
      effectiveDate: effectiveDate.value,
      postedAt,
      chargeId: body.chargeId,
      amountMinor: amountMinor.value,
    });
  };
}

/** `POST …/reschedules` body. @example draftReschedule({ effectiveDate: "2026-06-10", firstPaymentDate: "2026-07-01", numberOfPayments: 48 }) */
export function draftReschedule(body: {
  effectiveDate: string;
  firstPaymentDate: string;
  numberOfPayments: number;
  ratePercent?: string | undefined;
  installment?: WireMoney | undefined;
}): EventDraft {
  return (loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    const firstPaymentDate = dateOf(body.firstPaymentDate, "firstPaymentDate");
    if (!firstPaymentDate.ok) return firstPaymentDate;
    const rateOptions = { maxDecimals: maxRateDecimals, max: dec(String(maxAnnualRatePercent)) };
    const rate = body.ratePercent === undefined ? undefined : parseRate(body.ratePercent, rateOptions, ["ratePercent"]);
    if (rate !== undefined && !rate.ok) return rate;
    const installment =
      body.installment === undefined ? undefined : amountOf(loaded, body.installment, ["installment"]);
    if (installment !== undefined && !installment.ok) return installment;
    return ok({
      id,
      type: "reschedule",
      effectiveDate: effectiveDate.value,
      postedAt,
      firstPaymentDate: firstPaymentDate.value,
      numberOfPayments: body.numberOfPayments,
      ...(rate === undefined ? {} : { annualRatePercent: rate.value }),
      ...(installment === undefined ? {} : { installmentMinor: installment.value }),
    });
  };
}

/** `POST …/payment-holidays` body. @example draftPaymentHoliday({ effectiveDate: "2026-05-20", installments: 2, interest: "capitalise" }) */
export function draftPaymentHoliday(body: {
  effectiveDate: string;
  installments: number;
  interest: PaymentHolidayEvent["interest"];
}): EventDraft {
  return (_loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({
      id,
      type: "payment-holiday",
      effectiveDate: effectiveDate.value,
      postedAt,
      installments: body.installments,
      interest: body.interest,
    });
  };
}

/** `POST …/charge-off` body. @example draftChargeOff({ effectiveDate: "2026-08-01" }) */
export function draftChargeOff(body: { effectiveDate: string }): EventDraft {
  return (_loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({ id, type: "charge-off", effectiveDate: effectiveDate.value, postedAt });
  };
}
