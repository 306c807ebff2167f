import { fail, InvariantError, ok, type Result } from "../errors/index.js";
import { compare, type Decimal, parseDecimal } from "../money/index.js";
import type { RangeBound, Scorecard, ScorecardAttribute, ScorecardBin } from "./compile-scorecard.js";

/**
 * A fact value as it arrives in plain data. Numbers may also come as decimal strings.
 *
 * @example const facts: Record<string, ScoreFact> = { inquiriesLast6Months: 2, revolvingUtilizationPercent: "45.5" };
 */
export type ScoreFact = string | number | bigint | boolean | null | undefined;

/**
 * How one attribute scored. `pointsBelowMax` is the shortfall against the attribute's best bin.
 *
 * @example const lost = result.attributes[0]?.pointsBelowMax; // e.g. 15
 */
export interface AttributeScore {
  readonly attributeId: string;
  readonly binIndex: number;
  readonly binKind: ScorecardBin["kind"];
  readonly points: number;
  readonly maxPoints: number;
  readonly pointsBelowMax: number;
  readonly reasonCode: string;
}

/**
 * A reason code with the total points the applicant lost under it, largest first.
 *
 * @example const top: RankedReasonCode | undefined = result.reasonCodes[0];
 */
export interface RankedReasonCode {
  readonly reasonCode: string;
  readonly pointsBelowMax: number;
  readonly attributeIds: ReadonlyArray<string>;
}

/** The outcome of {@link scoreApplicant}. @example const top = result.reasonCodes[0]?.reasonCode; */
export interface ScoreResult {
  readonly scorecardId: string;
  readonly scorecardVersion: string;
  readonly score: number;
  readonly baseScore: number;
  readonly attributes: ReadonlyArray<AttributeScore>;
  /** Every reason code with a positive shortfall, ranked; not truncated (Reg B truncation is compliance's job). */
  readonly reasonCodes: ReadonlyArray<RankedReasonCode>;
}

function toNumeric(value: ScoreFact, attributeId: string): Result<Decimal> {
  if (typeof value === "bigint") return ok({ units: value, scale: 0 });
  if (typeof value === "number") {
    if (Number.isFinite(value)) {
      // String() gives the shortest round-trip digits; tiny values print in exponent form, so
      // fall back to 20 fixed decimals of the exact binary value (toFixed is exact to that place).
      const text = String(value);
      const parsed = parseDecimal(text.includes("e") && Math.abs(value) < 1 ? value.toFixed(20) : text);
      if (parsed.ok) return parsed;
    }
  } else if (typeof value === "string") {
    const parsed = parseDecimal(value);
    if (parsed.ok) return parsed;
  }
  return fail("invalid_fact", `fact "${attributeId}" must be a number or decimal string`, [attributeId]);
}

function aboveLower(value: Decimal | number, bound: RangeBound): boolean {
  if (bound.value === undefined) return true;
  if (typeof value === "number" && bound.approximate !== undefined) {
    return value > bound.approximate || (value === bound.approximate && bound.inclusive);
  }
  const order = compare(typeof value === "number" ? unwrapNumber(value) : value, bound.value);
  return order > 0 || (order === 0 && bound.inclusive);
}

function belowUpper(value: Decimal | number, bound: RangeBound): boolean {
  if (bound.value === undefined) return true;
  if (typeof value === "number" && bound.approximate !== undefined) {
    return value < bound.approximate || (value === bound.approximate && bound.inclusive);
  }
  const order = compare(typeof value === "number" ? unwrapNumber(value) : value, bound.value);
  return order < 0 || (order === 0 && bound.inclusive);
}

/** A finite number's exact decimal form (validated by toNumeric before any comparison). */
function unwrapNumber(value: number): Decimal {
  const parsed = toNumeric(value, "");
  if (!parsed.ok) throw new InvariantError(`unexpected non-finite number ${value}`);
  return parsed.value;
}

