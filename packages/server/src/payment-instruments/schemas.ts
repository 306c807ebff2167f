import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";

// Payment instruments on the wire. Account numbers are masked (`****6789`) unless the token has `pii:read`
// and the operation reveals them (get and list). Cards are known only by the processor's token.

const holderName = z.string().min(1).max(200).openapi({ description: "Name on the account", example: "Ada Lovelace" });

/** Body of `POST …/payment-instruments` for a bank account. */
export const bankAccountCreateSchema = z
  .strictObject({
    type: z.literal("bank_account"),
    routingNumber: z.string().max(9).openapi({
      description: "Nine-digit ABA routing number; its check digit is verified (422 `routing_number_checksum`)",
      example: "021000021",
    }),
    accountNumber: z
      .string()
      .regex(/^\d{4,17}$/, "expected 4 to 17 digits")
      .max(17)
      .openapi({ description: "4 to 17 digits; stored encrypted, shown masked", example: "000123456789" }),
    accountType: z.enum(["checking", "savings"]),
    holderName,
  })
  .openapi("BankAccountCreate");

/** Body of `POST …/payment-instruments` for a card: the processor's token only, never a card number. */
export const cardCreateSchema = z
  .strictObject({
    type: z.literal("card"),
    processorToken: z.string().min(6).max(128).openapi({
      description:
        "The processor's token for the card (letters, digits, `_ - : .`). A card number (13 to 19 digits) is refused with 422 `card_number_refused`: no card number may reach Lendstack",
      example: "tok_sandbox_visa",
    }),
    holderName: holderName.optional(),
  })
  .openapi("CardCreate");

/** Body of `POST /v1/parties/{partyId}/payment-instruments`. */
export const createPaymentInstrumentSchema = z
  .discriminatedUnion("type", [bankAccountCreateSchema, cardCreateSchema])
  .openapi("PaymentInstrumentCreate");

/** @example const input: PaymentInstrumentCreate = { type: "card", processorToken: "tok_sandbox_visa" }; */
export type PaymentInstrumentCreate = z.infer<typeof createPaymentInstrumentSchema>;

/** Path of `/v1/parties/{partyId}/payment-instruments`. */
export const partyInstrumentsPathSchema = z.object({ partyId: idSchema("pty", { param: "partyId" }) });

/** Path of one instrument. */
export const instrumentPathSchema = z.object({
  partyId: idSchema("pty", { param: "partyId" }),
  instrumentId: idSchema("pmi", { param: "instrumentId" }),
});

/** The micro-deposits of a bank account in (or past) `micro_deposits_pending`. */
export const microDepositsSchema = z
  .object({
    sentOn: z
      .string()
      .openapi({ description: "Business date the processor sent the two deposits", example: "2025-01-02" }),
    expiresOn: z.string().openapi({
      description:
        "Last business date they can be confirmed on (10 days after `sentOn`); after it, 409 `micro_deposits_expired`",
      example: "2025-01-12",
    }),
    attemptsRemaining: z
      .int()
      .openapi({ description: "Wrong confirmations left before the instrument is `failed` (3 at first)" }),
    sandboxAmounts: z
      .array(z.int())
      .nullable()
      .openapi({
        description:
          "Sandbox processor only: the two amounts sent (minor units), so a tester can confirm them. Always null with a live processor",
        example: [32, 45],
      }),
  })
  .openapi("MicroDeposits");

/** Body of `POST …/payment-instruments/{instrumentId}/verify`. */
export const verifyPaymentInstrumentSchema = z
  .strictObject({
    amounts: z
      .array(z.int().min(1).max(99))
      .min(2)
      .max(2)
      .openapi({
        description:
          "The two micro-deposits as the account's statement shows them, in minor units (cents), in either order",
        example: [32, 45],
      }),
  })
  .openapi("PaymentInstrumentVerification");

/** @example const input: PaymentInstrumentVerify = { amounts: [32, 45] }; */
export type PaymentInstrumentVerify = z.infer<typeof verifyPaymentInstrumentSchema>;

/** A payment instrument. */
export const paymentInstrumentSchema = z
  .object({
    id: z.string().openapi({ example: "pmi_01JGFJJZ0000000000000000AB" }),
    object: z.literal("payment_instrument"),
    partyId: z.string(),
    type: z.enum(["bank_account", "card"]),
    status: z.enum(["active", "disabled"]),
    verificationStatus: z.enum(["unverified", "micro_deposits_pending", "verified", "failed"]).openapi({
      description: "What the processor says: `verified` instruments can be debited by autopay",
    }),
    holderName: z.string().nullable(),
    routingNumber: z.string().nullable(),
    accountNumber: z
      .string()
      .nullable()
      .openapi({ description: "Masked (`****6789`) unless `piiRevealed`", example: "****6789" }),
    accountType: z.enum(["checking", "savings"]).nullable(),
    cardBrand: z.string().nullable(),
    cardLastFour: z.string().nullable(),
    piiRevealed: z.boolean().openapi({ description: "Whether `accountNumber` is shown in full (`pii:read`)" }),
    microDeposits: microDepositsSchema.nullable().openapi({
      description: "The micro-deposits sent to a bank account to verify it; null when none were sent",
    }),
    disabledReason: z.string().nullable(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("PaymentInstrument");

/** @example const body: PaymentInstrumentBody = toInstrumentBody(row, undefined); */
export type PaymentInstrumentBody = z.infer<typeof paymentInstrumentSchema>;
