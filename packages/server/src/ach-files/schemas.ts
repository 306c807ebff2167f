import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, currencyField } from "../http/money.js";

/** An ACH file the daily close originated (its text at `…/content`). */
export const achFileSchema = z
  .object({
    id: z.string().openapi({ example: "achf_01JGFJJZ0000000000000000AB" }),
    object: z.literal("ach_file"),
    businessDate: z.string().openapi({ description: "The business date whose close built it" }),
    effectiveEntryDate: z.string().openapi({ description: "When its debits settle: the next ACH business day" }),
    secCode: z.enum(["PPD", "WEB"]),
    entryCount: z.int(),
    totalDebit: amountField("Sum of its debits"),
    currency: currencyField,
    createdAt: z.string(),
  })
  .openapi("AchFile");

/** @example const body: AchFileBody = toAchFileBody(row); */
export type AchFileBody = z.infer<typeof achFileSchema>;

/** One debit attempt. */
export const achEntrySchema = z
  .object({
    id: z.string().openapi({ example: "ache_01JGFJJZ0000000000000000AB" }),
    object: z.literal("ach_entry"),
    loanId: z.string(),
    enrollmentId: z.string(),
    instrumentId: z.string(),
    dueDate: z.string(),
    attemptNumber: z.int().openapi({ description: "1 for the first presentment, 2 and 3 for re-presentments" }),
    representmentOf: z.string().nullable(),
    amount: amountField("The debit"),
    currency: currencyField,
    status: z.enum(["scheduled", "initiated", "returned", "blocked"]),
    statusReason: z.string().nullable(),
    fileId: z.string().nullable(),
    traceNumber: z.string().nullable(),
    paymentId: z.string().nullable().openapi({ description: "The loan's payment posted when the debit was sent" }),
    initiatedOn: z.string().nullable(),
    returnCode: z.string().nullable(),
    returnedOn: z.string().nullable(),
  })
  .openapi("AchEntry");

/** @example const body: AchEntryBody = toAchEntryBody(row); */
export type AchEntryBody = z.infer<typeof achEntrySchema>;

/** Path of one file. */
export const achFilePathSchema = z.object({ fileId: idSchema("achf", { param: "fileId" }) });
