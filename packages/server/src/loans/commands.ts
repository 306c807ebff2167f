import { type LocalDate, parseLocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { dec, parseMoneyInput, parseRate } from "@lendstack/core/money";
import { maxAnnualRatePercent, maxRateDecimals } from "@lendstack/core/schedule";
import type { LoanEvent, RateChangeEvent } from "@lendstack/core/servicing";
import type { EventDraft, LoanForDraft } from "./append-event.js";
import type {
  ChargeOffRequest,
  DisbursementRequest,
  FeeChargeRequest,
  FeeWaiverRequest,
  PaymentHolidayRequest,
  PaymentRequest,
  RateChangeRequest,
  RecoveryRequest,
  RefundRequest,
  RescheduleRequest,
  ReversalRequest,
  WriteOffRequest,
} from "./schemas.js";

// Request bodies (already shape-checked by the route schemas) -> core loan events. Amounts are integers of minor
// units of the body's one `currency`, which must be the loan's; core itself rejects amounts that are not positive
// (`invalid_amount`), so a zero payment gets servicing's own code.

/** A body's amount field and the body's currency, as the wire has them. @example { amount: 86_066, currency: "USD" } */
interface WireAmount {
  readonly amount: number;
  readonly currency: string | undefined;
}

function amountOf(loaded: LoanForDraft, input: WireAmount, field: string): Result<bigint> {
  const money = parseMoneyInput({ amount: input.amount, currency: input.currency }, { allowZero: true });
  if (!money.ok) {
    const [last] = money.error.path ?? [];
    return fail(money.error.code, money.error.message, [last === "currency" ? "currency" : field], money.error.details);
  }
  if (money.value.currency !== loaded.loan.terms.currency) {
    return fail(
      "currency_mismatch",
      `${money.value.currency} is not the loan's currency ${loaded.loan.terms.currency}`,
      ["currency"],
    );
  }
  return ok(money.value.amountMinor);
}

/** The body of a change that moves an amount (payment, refund, recovery, disbursement: one shape). */
type AmountBody = PaymentRequest | RefundRequest | RecoveryRequest | DisbursementRequest;

function dateOf(text: string, field = "effectiveDate"): Result<LocalDate> {
  return parseLocalDate(text, [field]);
}

const rateOptions = { maxDecimals: maxRateDecimals, max: dec(String(maxAnnualRatePercent)) };

/** A money event of `type` (refund, recovery): amount in the loan's currency and an effective date. */
function draftAmountEvent(type: "refund" | "recovery" | "disbursement", body: AmountBody): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body, "amount");
    if (!amountMinor.ok) return amountMinor;
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({ id, type, effectiveDate: effectiveDate.value, postedAt, amountMinor: amountMinor.value });
  };
}

/** `POST …/refunds` body. @example draftRefund({ amount: 1_000, currency: "USD", effectiveDate: "2026-03-02" }) */
export function draftRefund(body: RefundRequest): EventDraft {
  return draftAmountEvent("refund", body);
}

/** `POST …/disbursements` body (a further tranche). @example draftDisbursement({ amount: 400_000, currency: "USD", effectiveDate: "2026-02-15" }) */
export function draftDisbursement(body: DisbursementRequest): EventDraft {
  return draftAmountEvent("disbursement", body);
}

/** `POST …/recoveries` body. @example draftRecovery({ amount: 50_000, currency: "USD", effectiveDate: "2026-10-01" }) */
export function draftRecovery(body: RecoveryRequest): EventDraft {
  return draftAmountEvent("recovery", body);
}

/** `POST …/payments` body. @example draftPayment({ amount: 86_066, currency: "USD", effectiveDate: "2026-02-01" }) */
export function draftPayment(body: PaymentRequest): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body, "amount");
    if (!amountMinor.ok) return amountMinor;
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    const prepayment = body.prepayment === undefined ? {} : { prepayment: body.prepayment };
    return ok({
      id,
      type: "payment",
      effectiveDate: effectiveDate.value,
      postedAt,
      amountMinor: amountMinor.value,
      ...prepayment,
    });
  };
}

/** `POST …/reversals` body: the payment to return (all of it, or `options.amountMinor` of it), optionally with an NSF fee (the product's, or `nsfFee`). @example draftReversal({ transactionId: "pmt_…", effectiveDate: "2026-02-05", nsf: true }) */
export function draftReversal(body: ReversalRequest, options: { readonly amountMinor?: bigint } = {}): EventDraft {
  return (loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    let nsfFeeMinor: bigint | undefined;
    if (body.nsfFee !== undefined) {
      const fee = amountOf(loaded, { amount: body.nsfFee, currency: body.currency }, "nsfFee");
      if (!fee.ok) return fee;
      nsfFeeMinor = fee.value;
    }
    const event: LoanEvent = {
      id,
      type: "payment-reversal",
      effectiveDate: effectiveDate.value,
      postedAt,
      transactionId: body.transactionId,
      ...(options.amountMinor === undefined ? {} : { amountMinor: options.amountMinor }),
      ...(body.nsf === undefined && nsfFeeMinor === undefined ? {} : { nsf: body.nsf ?? true }),
      ...(nsfFeeMinor === undefined ? {} : { nsfFeeMinor }),
    };
    return ok(event);
  };
}