function selectBin(attribute: ScorecardAttribute, value: ScoreFact): Result<ScorecardBin> {
  if (value === null || value === undefined) {
    if (attribute.missingBin) return ok(attribute.missingBin);
    return fail("missing_fact", `fact "${attribute.id}" is missing and the attribute has no missing bin`, [
      attribute.id,
    ]);
  }
  let found: ScorecardBin | undefined;
  if (attribute.type === "numeric") {
    // Finite numbers are compared directly (see RangeBound.approximate); everything else exactly.
    let numeric: Decimal | number;
    if (typeof value === "number" && Number.isFinite(value)) {
      numeric = value;
    } else {
      const parsed = toNumeric(value, attribute.id);
      if (!parsed.ok) return parsed;
      numeric = parsed.value;
    }
    found = attribute.bins.find(
      (bin) => bin.lower && bin.upper && aboveLower(numeric, bin.lower) && belowUpper(numeric, bin.upper),
    );
  } else {
    const text = String(value);
    found = attribute.bins.find((bin) => bin.values?.has(text));
  }
  found ??= attribute.otherBin;
  if (found) return ok(found);
  return fail("no_matching_bin", `fact "${attribute.id}" = ${String(value).slice(0, 40)} matches no bin`, [
    attribute.id,
  ]);
}

/**
 * Ranks reason codes by points lost against each attribute's best bin (points below max, the
 * industry default; see shared/reference/rule-engine-notes.md §5.2). Shortfalls that share a code
 * are summed; codes with no shortfall are dropped; ties keep document order.
 */
function rankReasonCodes(scores: ReadonlyArray<AttributeScore>): RankedReasonCode[] {
  const byCode = new Map<string, { pointsBelowMax: number; attributeIds: string[]; order: number }>();
  for (const [order, each] of scores.entries()) {
    if (each.pointsBelowMax <= 0) continue;
    const entry = byCode.get(each.reasonCode);
    if (entry) {
      entry.pointsBelowMax += each.pointsBelowMax;
      entry.attributeIds.push(each.attributeId);
    } else {
      byCode.set(each.reasonCode, { pointsBelowMax: each.pointsBelowMax, attributeIds: [each.attributeId], order });
    }
  }
  return [...byCode.entries()]
    .sort(([, a], [, b]) => b.pointsBelowMax - a.pointsBelowMax || a.order - b.order)
    .map(([reasonCode, { pointsBelowMax, attributeIds }]) => ({ reasonCode, pointsBelowMax, attributeIds }));
}

/**
 * Scores an applicant: base score plus the points of the one bin each attribute's fact falls in,
 * with reason codes ranked by points below each attribute's best bin (largest first, ties in
 * document order). Deterministic: the same facts always give the same result.
 *
 * Failure codes: `invalid_fact` (a numeric attribute got a non-number), `missing_fact` (absent and
 * no missing bin), `no_matching_bin` (present but in no bin and no other bin).
 *
 * @example
 * const result = scoreApplicant(unwrap(compileScorecard(demoScorecard)), { inquiriesLast6Months: 1 });
 */
export function scoreApplicant(scorecard: Scorecard, facts: Readonly<Record<string, ScoreFact>>): Result<ScoreResult> {
  const attributes: AttributeScore[] = [];
  let score = scorecard.baseScore;
  for (const attribute of scorecard.attributes) {
    const value = Object.hasOwn(facts, attribute.id) ? facts[attribute.id] : undefined;
    const bin = selectBin(attribute, value);
    if (!bin.ok) return bin;
    score += bin.value.points;
    attributes.push({
      attributeId: attribute.id,
      binIndex: bin.value.index,
      binKind: bin.value.kind,
      points: bin.value.points,
      maxPoints: attribute.maxPoints,
      pointsBelowMax: attribute.maxPoints - bin.value.points,
      reasonCode: bin.value.reasonCode,
    });
  }
  return ok({
    scorecardId: scorecard.id,
    scorecardVersion: scorecard.version,
    score,
    baseScore: scorecard.baseScore,
    attributes,
    reasonCodes: rankReasonCodes(attributes),
  });
}
