import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, amountSchema, currencyField, currencySchema } from "../http/money.js";

// One-off card payments on a loan, charged through the payment processor by the card's token.

/** Body of `POST /v1/loans/{loanId}/card-payments`. */
export const createCardPaymentSchema = z
  .strictObject({
    instrumentId: idSchema("pmi").openapi({
      description: "A verified, active card (`type: card`) of the borrower",
      example: "pmi_01JGFJJZ0000000000000000AB",
    }),
    amount: amountSchema("Amount to charge and post as a payment"),
    currency: currencySchema,
  })
  .openapi("CardPaymentCreate");

/** @example const input: CardPaymentCreate = { instrumentId: "pmi_…", amount: 25_000, currency: "USD" }; */
export type CardPaymentCreate = z.infer<typeof createCardPaymentSchema>;

/** Body of `POST …/card-payments/{cardPaymentId}/refunds` (optional: no body refunds all that is left). */
export const cardRefundSchema = z
  .strictObject({
    amount: amountSchema("Amount to refund, in the card payment's currency; absent: all that is left to refund", {
      min: 1,
    }).optional(),
  })
  .openapi("CardRefundCreate");

/** @example const input: CardRefundCreate = { amount: 10_000 }; */
export type CardRefundCreate = z.infer<typeof cardRefundSchema>;

/** Path of `/v1/loans/{loanId}/card-payments`. */
export const loanCardPaymentsPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** Path of one card payment. */
export const cardPaymentPathSchema = z.object({
  loanId: idSchema("loan", { param: "loanId" }),
  cardPaymentId: idSchema("cpy", { param: "cardPaymentId" }),
});

/** A card payment. */
export const cardPaymentSchema = z
  .object({
    id: z.string().openapi({ example: "cpy_01JGFJJZ0000000000000000AB" }),
    object: z.literal("card_payment"),
    loanId: z.string(),
    instrumentId: z.string(),
    amount: amountField("Amount charged and posted"),
    currency: currencyField,
    status: z.enum(["succeeded", "declined", "partially_refunded", "refunded"]).openapi({
      description:
        "`succeeded`: charged and posted; `declined`: the processor declined the charge, nothing was posted; `partially_refunded`: part of it refunded (`refunded`), its payment reversed by as much; `refunded`: refunded in full through the processor and its payment reversed",
    }),
    declineCode: z.string().nullable().openapi({
      description: "Declined: the processor's decline code (`generic_decline`, `insufficient_funds`, …)",
      example: null,
    }),
    processorChargeId: z.string().openapi({
      description: "The processor's charge id: the payment's reference",
      example: "ch_sandbox_3f9a1c0d2e4b5a6978c1d2e3",
    }),
    paymentId: z
      .string()
      .nullable()
      .openapi({ description: "The loan's payment event (`pmt_…`) the charge posted; null when declined" }),
    businessDate: z.string().openapi({ description: "Business date of the charge, the payment's effective date" }),
    refunded: amountField("Amount refunded so far (partial refunds add up; at most `amount`)"),
    processorRefundId: z.string().nullable().openapi({ description: "The latest refund's processor id" }),
    reversalId: z
      .string()
      .nullable()
      .openapi({ description: "The loan's reversal event (`rev_…`) of the latest refund" }),
    refundedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("CardPayment");

/** @example const body: CardPaymentBody = toCardPaymentBody(row); */
export type CardPaymentBody = z.infer<typeof cardPaymentSchema>;
