import { z } from "@hono/zod-openapi";
import { ruleSetLimits } from "@lendstack/core/rules";
import { boundedRecord } from "../http/bounded-record.js";
import { idSchema } from "../http/id-schema.js";

/** Body of `POST /v1/decisions`. */
export const decisionInputSchema = z
  .strictObject({
    ruleSetId: idSchema("rls"),
    version: z
      .int()
      .min(1)
      .max(999_999_999)
      .optional()
      .openapi({ description: "A published version; default the newest published" }),
    facts: boundedRecord(z.unknown(), {
      maxProperties: ruleSetLimits.inputs,
      keyMaxLength: ruleSetLimits.nameChars,
    }).openapi({
      description:
        "One value per declared input: numbers as JSON numbers (money in minor units), decimals as strings, dates YYYY-MM-DD. Only the version's declared inputs: any other name is 422 `undeclared_fact` (refused, not dropped). Strings up to 10,000 characters, lists up to 1,000 items, nesting up to 32 levels.",
      example: { creditScore: 712, monthlyIncome: 650000, state: "CA" },
    }),
  })
  .openapi("DecisionInput");

export const decisionPathSchema = z.object({
  decisionId: idSchema("dec", { param: "decisionId" }),
});

const citationSchema = z.object({
  source: z.string().openapi({ description: "The regulation or document, e.g. 12 CFR 1026.43(e)(2)(vi)" }),
  url: z.string().optional(),
  tableVersion: z.string().optional().openapi({ description: "Version of the threshold table the values came from" }),
});

const firedComplianceCheckSchema = z
  .object({
    function: z.string().openapi({ description: "The rule-language function that ran the check" }),
    check: z.string(),
    code: z.string(),
    passed: z.boolean().nullable(),
    citation: citationSchema,
    values: z.record(z.string(), z.string()).openapi({ description: "The values the check compared" }),
  })
  .openapi("FiredComplianceCheck");

const scorecardOutcomeSchema = z
  .object({
    name: z.string().openapi({ description: "The name rules read the score by" }),
    scorecardId: z.string(),
    scorecardVersion: z.string(),
    score: z.number(),
    reasonCodes: z
      .array(z.object({ code: z.string(), pointsBelowMax: z.number(), attributeIds: z.array(z.string()).readonly() }))
      .readonly()
      .openapi({ description: "Ranked by points lost against each attribute's best bin" }),
    attributes: z
      .array(
        z.object({
          attributeId: z.string(),
          binIndex: z.int(),
          points: z.number(),
          maxPoints: z.number(),
          reasonCode: z.string(),
        }),
      )
      .readonly(),
  })
  .openapi("ScorecardOutcome");

const traceEntrySchema = z
  .object({
    kind: z.enum(["rule", "row"]),
    id: z.string().openapi({ description: "Rule id, or row id for a decision-table row" }),
    tableId: z.string().optional(),
    decision: z.enum(["approve", "refer", "decline"]).nullable(),
    reasonCodes: z.array(z.string()),
    values: z.record(z.string(), z.unknown()).openapi({ description: "The values the rule or row read" }),
    checks: z
      .array(firedComplianceCheckSchema)
      .readonly()
      .optional()
      .openapi({ description: "Compliance checks the rule or row called" }),
  })
  .openapi("TraceEntry");

const principalReasonSchema = z.object({
  statementId: z.string(),
  statement: z.string(),
  reasonCodes: z.array(z.string()),
});

const adverseActionSchema = z
  .object({
    principalReasons: z.array(principalReasonSchema).openapi({ description: "At most four, most important first" }),
    allReasons: z.array(principalReasonSchema),
    citation: z.object({ source: z.string(), url: z.string().optional() }),
  })
  .openapi("AdverseActionReasons", { description: "ECOA / Regulation B principal reasons (12 CFR 1002.9(b)(2))" });

export const decisionSchema = z
  .object({
    id: z.string().openapi({ example: "dec_01JGFJJZ0000000000000000AB" }),
    ruleSetId: z.string(),
    ruleSetKey: z.string(),
    version: z.int().openapi({ description: "The published version that decided" }),
    hash: z.string().openapi({ description: "Content hash of that version's document" }),
    decision: z.enum(["approve", "refer", "decline"]),
    reasonCodes: z.array(z.string()).openapi({ description: "In firing order, without duplicates" }),
    outputs: z.record(z.string(), z.unknown()).openapi({
      description: "Declared outputs: integers as numbers (minor units), decimals as strings, lists as arrays",
    }),
    trace: z.array(traceEntrySchema).openapi({ description: "Every rule and table row that fired, in order" }),
    scorecards: z
      .array(scorecardOutcomeSchema)
      .readonly()
      .openapi({ description: "Each scorecard the rule set declares" }),
    complianceChecks: z
      .array(firedComplianceCheckSchema)
      .readonly()
      .openapi({ description: "The compliance checks behind the rules and rows that fired, each once" }),
    adverseAction: adverseActionSchema
      .nullable()
      .openapi({ description: "For a decline when the version maps its reason codes; else null" }),
    facts: z.record(z.string(), z.unknown()).openapi({ description: "The facts as sent" }),
    creditReportId: z.string().nullable().openapi({
      description:
        "The credit bureau report (`crp_…`) whose facts the decision used (an application's decision takes the primary applicant's report pulled within the reuse window); null when no report supplied a fact",
      example: "crp_01JGFJJZ0000000000000000AB",
    }),
    createdAt: z.string().openapi({ description: "UTC ISO 8601 instant" }),
    createdBy: z.string(),
  })
  .openapi("Decision");
