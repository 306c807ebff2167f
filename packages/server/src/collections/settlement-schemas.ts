import { z } from "@hono/zod-openapi";
import { businessDate } from "../http/business-date.js";
import { idSchema } from "../http/id-schema.js";
import { amountField, amountSchema, currencyField, currencySchema } from "../http/money.js";

/** Path of `/v1/loans/{loanId}/settlements`. */
export const settlementsPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** Path of `/v1/loans/{loanId}/settlements/{settlementId}`. */
export const settlementPathSchema = settlementsPathSchema.extend({
  settlementId: idSchema("stl", { param: "settlementId" }),
});

/** Days after a plan payment's due date it may still arrive before the settlement breaks, by default. */
export const DEFAULT_SETTLEMENT_GRACE_DAYS = 10;

const planSchema = z
  .discriminatedUnion("type", [
    z
      .strictObject({
        type: z.literal("lump_sum"),
        dueDate: businessDate("The date the whole amount is due by; today or later", "2026-09-30"),
      })
      .openapi("SettlementLumpSum", { description: "The whole settlement amount by one date" }),
    z
      .strictObject({
        type: z.literal("installments"),
        installments: z
          .array(
            z.strictObject({
              dueDate: businessDate("Due date; today or later, after the one before", "2026-09-30"),
              amount: amountSchema("This payment", { example: 100_000 }),
            }),
          )
          .min(1)
          .max(120)
          .openapi({ description: "The payments, in date order, summing exactly to `amount`" }),
      })
      .openapi("SettlementInstallments", { description: "Payments by dates that sum exactly to the amount" }),
  ])
  .openapi("SettlementPlanInput");

/** Body of `POST /v1/loans/{loanId}/settlements` (and its preview). */
export const settlementInputSchema = z
  .strictObject({
    amount: amountSchema("What the borrower will pay instead of the balance; above 0 and below the balance", {
      example: 300_000,
    }),
    currency: currencySchema.optional().openapi({ description: "ISO 4217 code of the amounts; the loan's" }),
    plan: planSchema,
    expiresOn: businessDate(
      "The agreement lapses (breaks) if not paid in full by this date; not before the last payment. Default: the last payment's due date plus the grace days",
      "2026-10-10",
    ).optional(),
    graceDays: z
      .int()
      .min(0)
      .max(60)
      .optional()
      .openapi({
        description: `Days after each payment's due date it may still arrive (default ${DEFAULT_SETTLEMENT_GRACE_DAYS})`,
        example: DEFAULT_SETTLEMENT_GRACE_DAYS,
      }),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .openapi({ description: "Why it was offered", example: "Borrower can pay 60 % from a family loan" }),
    approvedBy: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ description: "Who approved it (a supervisor's name or user id)", example: "supervisor.kim" }),
  })
  .openapi("SettlementInput");

/** @example const input: SettlementInput = { amount: 300000, plan: { type: "lump_sum", dueDate: "2026-09-30" }, reason: "…", approvedBy: "…" }; */
export type SettlementInput = z.infer<typeof settlementInputSchema>;

/** Statuses of a settlement. */
export const SETTLEMENT_STATUSES = ["active", "completed", "broken"] as const;

const statusSchema = z.enum(SETTLEMENT_STATUSES).openapi("SettlementStatus", {
  description:
    "`active` until the daily close decides it: `completed` when payments and recoveries received since it was agreed reach the amount with every plan payment on time (due date plus grace): the rest of the balance is forgiven and the loan is `settled`; `broken` when a plan payment is missed past its grace or it is not paid by `expiresOn`: the loan goes on under its own terms",
});

const installmentSchema = z
  .object({
    number: z.int().openapi({ description: "1-based" }),
    dueDate: z.string(),
    amount: amountField("Due"),
  })
  .openapi("SettlementInstallment");

/** A settlement. */
export const settlementSchema = z
  .object({
    id: z.string().openapi({ example: "stl_01JGFJJZ0000000000000000AB" }),
    object: z.literal("settlement"),
    loanId: z.string(),
    status: statusSchema,
    amount: amountField("What the borrower agreed to pay"),
    currency: currencyField,
    balance: amountField(
      "The balance when it was agreed: the payoff amount without a prepayment fee, less a credit balance; for a charged-off loan, what was charged off and not recovered",
    ),
    forgiven: amountField(
      "What it forgives of that balance (balance − amount); the forgiveness posted on completion is what is then owed, interest accrued since included",
    ),
    loanStatus: z.enum(["active", "charged-off"]).openapi({ description: "The loan's status when it was agreed" }),
    planType: z.enum(["lump_sum", "installments"]),
    schedule: z.array(installmentSchema).openapi({ description: "The payments expected" }),
    graceDays: z.int(),
    expiresOn: z.string(),
    createdOn: z.string().openapi({ description: "The business date it was agreed; receipts from then count" }),
    reason: z.string(),
    approvedBy: z.string(),
    paid: amountField("Received toward it (payments and recoveries) when the close last decided it"),
    completedOn: z.string().nullable().openapi({ description: "The date of the receipt that completed it" }),
    forgivenessEventId: z
      .string()
      .nullable()
      .openapi({ description: "The loan's `settlement-forgiveness` event, once completed" }),
    brokenOn: z.string().nullable().openapi({ description: "The first day after the grace of the payment missed" }),
    missedInstallment: z.int().nullable().openapi({
      description: "The plan payment missed (its number), or null when it broke by expiring",
    }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Settlement");

/** @example const body: SettlementBody = toSettlementBody(row); */
export type SettlementBody = z.infer<typeof settlementSchema>;

/** What a settlement would do, nothing stored. */
export const settlementPreviewSchema = z
  .object({
    object: z.literal("settlement_preview"),
    loanId: z.string(),
    asOf: z.string().openapi({ description: "Today's business date" }),
    currency: currencyField,
    loanStatus: z.enum(["active", "charged-off"]),
    balance: amountField("The balance today (see `Settlement.balance`)"),
    amount: amountField("What the borrower would pay"),
    forgiven: amountField("What would be forgiven if paid today: balance − amount"),
    schedule: z.array(installmentSchema),
    graceDays: z.int(),
    expiresOn: z.string(),
  })
  .openapi("SettlementPreview");

/** @example const body: SettlementPreviewBody = { object: "settlement_preview", … }; */
export type SettlementPreviewBody = z.infer<typeof settlementPreviewSchema>;

/** Filters of `GET /v1/loans/{loanId}/settlements`. */
export const settlementFilters = {
  status: statusSchema.optional().openapi({ description: "Only settlements in this status" }),
};
