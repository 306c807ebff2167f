import { type DomainError, fail, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, dec } from "../money/index.js";
import {
  type ScorecardAttributeDocument,
  type ScorecardBinDocument,
  type ScorecardDocument,
  scorecardDocumentSchema,
} from "./scorecard-document.js";

/**
 * One end of a numeric range; `value` absent means unbounded.
 *
 * @example const atLeast18: RangeBound = { value: dec("18"), inclusive: true };
 */
export interface RangeBound {
  readonly value?: Decimal;
  readonly inclusive: boolean;
  /**
   * The bound as a double, present only when the decimal has at most 15 significant digits. Then
   * the double nearest to it reads back as the same decimal, so comparing a number fact with it
   * orders exactly as comparing the fact's shortest decimal form with `value`.
   */
  readonly approximate?: number;
}

const maxExactSignificantDigits = 15;

function rangeBound(text: string | undefined, inclusive: boolean): RangeBound {
  if (text === undefined) return { inclusive };
  const value = dec(text);
  const digits = (value.units < 0n ? -value.units : value.units).toString().replace(/^0+/, "").length;
  return digits <= maxExactSignificantDigits ? { value, inclusive, approximate: Number(text) } : { value, inclusive };
}

/**
 * A bin ready for evaluation. `index` is its position in the document (for traces).
 *
 * @example const bin = card.attributes[0]?.bins[0]; // { index: 0, kind: "range", points: 10, … }
 */
export interface ScorecardBin {
  readonly index: number;
  readonly kind: "range" | "category" | "missing" | "other";
  readonly points: number;
  /** The bin's own reason code, or the attribute's. */
  readonly reasonCode: string;
  readonly lower?: RangeBound;
  readonly upper?: RangeBound;
  readonly values?: ReadonlySet<string>;
}

/**
 * An attribute ready for evaluation, with its best (maximum) points precomputed.
 *
 * @example const best = card.attributes[0]?.maxPoints; // 55 on the demo scorecard
 */
export interface ScorecardAttribute {
  readonly id: string;
  readonly label?: string;
  readonly type: "numeric" | "categorical";
  readonly reasonCode: string;
  readonly maxPoints: number;
  readonly bins: ReadonlyArray<ScorecardBin>;
  readonly missingBin?: ScorecardBin;
  readonly otherBin?: ScorecardBin;
}

/** A validated, compiled scorecard. Build it with {@link compileScorecard}. @example const card = unwrap(compileScorecard(demoScorecard)); */
export interface Scorecard {
  readonly id: string;
  readonly version: string;
  readonly baseScore: number;
  readonly attributes: ReadonlyArray<ScorecardAttribute>;
  readonly document: ScorecardDocument;
}

type Failure = { readonly ok: false; readonly error: DomainError };

function compileBin(
  bin: ScorecardBinDocument,
  index: number,
  attribute: ScorecardAttributeDocument,
  path: ReadonlyArray<string | number>,
): Result<ScorecardBin> {
  const reasonCode = bin.reasonCode ?? attribute.reasonCode;
  const base = { index, kind: bin.kind, points: bin.points, reasonCode };
  if (bin.kind === "range" || bin.kind === "category") {
    const wanted = bin.kind === "range" ? "numeric" : "categorical";
    if (attribute.type !== wanted) {
      return fail("bin_kind_mismatch", `a ${bin.kind} bin needs a ${wanted} attribute`, [...path, "kind"]);
    }
  }
  if (bin.kind === "category") return ok({ ...base, values: new Set(bin.values) });
  if (bin.kind !== "range") return ok(base);
  const lower = rangeBound(bin.min, bin.minInclusive);
  const upper = rangeBound(bin.max, bin.maxInclusive);
  if (!boundsMeet(lower, upper)) {
    return fail("empty_range", `range bin ${index} of "${attribute.id}" contains no value`, path);
  }
  return ok({ ...base, lower, upper });
}

