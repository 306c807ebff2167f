import { z } from "zod";
import { parseLocalDate } from "../calendar/index.js";
import { usuryCapTableSchema } from "../compliance/index.js";
import { scorecardDocumentSchema } from "../scoring/index.js";

/**
 * Hard limits on a rule-set document. A document past any of them is refused at compile time
 * with `too_large` or `too_deep`, so untrusted rules can never make the engine hang or overflow
 * the stack. Evaluation has no loops over user data beyond declared list sizes.
 *
 * @example
 * if (text.length > ruleSetLimits.documentChars) console.log("refuse before parsing");
 */
export const ruleSetLimits = {
  /** Characters of the JSON text of the whole document (about 1 MB). */
  documentChars: 1_000_000,
  /** Characters of one expression or table cell. */
  expressionChars: 2_000,
  /** Depth of one expression's syntax tree (parentheses, operators, calls). */
  expressionDepth: 48,
  inputs: 500,
  computed: 500,
  rules: 2_000,
  tables: 200,
  rowsPerTable: 2_000,
  outputs: 200,
  /** Items in a list literal (`x in [..]`) or in a list fact. */
  listItems: 1_000,
  nameChars: 64,
  /** Characters of one string fact. */
  stringFactChars: 10_000,
} as const;

const namePattern = /^[A-Za-z_][A-Za-z0-9_]*$/;
const reservedNames = new Set([
  "and",
  "or",
  "not",
  "in",
  "between",
  "true",
  "false",
  "null",
  "__proto__",
  "constructor",
  "prototype",
]);

/** A variable or output name: an identifier, not a keyword or an Object.prototype name. */
const nameSchema = z
  .string()
  .max(ruleSetLimits.nameChars)
  .regex(namePattern, "must be an identifier like creditScore")
  .refine((name) => !reservedNames.has(name), "is a reserved word");

/** Ids of rules, tables and rows: readable slugs such as `dti-max`. */
const idSchema = z
  .string()
  .min(1)
  .max(ruleSetLimits.nameChars)
  .regex(/^[A-Za-z0-9_.-]+$/, "must use letters, digits, '_', '-' or '.'");

const expressionSchema = z.string().max(ruleSetLimits.expressionChars);
const reasonCodeSchema = z
  .string()
  .max(ruleSetLimits.nameChars)
  .regex(/^[A-Z0-9_]+$/, "must be UPPER_SNAKE_CASE");

/** A decision outcome. Precedence when several fire: decline > refer > approve. */
export const decisionSchema = z.enum(["approve", "refer", "decline"]);

/**
 * A JSON number literal in a document: within ±(2^53 − 1), the range a JSON number carries exactly (the
 * API refuses any other number before parsing, so this bound is what the spec states).
 */
const literalNumberSchema = z.number().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** The right-hand side of an assignment: an expression string, or a JSON literal. */
const assignedValueSchema = z.union([expressionSchema, literalNumberSchema, z.boolean(), z.null()]);

/** Output assignments (`{ outputName: value }`): at most one per declared output. */
const assignmentsSchema = z
  .record(nameSchema, assignedValueSchema)
  .refine((assignments) => Object.keys(assignments).length <= ruleSetLimits.outputs, {
    message: `at most ${ruleSetLimits.outputs} assignments`,
  })
  .meta({ maxProperties: ruleSetLimits.outputs });

const inputSchema = z.strictObject({
  name: nameSchema,
  type: z.enum(["number", "decimal", "string", "boolean", "date", "list"]),
  /** Item type of a `list` input. */
  items: z.enum(["string", "number"]).optional(),
  /** A missing or null fact is allowed (and reads as null) only when true. */
  nullable: z.boolean().optional(),
  /** Unit of a numeric input, e.g. "USD_minor", "months", "ratio". Documentation only. */
  unit: z.string().max(64).optional(),
  description: z.string().max(2_000).optional(),
});

const computedSchema = z.strictObject({
  name: nameSchema,
  expression: expressionSchema,
  description: z.string().max(2_000).optional(),
});

const ruleSchema = z.strictObject({
  id: idSchema,
  description: z.string().max(2_000).optional(),
  /** A boolean expression; the rule fires only when it is exactly true (null does not fire). */
  when: expressionSchema,
  decision: decisionSchema.optional(),
  reasonCodes: z.array(reasonCodeSchema).max(20).optional(),
  /** Output assignments, combined per the output's `combine` policy. */
  set: assignmentsSchema.optional(),
  /**
   * The name of a declared scorecard: when the rule fires, that scorecard's reason codes ranked by
   * points lost against each attribute's best bin (at most 4, Reg B) are its reasons, ahead of
   * `reasonCodes` (the fallback when no attribute lost points).
   */
  reasonCodesFrom: nameSchema.optional(),
});

const tableRowSchema = z.strictObject({
  id: idSchema,
  /** One unary test per table input: "-" (any), "< 580", "[580..640)", "\"CA\", \"NY\"", "null", or a value. */
  when: z.array(expressionSchema).max(50),
  /** Values for the table's outputs (every output must be given). */
  set: assignmentsSchema,
  decision: decisionSchema.optional(),
  reasonCodes: z.array(reasonCodeSchema).max(20).optional(),
});