/** `POST …/fees` body. @example draftFeeCharge({ amount: 5_000, currency: "USD", effectiveDate: "2026-01-10", feeType: "document" }) */
export function draftFeeCharge(body: FeeChargeRequest): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body, "amount");
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

/** `POST …/fee-waivers` body: `chargeId` is a fee's event id, `late-fee:<n>` or `<reversal id>:nsf`. @example draftFeeWaiver({ chargeId: "late-fee:1", amount: 2_500, currency: "USD", effectiveDate: "2026-03-01" }) */
export function draftFeeWaiver(body: FeeWaiverRequest): EventDraft {
  return (loaded, id, postedAt) => {
    const amountMinor = amountOf(loaded, body, "amount");
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
export function draftReschedule(body: RescheduleRequest): EventDraft {
  return (loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    const firstPaymentDate = dateOf(body.firstPaymentDate, "firstPaymentDate");
    if (!firstPaymentDate.ok) return firstPaymentDate;
    const rate = body.ratePercent === undefined ? undefined : parseRate(body.ratePercent, rateOptions, ["ratePercent"]);
    if (rate !== undefined && !rate.ok) return rate;
    const installment =
      body.installment === undefined
        ? undefined
        : amountOf(loaded, { amount: body.installment, currency: body.currency }, "installment");
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
      ...(body.capitalizeArrears === undefined ? {} : { capitalizeArrears: body.capitalizeArrears }),
    });
  };
}

/** `POST …/payment-holidays` body. @example draftPaymentHoliday({ effectiveDate: "2026-05-20", installments: 2, interest: "capitalize" }) */
export function draftPaymentHoliday(body: PaymentHolidayRequest): EventDraft {
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

/** `POST …/charge-offs` body. @example draftChargeOff({ effectiveDate: "2026-08-01" }) */
export function draftChargeOff(body: ChargeOffRequest): EventDraft {
  return (_loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({ id, type: "charge-off", effectiveDate: effectiveDate.value, postedAt });
  };
}

/** `POST …/write-offs` body. @example draftWriteOff({ effectiveDate: "2027-01-01" }) */
export function draftWriteOff(body: WriteOffRequest): EventDraft {
  return (_loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    return ok({ id, type: "write-off", effectiveDate: effectiveDate.value, postedAt });
  };
}

/** A rate change's `rate` on the wire: percent a year as decimal strings. */
type WireRate = RateChangeRequest["rate"];

function rateOf(rate: WireRate): Result<RateChangeEvent["rate"]> {
  const parse = (field: string, text: string) => parseRate(text, rateOptions, ["rate", field]);
  if (rate.kind === "fixed") {
    const fixed = parse("ratePercent", rate.ratePercent);
    return fixed.ok ? ok({ kind: "fixed", annualRatePercent: fixed.value }) : fixed;
  }
  const index = parse("indexRatePercent", rate.indexRatePercent);
  if (!index.ok) return index;
  const margin = parse("marginPercent", rate.marginPercent);
  if (!margin.ok) return margin;
  const floor = rate.floorPercent === undefined ? undefined : parse("floorPercent", rate.floorPercent);
  if (floor !== undefined && !floor.ok) return floor;
  const cap = rate.capPercent === undefined ? undefined : parse("capPercent", rate.capPercent);
  if (cap !== undefined && !cap.ok) return cap;
  return ok({
    kind: "indexed",
    indexRatePercent: index.value,
    marginPercent: margin.value,
    ...(floor === undefined ? {} : { floorPercent: floor.value }),
    ...(cap === undefined ? {} : { capPercent: cap.value }),
  });
}

/** `POST …/rate-changes` body. @example draftRateChange({ effectiveDate: "2026-07-01", rate: { kind: "fixed", ratePercent: "9.5" } }) */
export function draftRateChange(body: RateChangeRequest): EventDraft {
  return (_loaded, id, postedAt) => {
    const effectiveDate = dateOf(body.effectiveDate);
    if (!effectiveDate.ok) return effectiveDate;
    const rate = rateOf(body.rate);
    if (!rate.ok) return rate;
    return ok({ id, type: "rate-change", effectiveDate: effectiveDate.value, postedAt, rate: rate.value });
  };
}
