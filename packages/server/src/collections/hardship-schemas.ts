import { z } from "@hono/zod-openapi";
import { businessDate } from "../http/business-date.js";
import { idSchema } from "../http/id-schema.js";
import { amountSchema, count, currencySchema } from "../http/money.js";
import { installmentSchema } from "../loans/response-schemas.js";

/** Path of `/v1/loans/{loanId}/hardship-plans`. */
export const hardshipPlansPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** What a hardship plan changes: the schedule (`payment_plan`) or the next installments' dates (`deferral`). */
export const HARDSHIP_PLAN_TYPES = ["payment_plan", "deferral"] as const;

const approval = {
  reason: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .openapi({ description: "Why the borrower needs it", example: "Job loss, reduced income for 3 months" }),
  approvedBy: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .openapi({ description: "Who approved it (a supervisor's name or user id)", example: "supervisor.kim" }),
};

const paymentPlanTerms = {
  effectiveDate: businessDate("Date the new schedule applies from; may be in the future", "2026-06-10"),
  firstPaymentDate: businessDate("First due date of the new schedule", "2026-07-01"),
  numberOfPayments: count("Installments of the new schedule", 48),
  ratePercent: z.string().max(64).optional().openapi({ description: "New annual rate, percent; default unchanged" }),
  installment: amountSchema("A fixed installment instead of a re-amortized one", { example: 25_000 }).optional(),
  currency: currencySchema.optional().openapi({ description: "ISO 4217 code of `installment`; required with it" }),
  capitalizeArrears: z.boolean().optional().openapi({
    description: "Everything due and unpaid joins the principal the new schedule amortizes, so the loan is current",
  }),
};

const deferralTerms = {
  effectiveDate: businessDate("Date of the deferral; the next installments due from then are skipped", "2026-05-20"),
  installments: count("How many installments to defer (added at the end)", 2),
  interest: z
    .enum(["capitalize", "defer"])
    .openapi({ description: "capitalize: added to principal; defer: collected with the last installment" }),
};

/** Body of `POST /v1/loans/{loanId}/hardship-plans` (and its preview). */
export const hardshipPlanInputSchema = z
  .discriminatedUnion("type", [
    z
      .strictObject({ type: z.literal("payment_plan"), ...approval, ...paymentPlanTerms })
      .openapi("HardshipPaymentPlanInput", {
        description: "A new schedule for what is owed (the loan's reschedule): a new term and installment",
      }),
    z.strictObject({ type: z.literal("deferral"), ...approval, ...deferralTerms }).openapi("HardshipDeferralInput", {
      description: "The next installments deferred to the end (the loan's payment holiday)",
    }),
  ])
  .superRefine((body, context) => {
    if (body.type !== "payment_plan") return;
    if (body.installment !== undefined && body.currency === undefined) {
      context.addIssue({ code: "custom", path: ["currency"], message: "currency is required with installment" });
    }
    if (body.firstPaymentDate <= body.effectiveDate) {
      context.addIssue({ code: "custom", path: ["firstPaymentDate"], message: "must be after effectiveDate" });
    }
    if (body.numberOfPayments < 1) {
      context.addIssue({ code: "custom", path: ["numberOfPayments"], message: "must be at least 1" });
    }
  })
  .openapi("HardshipPlanInput");

/** @example const input: HardshipPlanInput = { type: "deferral", reason: "…", approvedBy: "…", effectiveDate: "2026-05-20", installments: 2, interest: "defer" }; */
export type HardshipPlanInput = z.infer<typeof hardshipPlanInputSchema>;

const storedTerms = z.union([
  z.object(paymentPlanTerms).openapi("HardshipPaymentPlanTerms"),
  z.object(deferralTerms).openapi("HardshipDeferralTerms"),
]);

/** A hardship plan. */
export const hardshipPlanSchema = z
  .object({
    id: z.string().openapi({ example: "hsp_01JGFJJZ0000000000000000AB" }),
    object: z.literal("hardship_plan"),
    loanId: z.string(),
    type: z.enum(HARDSHIP_PLAN_TYPES).openapi({
      description: "payment_plan: a reschedule (new term and installment); deferral: a payment holiday",
    }),
    reason: z.string(),
    approvedBy: z.string(),
    terms: storedTerms.openapi({ description: "The terms as granted" }),
    eventId: z.string().openapi({ description: "The loan's reschedule or payment-holiday event" }),
    taskId: z.string().nullable().openapi({
      description:
        "The collector's task it completed (outcome `hardship_plan`) when the loan was in a collections queue, whose account is then on hold",
    }),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("HardshipPlan");

/** The plan just granted, with the loan's schedule after it. */
export const hardshipPlanCreatedSchema = hardshipPlanSchema
  .extend({ schedule: z.array(installmentSchema).openapi({ description: "The loan's schedule after the plan" }) })
  .openapi("HardshipPlanCreated");

/** @example const body: HardshipPlanBody = toHardshipPlanBody(row); */
export type HardshipPlanBody = z.infer<typeof hardshipPlanSchema>;

/** Filters of `GET /v1/loans/{loanId}/hardship-plans`. */
export const hardshipPlanFilters = {
  type: z.enum(HARDSHIP_PLAN_TYPES).optional().openapi({ description: "Only plans of this type" }),
};
