import { z } from "zod";

const decimalText = z
  .string()
  .max(40)
  .regex(/^-?\d+(\.\d+)?$/, 'must be a plain decimal string such as "0.35"');
const code = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, "must be snake_case");
const points = z.number().int().min(-100_000).max(100_000);

/** A numeric range bin; an absent bound is unbounded. Defaults: lower inclusive, upper exclusive. */
const rangeBin = z.strictObject({
  kind: z.literal("range"),
  min: decimalText.optional(),
  minInclusive: z.boolean().default(true),
  max: decimalText.optional(),
  maxInclusive: z.boolean().default(false),
  points,
  reasonCode: code.optional(),
});

/** A set of category values (exact string match). */
const categoryBin = z.strictObject({
  kind: z.literal("category"),
  values: z.array(z.string().min(1).max(100)).min(1).max(1000),
  points,
  reasonCode: code.optional(),
});

/** Taken when the fact is absent, `null` or `undefined`. */
const missingBin = z.strictObject({ kind: z.literal("missing"), points, reasonCode: code.optional() });

/** Taken when a present value matches no other bin (e.g. a category not listed). */
const otherBin = z.strictObject({ kind: z.literal("other"), points, reasonCode: code.optional() });

const bin = z.discriminatedUnion("kind", [rangeBin, categoryBin, missingBin, otherBin]);

const attribute = z.strictObject({
  /** The fact name read from the applicant's facts. */
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  label: z.string().max(200).optional(),
  type: z.enum(["numeric", "categorical"]),
  /** The reason code reported when this attribute scores below its best bin. */
  reasonCode: code,
  bins: z.array(bin).min(1).max(100),
});

/**
 * The stored, JSON form of a points-based scorecard: a base score plus, per attribute, bins that
 * map a value to points. Model training (binning, WOE, regression) happens offline; this is its
 * output. Validate with {@link compileScorecard}, which also checks bins for overlaps.
 *
 * @example
 * const parsed = scorecardDocumentSchema.safeParse({ id: "demo", version: "1", baseScore: 300, attributes: [] });
 */
export const scorecardDocumentSchema = z.strictObject({
  id: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  description: z.string().max(2000).optional(),
  baseScore: points,
  attributes: z.array(attribute).min(1).max(200),
});

/** Scorecard document as written (defaults optional). @example const input: ScorecardDocumentInput = demoScorecard; */
export type ScorecardDocumentInput = z.input<typeof scorecardDocumentSchema>;
/** Scorecard document after parsing (defaults filled in). @example type Attr = ScorecardDocument["attributes"][number]; */
export type ScorecardDocument = z.output<typeof scorecardDocumentSchema>;
/** One attribute of a parsed scorecard document. @example type Bins = ScorecardAttributeDocument["bins"]; */
export type ScorecardAttributeDocument = ScorecardDocument["attributes"][number];
/** One bin of a parsed scorecard document. @example const missing: ScorecardBinDocument = { kind: "missing", points: 0 }; */
export type ScorecardBinDocument = ScorecardAttributeDocument["bins"][number];
