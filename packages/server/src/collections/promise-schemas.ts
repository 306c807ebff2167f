import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { amountField, amountSchema, currencyField, currencySchema } from "../http/money.js";
import { CHANNELS } from "./contact-schemas.js";

/** Path of `/v1/loans/{loanId}/promises`. */
export const loanPromisesPathSchema = z.object({ loanId: idSchema("loan", { param: "loanId" }) });

/** Body of `POST /v1/loans/{loanId}/promises`. */
export const recordPromiseSchema = z
  .strictObject({
    amount: amountSchema("What the borrower promised to pay", { min: 1, example: 25_000 }),
    currency: currencySchema.optional(),
    dueDate: z.iso
      .date()
      .max(10)
      .openapi({ description: "The business date they promised to pay by", example: "2026-12-10" }),
    channel: z.enum(CHANNELS).openapi({ description: "How the promise was made" }),
  })
  .openapi("PromiseInput");

/** @example const input: RecordPromiseInput = { amount: 25000, dueDate: "2026-12-10", channel: "phone" }; */
export type RecordPromiseInput = z.infer<typeof recordPromiseSchema>;

const statusSchema = z.enum(["pending", "kept", "broken"]).openapi("PromiseStatus", {
  description:
    "`pending` until the daily close after its due date decides it: `kept` when payments received from the promise date through the due date cover it (applied to promises in due-date order), else `broken`",
});

/** A promise to pay. */
export const promiseSchema = z
  .object({
    id: z.string().openapi({ example: "ptp_01JGFJJZ0000000000000000AB" }),
    object: z.literal("promise"),
    loanId: z.string(),
    amount: amountField("Promised"),
    currency: currencyField,
    dueDate: z.string(),
    promisedOn: z.string().openapi({ description: "The business date it was recorded" }),
    channel: z.enum(CHANNELS),
    status: statusSchema,
    paid: amountField("Applied to it when the close decided it").nullable(),
    keptOn: z.string().nullable().openapi({ description: "The date of the payment that completed it" }),
    resolvedOn: z.string().nullable().openapi({ description: "The business date of the close that decided it" }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Promise");

/** @example const body: PromiseBody = toPromiseBody(row); */
export type PromiseBody = z.infer<typeof promiseSchema>;

/** Filters of `GET /v1/loans/{loanId}/promises`. */
export const promiseFilters = {
  status: statusSchema.optional().openapi({ description: "Only promises in this status" }),
};
