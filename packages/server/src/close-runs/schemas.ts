import { z } from "@hono/zod-openapi";
import { idSchema } from "../http/id-schema.js";
import { dateRange } from "../http/list-filters.js";

/** What started a close. @example triggerSchema.parse("schedule") */
export const triggerSchema = z.enum(["schedule", "test_clock", "cli"]);

/** A close run's status. @example statusSchema.parse("running") */
export const statusSchema = z
  .enum(["running", "succeeded", "completed_with_failures"])
  .openapi("CloseRunStatus", { description: "completed_with_failures: some loans could not be closed (listed)" });

/** One loan the close could not close. @example failureSchema.parse({ loanId, code, message }) */
export const failureSchema = z.object({ loanId: z.string(), code: z.string(), message: z.string() });

/** A close run on the wire. @example const body: z.infer<typeof closeRunSchema> = await toCloseRunBody(db, row, now); */
export const closeRunSchema = z
  .object({
    id: z.string().openapi({ example: "cr_01JGFJJZ0000000000000000AB" }),
    object: z.literal("close_run"),
    businessDate: z.string(),
    trigger: triggerSchema.openapi({ description: "What started the close" }),
    status: statusSchema,
    loansClosed: z.int(),
    loansFailed: z.int(),
    loansPending: z.int().openapi({
      description:
        "Loans still to close: counted live while the run is running; once finished, the loans a payment held through every pass (the next close retries them)",
    }),
    loansPerSecond: z
      .number()
      .openapi({ description: "Loans closed per second since the run started (or until it finished)" }),
    failures: z.array(failureSchema),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi("CloseRun");

/** Filters of `GET /v1/close-runs`. @example filters: closeRunFilters */
export const closeRunFilters = { status: statusSchema.optional(), ...dateRange("businessDate") };

/** Path of `GET /v1/close-runs/{closeRunId}`. @example request: { params: closeRunPathSchema } */
export const closeRunPathSchema = z.object({ closeRunId: idSchema("cr", { param: "closeRunId" }) });
