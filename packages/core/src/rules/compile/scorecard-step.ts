import { maxPrincipalReasons } from "../../compliance/index.js";
import { fail, ok, type Result } from "../../errors/index.js";
import { formatDecimal, normalize } from "../../money/index.js";
import { compileScorecard, type Scorecard, type ScoreFact, scoreApplicant } from "../../scoring/index.js";
import type { Value } from "../language/ast.js";
import type { ExactNumber } from "../runtime/runtime-values.js";
import type { RuleSetScorecard } from "../schema.js";
import type { CompileContext } from "./compile-context.js";
import { raise, type Site } from "./compile-site.js";
import type { ScorecardPlan } from "./plan.js";

/** A declared scorecard after validation, before its slots are known. */
export interface ParsedScorecard {
  readonly declaration: RuleSetScorecard;
  readonly index: number;
  readonly card: Scorecard;
  readonly where: Site;
  readonly dependencies: ReadonlySet<string>;
}

/**
 * How one declared scorecard scored an applicant: the score (the number rules read), every
 * attribute's bin and points, and the reason codes ranked by points lost against each attribute's
 * best bin (largest first, ties in attribute order, untruncated; a decline gives the first four).
 *
 * @example
 * const top = result.scorecards[0]?.reasonCodes[0]; // { code: "HIGH_REVOLVING_UTILIZATION", pointsBelowMax: 40, attributeIds: ["revolvingUtilizationPercent"] }
 */
export interface ScorecardOutcome {
  readonly name: string;
  readonly scorecardId: string;
  readonly scorecardVersion: string;
  readonly score: number;
  readonly reasonCodes: ReadonlyArray<{
    readonly code: string;
    readonly pointsBelowMax: number;
    readonly attributeIds: ReadonlyArray<string>;
  }>;
  readonly attributes: ReadonlyArray<{
    readonly attributeId: string;
    readonly binIndex: number;
    readonly points: number;
    readonly maxPoints: number;
    readonly reasonCode: string;
  }>;
}

/** `recent_inquiries` → `RECENT_INQUIRIES`: scorecard codes in the rule set's reason-code form. */
export function upperReasonCode(code: string): string {
  return code.toUpperCase();
}

/** Validates a declared scorecard with scoring/'s `compileScorecard` (its errors keep their codes). */
export function parseScorecard(declaration: RuleSetScorecard, index: number): ParsedScorecard {
  const where: Site = {
    path: ["scorecards", index],
    label: `scorecard "${declaration.name}"`,
    ids: { scorecard: declaration.name },
  };
  const compiled = compileScorecard(declaration.scorecard);
  if (!compiled.ok) {
    const { code, message, path } = compiled.error;
    raise(code, message, { ...where, path: [...where.path, "scorecard", ...(path ?? [])] });
  }
  const dependencies = new Set(compiled.value.attributes.map((attribute) => attribute.id));
  return { declaration, index, card: compiled.value, where, dependencies };
}

/** Checks each attribute reads a declared name of the right type and gives the score its slot. */
export function compileScorecardStep(parsed: ParsedScorecard, ctx: CompileContext): ScorecardPlan {
  const attributeSlots = parsed.card.attributes.map((attribute, a) => {
    const at = { ...parsed.where, path: [...parsed.where.path, "scorecard", "attributes", a, "id"] };
    const type = ctx.typeOf(attribute.id);
    if (type === undefined) raise("unknown_variable", `attribute "${attribute.id}" is not a declared name`, at);
    const wanted = attribute.type === "numeric" ? "number" : "string";
    if (type !== wanted)
      raise(
        "type_mismatch",
        `attribute "${attribute.id}" is ${type}, a ${attribute.type} attribute reads ${wanted}`,
        at,
      );
    return ctx.slotOf(attribute.id);
  });
  const codes = parsed.card.attributes.flatMap((attribute) => [
    attribute.reasonCode,
    ...attribute.bins.map((bin) => bin.reasonCode),
    ...(attribute.missingBin ? [attribute.missingBin.reasonCode] : []),
    ...(attribute.otherBin ? [attribute.otherBin.reasonCode] : []),
  ]);
  return {
    kind: "scorecard",
    name: parsed.declaration.name,
    index: parsed.index,
    slot: ctx.declare(parsed.declaration.name, "number"),
    scorecard: parsed.card,
    attributeSlots,
    reasonCodeOf: new Map(codes.map((code) => [code, upperReasonCode(code)])),
  };
}

/** A slot value as a scoring fact: exact numbers as numbers or decimal strings, strings as they are. */
function scoreFact(value: Value): ScoreFact {
  if (value === null || typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (Array.isArray(value)) return null;
  return formatDecimal(normalize(value as Exclude<ExactNumber, number>));
}

/**
 * Scores the applicant from the attribute slots with scoring/'s `scoreApplicant` and writes the
 * score into its slot. A value in no bin (or null with no missing bin) is `scorecard_no_bin`.
 */
export function runScorecard(plan: ScorecardPlan, slots: Value[]): Result<ScorecardOutcome> {
  const facts: Record<string, ScoreFact> = {};
  plan.scorecard.attributes.forEach((attribute, a) => {
    facts[attribute.id] = scoreFact(slots[plan.attributeSlots[a]!] ?? null);
  });
  const scored = scoreApplicant(plan.scorecard, facts);
  if (!scored.ok) {
    return fail("scorecard_no_bin", `scorecard "${plan.name}": ${scored.error.message}`, ["scorecards", plan.index], {
      scorecard: plan.name,
      attributeId: scored.error.path?.[0] ?? null,
    });
  }
  const result = scored.value;
  slots[plan.slot] = result.score;
  const upper = (code: string) => plan.reasonCodeOf.get(code) ?? upperReasonCode(code);
  return ok({
    name: plan.name,
    scorecardId: result.scorecardId,
    scorecardVersion: result.scorecardVersion,
    score: result.score,
    reasonCodes: result.reasonCodes.map((each) => ({
      code: upper(each.reasonCode),
      pointsBelowMax: each.pointsBelowMax,
      attributeIds: each.attributeIds,
    })),
    attributes: result.attributes.map((each) => ({
      attributeId: each.attributeId,
      binIndex: each.binIndex,
      points: each.points,
      maxPoints: each.maxPoints,
      reasonCode: upper(each.reasonCode),
    })),
  });
}

/**
 * The reasons a rule with `reasonCodesFrom` gives: the scorecard's first four ranked codes (Reg B
 * comment 9(b)(2)-1), or the rule's own codes when no attribute lost points.
 */
export function scorecardReasons(outcome: ScorecardOutcome | undefined, fallback: ReadonlyArray<string>): string[] {
  const ranked = outcome?.reasonCodes ?? [];
  if (ranked.length === 0) return [...fallback];
  return ranked.slice(0, maxPrincipalReasons).map((each) => each.code);
}
