import { type RuleSetDocument, ruleSetSchema } from "@lendstack/core/rules";
import { decodeStored } from "../db/corrupt-record.js";
import type { RuleSetVersionRow } from "../db/schema/index.js";
import { normalizeReasonStatements, type ReasonStatements } from "./input.js";
import { reasonStatementsSchema } from "./schemas.js";

/**
 * A version's stored document through core's rule-set schema. A document the schema refuses is a
 * `CorruptRecordError` (500 `corrupt_record`): every stored document passed it when it was written.
 *
 * @example
 * const document = storedDocument(versionRow);
 */
export function storedDocument(row: Pick<RuleSetVersionRow, "ruleSetId" | "version" | "document">): RuleSetDocument {
  const at = { table: "rule_set_versions", id: `${row.ruleSetId} v${row.version}`, column: "document" };
  return decodeStored(ruleSetSchema, row.document, at);
}

/**
 * A version's stored reason statements through the API's schema, or null when it has none.
 *
 * @example
 * const map = storedReasonStatements(versionRow); // { DTI_HIGH: { statementId: "excessive_obligations" } }
 */
export function storedReasonStatements(
  row: Pick<RuleSetVersionRow, "ruleSetId" | "version" | "reasonStatements">,
): ReasonStatements | null {
  if (row.reasonStatements === null) return null;
  const at = { table: "rule_set_versions", id: `${row.ruleSetId} v${row.version}`, column: "reason_statements" };
  return normalizeReasonStatements(decodeStored(reasonStatementsSchema, row.reasonStatements, at));
}
