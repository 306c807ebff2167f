import { z } from "@hono/zod-openapi";
import { applicationCommandTypes, applicationStates, offerStatuses } from "@lendstack/core/origination";
import { frequencySchema } from "@lendstack/core/products";
import { amountField, currencyField } from "../http/money.js";
import { createApplicationSchema } from "./request-schemas.js";

const instant = (description: string) => z.string().openapi({ description: `${description}; UTC ISO 8601 instant` });

/** The application's lifecycle state (registered as `ApplicationState`). */
export const applicationStateSchema = z.enum(applicationStates).openapi("ApplicationState", {
  description:
    "draft → submitted → in_review → approved | declined | referred → offered → accepted → closing → funded; withdrawn and expired from the states that allow them",
});

const stateVisitSchema = z
  .object({
    state: applicationStateSchema,
    enteredAt: instant("When it entered the state"),
    by: z.string().openapi({ description: "Token subject that moved it there" }),
  })
  .openapi("ApplicationStateVisit");

/** The form as stored: every field the create body has except the assignee. */
export const storedFormSchema = createApplicationSchema.omit({ assignee: true });

const scheduleRowSchema = z
  .object({
    number: z.int(),
    dueDate: z.string().openapi({ description: "YYYY-MM-DD" }),
    principal: amountField("Principal"),
    interest: amountField("Interest"),
    fees: amountField("Installment fees"),
    total: amountField("Principal + interest + fees"),
    balance: amountField("Principal owed after it"),
  })
  .openapi("OfferScheduleRow");

/** A priced offer, as stored on the application and returned. */
export const offerSchema = z
  .object({
    object: z.literal("offer"),
    id: z.string().openapi({ example: "ofr_01JGFJJZ0000000000000000AB" }),
    status: z
      .enum(offerStatuses)
      .openapi({ description: "open; accepted; void (another was accepted or it was countered); expired" }),
    currency: currencyField,
    amount: amountField("The amount offered"),
    numberOfPayments: z.int(),
    frequency: frequencySchema,
    ratePercent: z.string().openapi({ description: "Nominal annual rate, percent a year", example: "8.99" }),
    originationFee: amountField("Origination fee"),
    principal: amountField("Principal of the loan: the amount plus a financed fee"),
    regularPayment: amountField("Level installment; null when installments vary").nullable(),
    amountFinanced: amountField("Amount financed, 12 CFR 1026.18(b)"),
    financeCharge: amountField("Finance charge, 12 CFR 1026.18(d)"),
    totalOfPayments: amountField("Total of payments, 12 CFR 1026.18(h)"),
    aprPercent: z.string().openapi({ description: "APR as disclosed (Appendix J, 3 decimals)", example: "9.504" }),
    disbursementDate: z.string().openapi({ description: "The disbursement date it was priced for; YYYY-MM-DD" }),
    schedule: z.array(scheduleRowSchema),
    createdAt: instant("When it was made"),
    expiresAt: instant("When it lapses"),
    counterOf: z.string().nullable().openapi({ description: "The offer this one counters" }),
    productVersion: z.int().nullable().openapi({
      description:
        "The product version the offer was priced under: funding boards the loan on it, so the loan keeps the disclosed terms when the product changes later. Null for offers priced before versions were recorded (those fund on the current version).",
    }),
  })
  .openapi("Offer");

/** An application as the API returns it. */
export const applicationSchema = storedFormSchema
  .extend({
    object: z.literal("application"),
    id: z.string().openapi({ example: "app_01JGFJJZ0000000000000000AB" }),
    state: applicationStateSchema,
    allowedCommands: z.array(z.enum(applicationCommandTypes)).openapi({
      description: "What the state accepts now (other commands are 409 `illegal_transition`)",
    }),
    assignee: z.string().nullable(),
    decisionId: z.string().nullable().openapi({ description: "The credit decision, once decided" }),
    approvals: z.array(z.object({ sub: z.string(), at: instant("When") })).openapi({
      description: "Underwriters' approvals of a referral (four-eyes above the product's authority limit)",
    }),
    acceptedOfferId: z.string().nullable(),
    fundingDate: z.string().nullable().openapi({ description: "Planned funding date, set when closing starts" }),
    loanId: z.string().nullable().openapi({ description: "The loan it was funded into" }),
    stateHistory: z.array(stateVisitSchema).openapi({ description: "Every state it has been in, oldest first" }),
    version: z.int().openapi({ description: "Bumped by every change" }),
    createdBy: z.string(),
    createdAt: instant("Created"),
    updatedAt: instant("Last changed"),
  })
  .openapi("Application");

/** `GET /v1/applications/{applicationId}/offers`. */
export const offerListSchema = z
  .object({ data: z.array(offerSchema) })
  .openapi("OfferList", { description: "Every offer made on the application, oldest first" });

/** A disbursement instruction. */
export const disbursementSchema = z
  .object({
    object: z.literal("disbursement"),
    id: z.string().openapi({ example: "dsi_01JGFJJZ0000000000000000AB" }),
    applicationId: z.string(),
    loanId: z.string(),
    currency: currencyField,
    amount: amountField("Paid out"),
    method: z.enum(["ach", "wire", "check", "merchant_settlement"]),
    payeeName: z.string(),
    payeeReference: z.string().nullable(),
    status: z.enum(["pending", "sent", "settled", "failed"]),
    failureReason: z.string().nullable(),
    createdAt: instant("Created"),
    updatedAt: instant("Last changed"),
  })
  .openapi("Disbursement");

/** The answer of `POST /v1/applications/{applicationId}/fund`. */
export const fundingSchema = z
  .object({ application: applicationSchema, loanId: z.string(), disbursement: disbursementSchema })
  .openapi("Funding");

export type ApplicationBody = z.infer<typeof applicationSchema>;
export type OfferBody = z.infer<typeof offerSchema>;
export type DisbursementBody = z.infer<typeof disbursementSchema>;
export type StoredForm = z.infer<typeof storedFormSchema>;
