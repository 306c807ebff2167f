import { fail, ok, type Result } from "../errors/index.js";
import type { Citation } from "./check-result.js";
import {
  type AdverseActionStatement,
  demoReasonStatementMap,
  type ReasonStatementMapping,
  regBSampleReasons,
  regBSampleReasonsCitation,
} from "./reg-b-sample-reasons.js";

/**
 * Disclosing more than four principal reasons is "not likely to be helpful" (comment 9(b)(2)-1).
 *
 * @example maxPrincipalReasons === 4
 */
export const maxPrincipalReasons = 4;

/**
 * One principal reason on a notice, with the reason codes that led to it (best rank first).
 *
 * @example const reason: PrincipalReason = { statementId: "bankruptcy", statement: "Bankruptcy", reasonCodes: ["bankruptcy"] };
 */
export interface PrincipalReason {
  readonly statementId: string;
  /** The text to print; for `other`, the specific reason. */
  readonly statement: string;
  readonly reasonCodes: ReadonlyArray<string>;
}

/** Output of {@link buildAdverseActionReasons}. @example result.principalReasons.length <= 4 */
export interface AdverseActionReasons {
  /** At most four, deduplicated by statement, in rank order. */
  readonly principalReasons: ReadonlyArray<PrincipalReason>;
  /** Every statement before truncation, for the decision record. */
  readonly allReasons: ReadonlyArray<PrincipalReason>;
  readonly citation: Citation;
}

/** Options of {@link buildAdverseActionReasons}. @example const options: AdverseActionOptions = { map: demoReasonStatementMap }; */
export interface AdverseActionOptions {
  readonly map: Readonly<Record<string, ReasonStatementMapping>>;
  readonly statements?: ReadonlyArray<AdverseActionStatement>;
  /** 1-4; default 4. */
  readonly maxReasons?: number;
}

function resolve(
  code: string,
  mapping: ReasonStatementMapping | undefined,
  statements: ReadonlyArray<AdverseActionStatement>,
): Result<{ key: string; statementId: string; statement: string }> {
  if (!mapping) return fail("unmapped_reason_code", `reason code "${code}" has no adverse-action statement`, [code]);
  const found = statements.find((each) => each.id === mapping.statementId);
  if (!found) {
    return fail("unknown_statement", `reason code "${code}" maps to unknown statement "${mapping.statementId}"`, [
      code,
    ]);
  }
  if (found.id !== "other") return ok({ key: found.id, statementId: found.id, statement: found.statement });
  const text = mapping.otherText?.trim();
  if (!text) return fail("missing_other_text", `reason code "${code}" maps to "other" without specific text`, [code]);
  return ok({ key: `other:${text}`, statementId: "other", statement: text });
}

/**
 * Turns ranked reason codes (knock-out rules first, then scorecard reasons by points lost) into the
 * principal-reason statements of an ECOA / Regulation B adverse-action notice: mapped through
 * `options.map`, deduplicated by statement (keeping the best rank), and capped at four.
 *
 * Every code must map: a code with no statement fails with `unmapped_reason_code` rather than being
 * dropped from a notice. Other failures: `unknown_statement`, `missing_other_text`, `invalid_max_reasons`.
 *
 * @see 12 CFR 1002.9(a)(2), (b)(2) and comment 9(b)(2)-1; Appendix C Form C-1
 * @example
 * buildAdverseActionReasons(["excessive_obligations", "recent_inquiries"], { map: demoReasonStatementMap })
 * // ok({ principalReasons: [{ statement: "Excessive obligations in relation to income", … }, { statement: "Number of recent inquiries on credit bureau report", … }], … })
 */
export function buildAdverseActionReasons(
  rankedReasonCodes: ReadonlyArray<string>,
  options: AdverseActionOptions = { map: demoReasonStatementMap },
): Result<AdverseActionReasons> {
  const maxReasons = options.maxReasons ?? maxPrincipalReasons;
  if (!Number.isInteger(maxReasons) || maxReasons < 1 || maxReasons > maxPrincipalReasons) {
    return fail("invalid_max_reasons", `maxReasons must be 1-${maxPrincipalReasons}`, ["maxReasons"]);
  }
  const statements = options.statements ?? regBSampleReasons;
  const byKey = new Map<string, { statementId: string; statement: string; reasonCodes: string[] }>();
  for (const code of rankedReasonCodes) {
    const mapping = Object.hasOwn(options.map, code) ? options.map[code] : undefined;
    const resolved = resolve(code, mapping, statements);
    if (!resolved.ok) return resolved;
    const existing = byKey.get(resolved.value.key);
    if (existing) {
      if (!existing.reasonCodes.includes(code)) existing.reasonCodes.push(code);
    } else {
      byKey.set(resolved.value.key, { ...resolved.value, reasonCodes: [code] });
    }
  }
  const allReasons = [...byKey.values()].map(({ statementId, statement, reasonCodes }) => ({
    statementId,
    statement,
    reasonCodes,
  }));
  return ok({ principalReasons: allReasons.slice(0, maxReasons), allReasons, citation: regBSampleReasonsCitation });
}
