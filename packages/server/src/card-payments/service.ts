import { fail, ok, type Result } from "@lendstack/core/errors";
import { type PaymentProcessor, sandboxPaymentProcessor } from "../adapters/payment-processor/index.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { CardPaymentRow, LoanRow, PaymentInstrumentRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { toJsonInteger } from "../http/safe-integer.js";
import { appendLoanEvent, previewLoanEvent, todayOf } from "../loans/append-event.js";
import { draftPayment, draftReversal } from "../loans/commands.js";
import { loanNotFound } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import { findInstrument } from "../payment-instruments/store.js";
import type { CardPaymentCreate, CardRefundCreate } from "./schemas.js";
import { findCardPayment, insertCardPayment, updateCardPayment } from "./store.js";

/** What card payments need: the database and the payment processor (the sandbox unless configured). */
export interface CardPaymentsDeps {
  readonly db: Db;
  readonly processor: PaymentProcessor;
}

/** @example cardPaymentsDeps(deps) */
export function cardPaymentsDeps(deps: {
  readonly db: Db;
  readonly paymentProcessor?: PaymentProcessor | undefined;
}): CardPaymentsDeps {
  return { db: deps.db, processor: deps.paymentProcessor ?? sandboxPaymentProcessor };
}

const PAYMENT = { prefix: "pmt", action: "loan.payment_posted" } as const;
const REVERSAL = { prefix: "rev", action: "loan.payment_reversed" } as const;

/** The instrument, if it is an active, verified card of the loan's borrower. */
async function checkCard(db: Db, loan: LoanRow, instrumentId: string): Promise<Result<PaymentInstrumentRow>> {
  const instrument = await findInstrument(db, loan.tenantId, instrumentId);
  const path = ["instrumentId"];
  if (instrument === undefined) {
    return fail("payment_instrument_not_found", `No payment instrument ${instrumentId} in this tenant.`, path);
  }
  if (instrument.status !== "active") return fail("payment_instrument_disabled", `${instrumentId} is disabled.`, path);
  if (instrument.type !== "card" || instrument.processorToken === null) {
    return fail("payment_instrument_not_card", `${instrumentId} is a bank account; a card payment needs a card.`, path);
  }
  if (instrument.verificationStatus !== "verified") {
    return fail("payment_instrument_unverified", `${instrumentId} is ${instrument.verificationStatus}.`, path);
  }
  const borrower = loan.borrowerReference;
  if (borrower?.startsWith("pty_") === true && borrower !== instrument.partyId) {
    return fail("payment_instrument_not_borrowers", `${instrumentId} is not the borrower ${borrower}'s.`, path);
  }
  return ok(instrument);
}

type Charged = Pick<
  CardPaymentRow,
  "loanId" | "instrumentId" | "amountMinor" | "currency" | "processorChargeId" | "paymentId" | "businessDate"
> & { readonly declineCode?: string };

/**
 * Stores a card payment, `succeeded` (with the processor's charge id and the loan's payment) or `declined`
 * (with its decline code, no payment), and audits it (`card_payment.succeeded` or `card_payment.declined`).
 */
async function recordCardPayment(db: Db, context: ChangeContext, charged: Charged): Promise<CardPaymentRow> {
  const { declineCode, ...columns } = charged;
  const row = await insertCardPayment(db, {
    ...columns,
    tenantId: context.tenantId,
    id: context.ids.next("cpy"),
    status: declineCode === undefined ? "succeeded" : "declined",
    declineCode: declineCode ?? null,
    refundedMinor: 0n,
    processorRefundId: null,
    reversalId: null,
    refundedAt: null,
    requestId: context.requestId,
    createdBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  });
  const details = { cardPaymentId: row.id, paymentId: row.paymentId, processorChargeId: row.processorChargeId };
  await writeAudit(db, context, {
    action: declineCode === undefined ? "card_payment.succeeded" : "card_payment.declined",
    resourceType: "loan",
    resourceId: charged.loanId,
    details:
      declineCode === undefined
        ? details
        : {
            ...details,
            instrumentId: row.instrumentId,
            amount: toJsonInteger(row.amountMinor, "card_payment"),
            declineCode,
          },
  });
  return row;
}

/**
 * Charges a card and posts the payment: under the loan's row lock, the card is checked (an active, verified
 * card of the borrower), the payment is validated against the loan as `POST …/payments` would post it (so
 * nothing is charged that could not be posted), the processor charges the token (its idempotency key derived
 * from the request's, so a retried request is the same charge), and the payment is posted through the same
 * path as every payment (`appendLoanEvent`), effective today's business date, with the card payment
 * recording the processor's charge id. A declined charge posts nothing: it is kept as a `declined` card
 * payment with its decline code, audited (`card_payment.declined`), and fails with `card_declined` (details:
 * `declineCode`, `chargeId`, `cardPaymentId`).
 *
 * @example
 * const paid = await chargeCardPayment(deps, context, "loan_…", { instrumentId, amount: 25_000, currency: "USD" }, key);
 */
