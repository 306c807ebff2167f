import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, currencyField } from "../http/money.js";
import { delinquencySchema } from "./schemas.js";

/** A notice to the borrower: the event the daily close recorded when it found the cause. */
export const noticeSchema = z
  .object({
    id: z.string().openapi({ description: "The notice's event id", example: "evt_01JGFJJZ0000000000000000AB" }),
    object: z.literal("notice"),
    loanId: z.string(),
    kind: z.enum(["late-payment", "delinquency"]).openapi({
      description:
        "`late-payment`: a late fee was charged; `delinquency`: a mortgage became more than 45 days delinquent (12 CFR 1026.41(d)(8))",
    }),
    noticeDate: z.string().openapi({ format: "date", example: "2025-03-17" }),
    currency: currencyField,
    installmentNumber: z.int().nullable(),
    dueDate: z
      .string()
      .nullable()
      .openapi({ description: "The late installment's due date, or since when delinquent" }),
    lateFee: amountField("The late fee charged (0 for a delinquency notice)"),
    pastDue: amountField("Principal and interest fallen due and unpaid"),
    feesDue: amountField("Fees and penalties due"),
    amountToBringCurrent: amountField("Past due plus fees due, less unapplied funds"),
    daysPastDue: z.int(),
    delinquency: delinquencySchema.nullable(),
    createdAt: z.string(),
  })
  .openapi("Notice");

/** @example const body: NoticeBody = toNoticeBody(row); */
export type NoticeBody = z.infer<typeof noticeSchema>;

/** What the event's `data` holds: the notice without its id, object and creation time. */
export type NoticeData = Omit<NoticeBody, "id" | "object" | "createdAt">;

/** Path of `/v1/loans/{loanId}/notices/{noticeId}`. */
export const noticePathSchema = z.object({
  loanId: idSchema("loan", { param: "loanId" }),
  noticeId: idSchema("evt", { param: "noticeId" }),
});
