import { z } from "@hono/zod-openapi";
import { regBSampleReasons } from "@lendstack/core/compliance";
import { ruleSetLimits, ruleSetSchema } from "@lendstack/core/rules";
import { boundedRecord } from "../http/bounded-record.js";
import { idSchema } from "../http/id-schema.js";
import { pathInteger } from "../http/path-integer.js";

/** Most applications one simulation may run (supplied plus stored). */
export const maxSimulationApplications = 10_000;

/** The rule-set document, from core (the single source of truth for what a rule set can say). */
export const ruleSetDocument = ruleSetSchema.meta({ id: "RuleSetDocument" });

const statementIds = regBSampleReasons.map((reason) => reason.id) as [string, ...string[]];

/** Reason code -> Regulation B principal-reason statement; enables adverse-action reasons on declines. */
export const reasonStatementsSchema = boundedRecord(
  z.strictObject({
    statementId: z.enum(statementIds).openapi({ description: "A statement of Regulation B Form C-1" }),
    otherText: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .openapi({ description: "The specific reason, required when statementId is `other`" }),
  }),
  {
    maxProperties: 1_000,
    keyMaxLength: 64,
    key: z.string().regex(/^[A-Z0-9_]+$/, "reason codes are UPPER_SNAKE_CASE"),
  },
).openapi("ReasonStatements", {
  description: "Maps every reason code the document can emit to a 12 CFR 1002 Appendix C Form C-1 statement",
});

const idParam = idSchema("rls", { param: "ruleSetId" });
const versionParam = pathInteger("version", 999_999_999);

export const ruleSetPathSchema = z.object({ ruleSetId: idParam });
export const ruleSetVersionPathSchema = z.object({ ruleSetId: idParam, version: versionParam });

export const ruleSetDraftInputSchema = z
  .strictObject({ document: ruleSetDocument, reasonStatements: reasonStatementsSchema.optional() })
  .openapi("RuleSetDraftInput");

export const ruleSetDraftUpdateSchema = ruleSetDraftInputSchema
  .extend({
    expectedVersion: z.int().min(1).max(999_999_999).optional().openapi({
      description:
        "Change only this version: a published one is refused with 409 version_immutable. Without it the draft is replaced, or a new draft n+1 is started when the newest version is published.",
    }),
  })
  .openapi("RuleSetDraftUpdate");

export const validateInputSchema = z
  .strictObject({
    document: boundedRecord(z.unknown(), { maxProperties: 64, keyMaxLength: 64 }).optional().openapi({
      description: "A RuleSetDocument to check; the rule set's current draft when omitted",
    }),
    reasonStatements: reasonStatementsSchema.optional(),
  })
  .openapi("RuleSetValidateInput");

const instant = (description = "UTC ISO 8601 instant") => z.string().openapi({ description });

/** A rule-set version's status (registered as `RuleSetVersionStatus`). @example ruleSetVersionStatusSchema.parse("draft") */
export const ruleSetVersionStatusSchema = z
  .enum(["draft", "published"])
  .openapi("RuleSetVersionStatus", { description: "draft: editable; published: immutable, used by decisions" });

export const ruleSetVersionSummarySchema = z
  .object({
    version: z.int(),
    status: ruleSetVersionStatusSchema,
    hash: z.string().nullable().openapi({ description: "sha256: content hash of the document; set when published" }),
    createdAt: instant(),
    createdBy: z.string(),
    updatedAt: instant(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .openapi("RuleSetVersionSummary");

export const ruleSetResponseSchema = z
  .object({
    id: z.string().openapi({ example: "rls_01JGFJJZ0000000000000000AB" }),
    key: z
      .string()
      .openapi({ description: "The document's id slug, unique in the tenant", example: "demo-underwriting" }),
    name: z.string().nullable(),
    latestVersion: z.int(),
    publishedVersion: z
      .int()
      .nullable()
      .openapi({ description: "Newest published version; decisions use it by default" }),
    draftVersion: z.int().nullable().openapi({ description: "The version that can still change, if any" }),
    createdAt: instant(),
    updatedAt: instant(),
    versions: z.array(ruleSetVersionSummarySchema).optional().openapi({ description: "Every version, oldest first" }),
  })
  .openapi("RuleSet");

export const ruleSetVersionSchema = ruleSetVersionSummarySchema
  .extend({ ruleSetId: z.string(), document: ruleSetDocument, reasonStatements: reasonStatementsSchema.nullable() })
  .openapi("RuleSetVersion");

/** Where a rule set is wrong: core's code, a pointer into the request body, and the rule and position. */
export const ruleSetErrorSchema = z
  .object({
    code: z.string().openapi({ example: "unknown_variable" }),
    message: z.string(),
    pointer: z.string().openapi({ example: "/document/rules/3/when" }),
    ruleId: z.string().optional(),
    tableId: z.string().optional(),
    rowId: z.string().optional(),
    computed: z.string().optional(),
    output: z.string().optional(),
    line: z.int().optional(),
    column: z.int().optional(),
    offset: z.int().optional().openapi({ description: "0-based character offset in the expression" }),
    expression: z.string().optional(),
  })
  .openapi("RuleSetError");

export const validationResultSchema = z
  .object({
    valid: z.boolean(),
    version: z.int().nullable().openapi({ description: "The draft checked, or null for a supplied document" }),
    hash: z.string().nullable().openapi({ description: "Content hash the document would publish with" }),
    error: ruleSetErrorSchema.nullable(),
  })
  .openapi("RuleSetValidation");

export const simulationInputSchema = z
  .strictObject({
    applications: z
      .array(boundedRecord(z.unknown(), { maxProperties: ruleSetLimits.inputs, keyMaxLength: ruleSetLimits.nameChars }))
      .max(maxSimulationApplications)
      .optional()
      .openapi({ description: "Facts of each application, as POST /v1/decisions takes them" }),
    storedDecisions: z.int().min(1).max(maxSimulationApplications).optional().openapi({
      description: "Also replay the facts of the newest N stored decisions of this rule set",
    }),
    baselineVersion: z
      .int()
      .min(1)
      .max(999_999_999)
      .optional()
      .openapi({ description: "Default: the newest published version" }),
    sampleSize: z.int().min(0).max(100).default(20).openapi({ description: "Changed cases to return" }),
  })
  .openapi("SimulationInput");

const outcomeCounts = z
  .object({ approve: z.int(), refer: z.int(), decline: z.int(), error: z.int() })
  .openapi("OutcomeCounts", { description: "`error`: facts that do not fit the version's inputs" });
const caseOutcome = z.object({
  outcome: z.enum(["approve", "refer", "decline", "error"]),
  reasonCodes: z.array(z.string()),
  errorCode: z.string().optional(),
});

export const simulationReportSchema = z
  .object({
    ruleSetId: z.string(),
    candidateVersion: z.int(),
    baselineVersion: z.int(),
    total: z.int(),
    candidate: outcomeCounts,
    baseline: outcomeCounts,
    changed: z.int(),
    transitions: z
      .object({ approve: outcomeCounts, refer: outcomeCounts, decline: outcomeCounts, error: outcomeCounts })
      .openapi({ description: "transitions[baselineOutcome][candidateOutcome] = number of applications" }),
    samples: z.array(
      z.object({
        source: z.enum(["supplied", "stored"]),
        index: z.int(),
        decisionId: z.string().optional(),
        baseline: caseOutcome,
        candidate: caseOutcome,
      }),
    ),
  })
  .openapi("SimulationReport");
