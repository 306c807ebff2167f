import { buildAdverseActionReasons, type ReasonStatementMapping } from "@lendstack/core/compliance";
import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import {
  type CompiledRuleSet,
  compileRuleSet,
  type RuleSetDocument,
  reasonCodesOfRuleSet,
} from "@lendstack/core/rules";

/** Reason code -> Regulation B statement, as stored beside a version. */
export type ReasonStatements = Readonly<Record<string, ReasonStatementMapping>>;

/** The map as it arrives from a request (optional fields may be explicitly undefined). */
export type ReasonStatementsInput = Readonly<Record<string, { statementId: string; otherText?: string | undefined }>>;

/** The map without explicitly undefined fields. @example normalizeReasonStatements({ X: { statementId: "other", otherText: undefined } }) */
export function normalizeReasonStatements(input: ReasonStatementsInput): ReasonStatements {
  return Object.fromEntries(
    Object.entries(input).map(([code, { statementId, otherText }]) => [
      code,
      otherText === undefined ? { statementId } : { statementId, otherText },
    ]),
  );
}

/** A rule-set document that compiles, with its optional reason-statement map checked against it. */
export interface CheckedRuleSet {
  readonly document: RuleSetDocument;
  readonly compiled: CompiledRuleSet;
  readonly reasonStatements: ReasonStatements | null;
}

/** Puts a compile error's path under `document` (where it sits in the request body). */
function underDocument(error: DomainError): DomainError {
  return { ...error, path: ["document", ...(error.path ?? [])] };
}

/**
 * Compiles a rule-set document with core's `compileRuleSet` (the first error, located by rule id,
 * line and column, with its path under `document`) and, when a reason-statement map is given, checks
 * that every reason code the document can emit maps to a Regulation B statement
 * (`unmapped_reason_code`, `unknown_statement`, `missing_other_text`), so a decline can always be
 * explained.
 *
 * @example
 * const checked = checkRuleSet(demoUnderwritingRuleSet, null);
 * if (!checked.ok) console.log(checked.error.code, checked.error.details);
 */
export function checkRuleSet(
  document: unknown,
  reasonStatementsInput: ReasonStatementsInput | null,
): Result<CheckedRuleSet> {
  const reasonStatements = reasonStatementsInput === null ? null : normalizeReasonStatements(reasonStatementsInput);
  const compiled = compileRuleSet(document);
  if (!compiled.ok) return { ok: false, error: underDocument(compiled.error) };
  const parsed = compiled.value.document;
  if (reasonStatements !== null) {
    for (const code of reasonCodesOfRuleSet(parsed)) {
      if (!Object.hasOwn(reasonStatements, code)) {
        return fail(
          "unmapped_reason_code",
          `reason code "${code}" has no adverse-action statement in reasonStatements`,
          ["reasonStatements", code],
        );
      }
      const mapped = buildAdverseActionReasons([code], { map: reasonStatements });
      if (!mapped.ok) return fail(mapped.error.code, mapped.error.message, ["reasonStatements", code]);
    }
  }
  return ok({ document: parsed, compiled: compiled.value, reasonStatements });
}
