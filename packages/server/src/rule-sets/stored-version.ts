import { type RuleSetDocument, ruleSetSchema } from "@lendstack/core/rules";
import { decodeStored } from "../db/corrupt-record.js";
import type { RuleSetVersionRow } from "../db/schema/index.js";

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