/** True when some value is ≥/> `lower` and ≤/< `upper`. */
function boundsMeet(lower: RangeBound, upper: RangeBound): boolean {
  if (lower.value === undefined || upper.value === undefined) return true;
  const order = compare(lower.value, upper.value);
  return order < 0 || (order === 0 && lower.inclusive && upper.inclusive);
}

function findOverlap(bins: ReadonlyArray<ScorecardBin>): [ScorecardBin, ScorecardBin] | undefined {
  for (let i = 0; i < bins.length; i++) {
    for (let j = i + 1; j < bins.length; j++) {
      const a = bins[i]!;
      const b = bins[j]!;
      if (a.lower && a.upper && b.lower && b.upper && boundsMeet(a.lower, b.upper) && boundsMeet(b.lower, a.upper)) {
        return [a, b];
      }
      if (a.values && b.values && [...a.values].some((value) => b.values?.has(value))) return [a, b];
    }
  }
  return undefined;
}

function compileAttribute(attribute: ScorecardAttributeDocument, index: number): Result<ScorecardAttribute> {
  const path = ["attributes", index];
  const bins: ScorecardBin[] = [];
  for (const [binIndex, bin] of attribute.bins.entries()) {
    const compiled = compileBin(bin, binIndex, attribute, [...path, "bins", binIndex]);
    if (!compiled.ok) return compiled;
    bins.push(compiled.value);
  }
  for (const kind of ["missing", "other"] as const) {
    if (bins.filter((bin) => bin.kind === kind).length > 1) {
      return fail("duplicate_bin", `attribute "${attribute.id}" has more than one ${kind} bin`, [...path, "bins"]);
    }
  }
  const overlap = findOverlap(bins);
  if (overlap) {
    const [a, b] = overlap;
    return fail("overlapping_bins", `bins ${a.index} and ${b.index} of "${attribute.id}" overlap`, [...path, "bins"], {
      bins: [a.index, b.index],
    });
  }
  const missingBin = bins.find((bin) => bin.kind === "missing");
  const otherBin = bins.find((bin) => bin.kind === "other");
  return ok({
    id: attribute.id,
    ...(attribute.label === undefined ? {} : { label: attribute.label }),
    type: attribute.type,
    reasonCode: attribute.reasonCode,
    maxPoints: Math.max(...bins.map((bin) => bin.points)),
    bins: bins.filter((bin) => bin.kind === "range" || bin.kind === "category"),
    ...(missingBin ? { missingBin } : {}),
    ...(otherBin ? { otherBin } : {}),
  });
}

/**
 * Validates a scorecard document (zod schema, then structure: unique attribute ids, bin kinds that
 * fit the attribute type, non-empty and non-overlapping ranges, no category listed twice, at most
 * one missing and one other bin) and compiles it for fast scoring.
 *
 * Failure codes: `invalid_scorecard` (schema), `duplicate_attribute`, `bin_kind_mismatch`,
 * `empty_range`, `overlapping_bins`, `duplicate_bin`.
 *
 * @example
 * const card = compileScorecard(demoScorecard);
 * if (card.ok) console.log(card.value.attributes.length); // 6
 */
export function compileScorecard(input: unknown): Result<Scorecard> {
  const parsed = scorecardDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((part): part is string | number => typeof part !== "symbol");
    return fail("invalid_scorecard", issue?.message ?? "invalid scorecard", path, {
      issues: parsed.error.issues.slice(0, 20).map((each) => ({ path: each.path.map(String), message: each.message })),
    });
  }
  const document = parsed.data;
  const seen = new Set<string>();
  const attributes: ScorecardAttribute[] = [];
  for (const [index, attribute] of document.attributes.entries()) {
    if (seen.has(attribute.id)) {
      return fail("duplicate_attribute", `attribute "${attribute.id}" appears twice`, ["attributes", index, "id"]);
    }
    seen.add(attribute.id);
    const compiled: Result<ScorecardAttribute> | Failure = compileAttribute(attribute, index);
    if (!compiled.ok) return compiled;
    attributes.push(compiled.value);
  }
  return ok({ id: document.id, version: document.version, baseScore: document.baseScore, attributes, document });
}