const tableSchema = z.strictObject({
  id: idSchema,
  description: z.string().max(2_000).optional(),
  /** DMN hit policy. `collect` needs an `aggregation`. */
  hitPolicy: z.enum(["first", "unique", "priority", "collect"]),
  aggregation: z.enum(["sum", "min", "max", "count", "list"]).optional(),
  /** Column expressions, evaluated once per decision. */
  inputs: z.array(expressionSchema).min(1).max(50),
  /** Named results; each becomes a value later expressions and rules can read. */
  outputs: z
    .array(
      z.strictObject({
        name: nameSchema,
        /** For `priority`: string values from highest to lowest priority (DMN output-value order). */
        priorityList: z.array(z.string().max(200)).max(100).optional(),
      }),
    )
    .min(1)
    .max(20),
  rows: z.array(tableRowSchema).max(ruleSetLimits.rowsPerTable),
});

const outputSchema = z.strictObject({
  name: nameSchema,
  /** `integer` is emitted as a JSON number (e.g. minor units); `decimal` as a decimal string ("0.25"). */
  type: z.enum(["integer", "decimal", "string", "boolean", "date", "list"]),
  /** How several assignments combine: the first, the last, a sum/min/max, or a list of every value. */
  combine: z.enum(["first", "last", "sum", "min", "max", "list"]),
  /** Value when no rule assigns it (null when absent; an empty list for `list`). */
  default: z.union([z.string().max(2_000), literalNumberSchema, z.boolean(), z.null()]).optional(),
  description: z.string().max(2_000).optional(),
});

/**
 * A points scorecard inside a rule set (scoring/'s document format). Its score is a number named
 * `name` that computed values, tables and rules can read; each attribute's `id` must be a declared
 * input, computed value or table output (number for `numeric`, string for `categorical`). Its
 * reason codes appear in UPPER_SNAKE_CASE (`recent_inquiries` → `RECENT_INQUIRIES`).
 */
const scorecardDeclarationSchema = z.strictObject({
  name: nameSchema,
  description: z.string().max(2_000).optional(),
  scorecard: scorecardDocumentSchema,
});

const creditorBusinessDaysSchema = z.strictObject({
  /** ISO weekdays the creditor is closed: 1 = Monday … 7 = Sunday. */
  closedWeekdays: z.array(z.number().int().min(1).max(7)).max(7),
  closedDates: z
    .array(
      z
        .string()
        .length(10)
        .refine((text) => parseLocalDate(text).ok, "must be a date YYYY-MM-DD"),
    )
    .max(2_000),
});

/** Data the compliance functions of the expression language use. */
const complianceSchema = z.strictObject({
  /** The table `usuryCapOk(...)` reads (compliance/'s usury table format); required to call it. */
  usuryTable: usuryCapTableSchema.optional(),
  /** What `usuryCapOk` answers when no rule covers the loan: an explicit choice (default "fail"). */
  usuryWhenNoRule: z.enum(["pass", "fail"]).optional(),
  /** The creditor's general business days for `tridLoanEstimateDeadline`; default Mon-Fri less federal holidays. */
  creditorBusinessDays: creditorBusinessDaysSchema.optional(),
});

/**
 * The rule-set document: JSON, storable and diffable. Inputs are typed; computed values and
 * decision tables are evaluated in dependency order; then every rule is evaluated in order; the
 * decision is the worst outcome fired (decline > refer > approve), else `defaultDecision`.
 *
 * @example
 * const parsed = ruleSetSchema.safeParse(JSON.parse(text));
 * if (!parsed.success) console.log(parsed.error.issues);
 */
export const ruleSetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  name: z.string().max(200).optional(),
  description: z.string().max(10_000).optional(),
  /** How `/` and `round(x, places)` round: named once for the whole rule set, never implicit. */
  arithmetic: z.strictObject({
    divisionScale: z.number().int().min(0).max(20),
    roundingMode: z.enum(["half-even", "half-up", "down", "up", "floor", "ceiling"]),
  }),
  defaultDecision: decisionSchema,
  inputs: z.array(inputSchema).max(ruleSetLimits.inputs),
  computed: z.array(computedSchema).max(ruleSetLimits.computed).optional(),
  tables: z.array(tableSchema).max(ruleSetLimits.tables).optional(),
  rules: z.array(ruleSchema).max(ruleSetLimits.rules),
  outputs: z.array(outputSchema).max(ruleSetLimits.outputs).optional(),
  /** Points scorecards whose scores rules can read and whose ranked reasons a decline can give. */
  scorecards: z.array(scorecardDeclarationSchema).max(10).optional(),
  /** Data for the compliance functions (`usuryCapOk`, `tridLoanEstimateDeadline`). */
  compliance: complianceSchema.optional(),
});

/** A rule-set document as validated by `ruleSetSchema`. @example const doc: RuleSetDocument = demoUnderwritingRuleSet; */
export type RuleSetDocument = z.infer<typeof ruleSetSchema>;
/** A rule-set document as written (defaults optional). @example const doc: RuleSetDocumentInput = demoScoredUnderwritingRuleSet; */
export type RuleSetDocumentInput = z.input<typeof ruleSetSchema>;
/** @example type S = RuleSetScorecard["name"]; */
export type RuleSetScorecard = NonNullable<RuleSetDocument["scorecards"]>[number];
/** @example const d: Decision = "refer"; */
export type Decision = z.infer<typeof decisionSchema>;
/** @example type Input = RuleSetInput["type"]; */
export type RuleSetInput = RuleSetDocument["inputs"][number];
/** @example type T = RuleSetTable["hitPolicy"]; */
export type RuleSetTable = NonNullable<RuleSetDocument["tables"]>[number];
/** @example type R = RuleSetRule["when"]; */
export type RuleSetRule = RuleSetDocument["rules"][number];
/** @example type O = RuleSetOutput["combine"]; */
export type RuleSetOutput = NonNullable<RuleSetDocument["outputs"]>[number];
/** @example const v: AssignedValue = "base + 0.25"; */
export type AssignedValue = string | number | boolean | null;