export async function chargeCardPayment(
  deps: CardPaymentsDeps,
  context: ChangeContext,
  loanId: string,
  input: CardPaymentCreate,
  idempotencyKey: string,
): Promise<Result<CardPaymentRow>> {
  const loan = await loansStore(deps.db, context.tenantId).find(loanId, { forUpdate: true });
  if (loan === undefined) return loanNotFound(loanId);
  const card = await checkCard(deps.db, loan, input.instrumentId);
  if (!card.ok) return card;
  const today = todayOf(context);
  const draft = draftPayment({ amount: input.amount, currency: input.currency, effectiveDate: today });
  const preview = await previewLoanEvent(deps.db, context, loanId, draft, PAYMENT);
  if (!preview.ok) return preview;
  const amountMinor = BigInt(input.amount);
  const charge = await deps.processor.chargeCard({
    processorToken: card.value.processorToken ?? "",
    amountMinor,
    currency: loan.currency,
    idempotencyKey: `card_payment:${context.tenantId}:${loanId}:${idempotencyKey}`,
  });
  const charged = {
    loanId,
    instrumentId: input.instrumentId,
    amountMinor,
    currency: loan.currency,
    businessDate: today,
  };
  if (charge.status === "declined") {
    const { declineCode, chargeId } = charge;
    const declined = await recordCardPayment(deps.db, context, {
      ...charged,
      processorChargeId: chargeId,
      paymentId: null,
      declineCode,
    });
    return fail("card_declined", `The card was declined (${declineCode}); nothing was posted.`, [], {
      declineCode,
      chargeId,
      cardPaymentId: declined.id,
    });
  }
  const posted = await appendLoanEvent(deps.db, context, loanId, draft, PAYMENT);
  if (!posted.ok) {
    // Cannot happen under the loan's lock (the preview validated this very payment); if it does, give it back.
    await deps.processor.refundCharge({
      chargeId: charge.chargeId,
      amountMinor,
      currency: loan.currency,
      idempotencyKey,
    });
    return posted;
  }
  const row = await recordCardPayment(deps.db, context, {
    ...charged,
    processorChargeId: charge.chargeId,
    paymentId: posted.value.event.id,
  });
  return ok(row);
}

/** What is left to refund of a card payment, and whether `input` may be refunded of it. */
function checkRefund(payment: CardPaymentRow, input: CardRefundCreate): Result<bigint> {
  const id = payment.id;
  if (payment.paymentId === null) {
    return fail("card_payment_declined", `${id} was declined: nothing was charged, nothing to refund.`);
  }
  const refundableMinor = payment.amountMinor - payment.refundedMinor;
  if (refundableMinor <= 0n) return fail("card_payment_refunded", `${id} is already refunded.`);
  const amountMinor = input.amount === undefined ? refundableMinor : BigInt(input.amount);
  if (amountMinor > refundableMinor) {
    return fail(
      "refund_exceeds_refundable",
      `Only ${refundableMinor} minor units of ${id} are left to refund (${payment.refundedMinor} of ${payment.amountMinor} refunded).`,
      ["amount"],
      { refundable: toJsonInteger(refundableMinor, "card_payment") },
    );
  }
  return ok(amountMinor);
}

/**
 * Refunds a card payment, in full or in part (`input.amount`): its loan payment is reversed by that much (a
 * `payment-reversal` event carrying the amount, no NSF fee, effective today: the loan replays as if the
 * payment had been that much smaller), then the processor refunds it. Partial refunds add up to at most the
 * amount charged (`refund_exceeds_refundable`); a payment refunded in full, or a declined one, is refused
 * before anything is refunded.
 *
 * @example
 * const refunded = await refundCardPayment(deps, context, "loan_…", "cpy_…", { amount: 10_000 }, key);
 */
export async function refundCardPayment(
  deps: CardPaymentsDeps,
  context: ChangeContext,
  ids: { readonly loanId: string; readonly cardPaymentId: string },
  input: CardRefundCreate,
  idempotencyKey: string,
): Promise<Result<CardPaymentRow>> {
  const { loanId, cardPaymentId } = ids;
  if ((await loansStore(deps.db, context.tenantId).find(loanId, { forUpdate: true })) === undefined) {
    return loanNotFound(loanId);
  }
  const payment = await findCardPayment(deps.db, context.tenantId, loanId, cardPaymentId, { forUpdate: true });
  if (payment === undefined) return fail("card_payment_not_found", `No card payment ${cardPaymentId} on ${loanId}.`);
  const checked = checkRefund(payment, input);
  if (!checked.ok) return checked;
  const amountMinor = checked.value;
  const draft = draftReversal(
    { transactionId: payment.paymentId ?? "", effectiveDate: todayOf(context) },
    { amountMinor },
  );
  const reversed = await appendLoanEvent(deps.db, context, loanId, draft, REVERSAL);
  if (!reversed.ok) return reversed;
  const refund = await deps.processor.refundCharge({
    chargeId: payment.processorChargeId,
    amountMinor,
    currency: payment.currency,
    idempotencyKey: `card_refund:${context.tenantId}:${cardPaymentId}:${idempotencyKey}`,
  });
  const refundedMinor = payment.refundedMinor + amountMinor;
  const row = await updateCardPayment(deps.db, context.tenantId, payment.id, {
    status: refundedMinor === payment.amountMinor ? "refunded" : "partially_refunded",
    refundedMinor,
    processorRefundId: refund.refundId,
    reversalId: reversed.value.event.id,
    refundedAt: context.now,
    updatedAt: context.now,
  });
  await writeAudit(deps.db, context, {
    action: "card_payment.refunded",
    resourceType: "loan",
    resourceId: loanId,
    details: {
      cardPaymentId,
      amount: toJsonInteger(amountMinor, "card_payment"),
      refunded: toJsonInteger(refundedMinor, "card_payment"),
      reversalId: row.reversalId,
      processorRefundId: row.processorRefundId,
    },
  });
  return ok(row);
}
