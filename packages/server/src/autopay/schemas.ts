import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, amountSchema, currencyField, currencySchema } from "../http/money.js";

// Autopay on the wire: one enrollment per loan (PUT replaces it under a new authorization), read and cancelled
// at /v1/loans/{loanId}/autopay.

const authorizationSchema = z
  .strictObject({
    textVersion: z.string().min(1).max(64).openapi({
      description: "Which version of the authorization text the borrower agreed to",
      example: "ach-autopay-2026-01",
    }),
    authorizedAt: z.iso.datetime({ offset: true }).max(40).openapi({
      description: "When the borrower agreed (ISO 8601)",
      example: "2026-12-03T15:04:05Z",
    }),
    ipAddress: z.union([z.ipv4().max(15), z.ipv6().max(45)]).openapi({
      description: "The borrower's IP address when they agreed (IPv4 or IPv6)",
      example: "203.0.113.7",
    }),
  })
  .openapi("AutopayAuthorization", {
    description: "The borrower's authorization of recurring debits (Regulation E 12 CFR 1005.10(b); NACHA)",
  });

/** Body of `PUT /v1/loans/{loanId}/autopay`. */
export const enrollAutopaySchema = z
  .strictObject({
    instrumentId: idSchema("pmi"),
    amountKind: z.enum(["installment_due", "fixed", "full_balance"]).openapi({
      description: "What each debit is: the installment then due, `amount` every time, or the payoff amount",
    }),
    amount: amountSchema("For `fixed`: the amount of each debit").optional(),
    currency: currencySchema.optional(),
    daysBeforeDue: z
      .int()
      .min(0)
      .max(10)
      .openapi({ description: "Debit this many days before each due date (0: on it)", example: 3 }),
    authorization: authorizationSchema,
  })
  .openapi("AutopayEnrollment");

/** @example const input: AutopayEnrollmentInput = { instrumentId, amountKind: "installment_due", daysBeforeDue: 3, authorization }; */
export type AutopayEnrollmentInput = z.infer<typeof enrollAutopaySchema>;

/** Path of `/v1/loans/{loanId}/autopay`. */
export const autopayPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** A loan's autopay enrollment. */
export const autopaySchema = z
  .object({
    id: z.string().openapi({ example: "apy_01JGFJJZ0000000000000000AB" }),
    object: z.literal("autopay"),
    loanId: z.string(),
    instrumentId: z.string(),
    amountKind: z.enum(["installment_due", "fixed", "full_balance"]),
    amount: amountField("For `fixed`: the amount of each debit").nullable(),
    currency: currencyField,
    daysBeforeDue: z.int(),
    status: z.enum(["active", "suspended", "cancelled"]).openapi({
      description:
        "`suspended`: attempts stopped (two consecutive insufficient-funds failures under 12 CFR 1041.8, or the instrument was disabled); enroll again with a new authorization",
    }),
    statusReason: z.string().nullable(),
    authorization: authorizationSchema,
    cancelledAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Autopay");

/** @example const body: AutopayBody = toAutopayBody(row); */
export type AutopayBody = z.infer<typeof autopaySchema>;
