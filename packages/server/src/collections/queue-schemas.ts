import { z } from "@hono/zod-openapi";
import { amountField, currencyField } from "../http/money.js";
import { COLLECTION_QUEUES } from "./queue-rules.js";

const queueSchema = z.enum(COLLECTION_QUEUES).openapi("CollectionQueue", {
  description:
    "By days past due as of the last daily close, by the tenant's `collectionQueues` thresholds (default `early_stage` 1-29, `late_stage` 30-89, `pre_charge_off` 90 and over, not charged off), `recovery` charged off",
});

/** Path of `/v1/collections/queues/{queue}/accounts`. */
export const queuePathSchema = z.object({
  queue: queueSchema.openapi({ param: { name: "queue", in: "path" } }),
});

/** One queue with its count. */
export const queueSummarySchema = z
  .object({
    object: z.literal("collections_queue"),
    queue: queueSchema,
    description: z.string(),
    accountCount: z.int().openapi({ description: "Loans in it as of the last close" }),
  })
  .openapi("CollectionsQueueSummary");

/** `GET /v1/collections/queues`. */
export const queueListSchema = z
  .object({ object: z.literal("collections_queues"), queues: z.array(queueSummarySchema) })
  .openapi("CollectionsQueueList");

const brokenPromiseSchema = z
  .object({
    id: z.string(),
    amount: amountField("Promised"),
    currency: currencyField,
    dueDate: z.string(),
    resolvedOn: z.string().nullable(),
  })
  .openapi("BrokenPromiseSummary");

/** A loan in a collections queue. */
export const queueAccountSchema = z
  .object({
    object: z.literal("collections_account"),
    loanId: z.string(),
    queue: queueSchema,
    enteredOn: z.string().openapi({ description: "The business date it entered this queue" }),
    daysPastDue: z.int(),
    asOf: z.string().openapi({ description: "The business date of the close that last placed it" }),
    taskId: z
      .string()
      .nullable()
      .openapi({ description: "The collector's current task: made when it entered the queue or a promise was broken" }),
    priority: z.enum(["follow_up", "normal"]).openapi({
      description:
        "follow_up: a promise to pay was broken, so it is worked first (until a new promise); normal otherwise",
    }),
    followUpSince: z
      .string()
      .nullable()
      .openapi({ description: "The business date a broken promise moved it to the front; null when normal" }),
    hold: z.enum(["scra", "settlement", "hardship"]).nullable().openapi({
      description:
        "Not to be worked: scra (the borrower is on active duty and protected by the SCRA on `asOf`: no default action), settlement (a settlement is active: the borrower is paying it; cleared when it completes or breaks), hardship (a hardship plan was granted from the queue; cleared when the account moves queue); null otherwise",
    }),
    hardshipPlanId: z
      .string()
      .nullable()
      .openapi({ description: "The hardship plan granted while in this queue, if any" }),
    settlementId: z.string().nullable().openapi({ description: "The loan's active settlement, if any" }),
    brokenPromiseCount: z.int().openapi({ description: "The loan's broken promises to pay" }),
    lastBrokenPromise: brokenPromiseSchema.nullable().openapi({ description: "The latest broken promise, if any" }),
  })
  .openapi("CollectionsAccount");

/** @example const body: QueueAccountBody = rows[0]!; */
export type QueueAccountBody = z.infer<typeof queueAccountSchema>;
