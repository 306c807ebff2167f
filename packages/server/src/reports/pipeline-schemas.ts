import { z } from "@hono/zod-openapi";
import { applicationStateSchema } from "../applications/response-schemas.js";
import { idSchema } from "../http/id-schema.js";
import { instantRange } from "../http/list-filters.js";
import { amountField, currencyField } from "../http/money.js";

/** Query of `GET /v1/reports/pipeline`. */
export const pipelineQuerySchema = z.strictObject({
  productId: idSchema("prd").optional().openapi({ description: "Only applications for this product" }),
  assignee: z.string().min(1).max(200).optional().openapi({ description: "Only applications assigned to this person" }),
  ...instantRange("createdAt"),
});

const amountsSchema = z
  .array(z.object({ currency: currencyField, amount: amountField("Requested amount") }))
  .openapi("PipelineAmounts", { description: "Per currency: amounts of different currencies never add" });

const seconds = (description: string) => z.int().openapi({ description: `${description}, whole seconds` });
const ratio = (description: string) =>
  z.string().openapi({ description: `${description}: a fraction as a decimal string, 4 places`, example: "0.2500" });

const stageSchema = z
  .object({
    stage: z.string(),
    state: applicationStateSchema,
    count: z.int().openapi({ description: "Applications in the stage now" }),
    amounts: amountsSchema,
    ageP50: seconds("Median age of the applications in the stage now"),
    ageP90: seconds("90th percentile age of the applications in the stage now"),
    dwellP50: seconds("Median time spent in the stage, over every visit"),
    dwellP90: seconds("90th percentile time spent in the stage"),
    slaBreaches: z.int().openapi({ description: "Visits that stayed past the product's SLA for the stage" }),
    openSlaBreaches: z.int().openapi({ description: "Applications in the stage now and already past its SLA" }),
  })
  .openapi("PipelineStage");

/** The pipeline report. */
export const pipelineReportSchema = z
  .object({
    object: z.literal("pipeline_report"),
    asOf: z.string().openapi({ description: "UTC instant the report was made at" }),
    applicationCount: z.int(),
    stages: z.array(stageSchema).openapi({ description: "Each state an application has been in, in lifecycle order" }),
    funnel: z
      .object({
        submitted: z.int(),
        approved: z.int(),
        accepted: z.int(),
        funded: z.int(),
        approvalRate: ratio("approved ÷ submitted"),
        acceptanceRate: ratio("accepted ÷ approved"),
        fundingRate: ratio("funded ÷ accepted"),
        pullThroughRate: ratio("funded ÷ submitted"),
      })
      .openapi("PipelineFunnel", { description: "How many applications ever reached each state" }),
    bottleneck: z
      .object({ stage: z.string(), dwellP50: seconds("Its median dwell") })
      .nullable()
      .openapi({ description: "The open stage with the highest median dwell" }),
    slaBreaches: z.int(),
    expectedClosings: z.array(z.object({ date: z.string(), count: z.int(), amounts: amountsSchema })).openapi({
      description:
        "When open applications are expected to fund: the planned funding date in closing, else today plus the median dwell of the stages ahead",
    }),
  })
  .openapi("PipelineReport");

export type PipelineReportBody = z.infer<typeof pipelineReportSchema>;
