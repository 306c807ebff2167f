import { z } from "@hono/zod-openapi";

/** Body of `POST /v1/ach-returns`. */
export const ingestAchReturnsSchema = z
  .strictObject({
    file: z.string().min(94).max(900_000).openapi({
      description: "The returns/NOC file as the ODFI sent it: NACHA 94-character records (addenda 99 returns, 98 NOCs)",
    }),
  })
  .openapi("AchReturnsFile");

/** What was done with one return. */
const returnOutcomeSchema = z
  .object({
    traceNumber: z.string().openapi({ description: "The original entry's trace number" }),
    returnCode: z.string().openapi({ example: "R01" }),
    entryId: z.string().nullable().openapi({ description: "The debit it returns; null when no debit has that trace" }),
    loanId: z.string().nullable(),
    reversalId: z.string().nullable().openapi({ description: "The payment reversal posted to the loan" }),
    nsfFeeCharged: z.boolean(),
    representmentId: z.string().nullable().openapi({ description: "The re-presentment scheduled (R01/R09)" }),
    instrumentDisabled: z.boolean(),
    autopaySuspended: z.boolean().openapi({
      description: "Autopay stopped: the R code says so, or 12 CFR 1041.8 forbids a further attempt",
    }),
    problem: z.string().nullable().openapi({ description: "Why nothing was done (unknown trace, already returned)" }),
  })
  .openapi("AchReturnOutcome");

const changeOutcomeSchema = z
  .object({
    traceNumber: z.string(),
    changeCode: z.string().openapi({ example: "C01" }),
    instrumentId: z.string().nullable(),
    updatedFields: z.array(z.string()),
    problem: z.string().nullable(),
  })
  .openapi("AchChangeOutcome");

/** The answer of `POST /v1/ach-returns`. */
export const achReturnsResultSchema = z
  .object({
    object: z.literal("ach_returns"),
    returns: z.array(returnOutcomeSchema),
    changes: z.array(changeOutcomeSchema),
  })
  .openapi("AchReturnsResult");

/** @example const outcome: ReturnOutcome = result.returns[0]!; */
export type ReturnOutcome = z.infer<typeof returnOutcomeSchema>;
/** @example const outcome: ChangeOutcome = result.changes[0]!; */
export type ChangeOutcome = z.infer<typeof changeOutcomeSchema>;
