import { createRoute, z } from "@hono/zod-openapi";
import { requireScope } from "../auth/middleware.js";
import { problemResponses } from "../http/responses.js";
import { day } from "./schemas.js";

/** `?from=&to=` of the return rates. @example request: { query: achReturnRatesQuerySchema } */
export const achReturnRatesQuerySchema = z.object({
  from: day("First day of the period, included", "2026-10-01"),
  to: day("Last day of the period, included; at most 366 days after from", "2026-11-29"),
});

const figureSchema = z
  .object({
    returns: z.int().openapi({ description: "Returns of the category received in the period" }),
    basisPoints: z.int().openapi({
      description: "Returns per 10,000 debit entries originated in the period, rounded half-even",
      example: 75,
    }),
    thresholdBasisPoints: z.int().openapi({ description: "NACHA's level for the category", example: 50 }),
    exceedsThreshold: z.boolean().openapi({ description: "Strictly above the level (compared exactly, not rounded)" }),
  })
  .openapi("AchReturnRateFigure");

/** The return-rate report. @example const body: AchReturnRatesBody = { object: "ach_return_rates", … }; */
export const achReturnRatesSchema = z
  .object({
    object: z.literal("ach_return_rates"),
    from: z.string(),
    to: z.string(),
    debitEntries: z.int().openapi({ description: "Debit entries originated (sent in a file) in the period" }),
    unauthorized: figureSchema.openapi({ description: "R05, R07, R10, R11, R29, R51; NACHA level 0.5 %" }),
    administrative: figureSchema.openapi({ description: "R02, R03, R04; NACHA level 3 %" }),
    overall: figureSchema.openapi({ description: "Every return; NACHA level 15 %" }),
    byCode: z.array(
      z.object({
        code: z.string().openapi({ example: "R10" }),
        category: z.string().openapi({ example: "unauthorized" }),
        returns: z.int(),
      }),
    ),
  })
  .openapi("AchReturnRates");

/** @example const body: AchReturnRatesBody = await response.json(); */
export type AchReturnRatesBody = z.infer<typeof achReturnRatesSchema>;

/** `GET /v1/reports/ach-return-rates` (getAchReturnRates). @example router.openapi(achReturnRatesRoute, handler); */
export const achReturnRatesRoute = createRoute({
  method: "get",
  path: "/v1/reports/ach-return-rates",
  operationId: "getAchReturnRates",
  summary: "ACH return rates against NACHA's levels",
  description:
    "The tenant's debit return rates over a period, as NACHA's ODFI return-rate reporting computes them: returns received in the period (by return date) per 10,000 debit entries originated in it (by the date they were sent; a blocked attempt was never sent), for unauthorized returns (level 0.5 %), administrative returns (3 %) and all returns (15 %), with the count per R code. NACHA measures over 60 days or the two preceding calendar months. `to` before `from`, or a period over 366 days, is 422.",
  tags: ["Reports"],
  security: [{ bearerAuth: [] }],
  middleware: requireScope("reports:read"),
  request: { query: achReturnRatesQuerySchema },
  responses: {
    200: { description: "The return rates", content: { "application/json": { schema: achReturnRatesSchema } } },
    ...problemResponses(),
  },
});
