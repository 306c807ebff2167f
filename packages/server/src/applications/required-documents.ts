import { ok, type Result } from "@lendstack/core/errors";
import { requiredDocumentType } from "@lendstack/core/origination";
import { raiseRecordedCondition } from "../conditions/raise.js";
import { conditionsStore } from "../conditions/store.js";
import type { ChangeContext } from "../db/audit.js";
import type { ApplicationRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";

/** The distinct text entries of a decision's `requiredDocuments` output (a list output; anything else: none). */
function requiredEntries(outputs: Readonly<Record<string, unknown>>): string[] {
  const list = outputs.requiredDocuments;
  if (!Array.isArray(list)) return [];
  const entries = list.filter((entry): entry is string => typeof entry === "string" && entry.trim() !== "");
  return [...new Set(entries)];
}

/** What the condition asks for, and the document type that meets it (none: an underwriter clears it). */
function requirementOf(entry: string) {
  const documentType = requiredDocumentType(entry);
  const what = documentType === undefined ? entry.trim() : documentType.replaceAll("_", " ");
  return { description: `Required document: ${what}`, documentType };
}

/**
 * The documents a decision requires (its rule set's `requiredDocuments` output, e.g. `"bank_statement"`)
 * become prior-to-closing conditions on the application, each cleared when a reviewer accepts a document of
 * that type for the application or an applicant — or at once, when one already has been. An entry naming no
 * known document type raises a condition an underwriter clears by hand. A requirement already raised is
 * not raised twice.
 *
 * @example
 * await raiseRequiredDocuments(tx, context, application, { requiredDocuments: ["bank_statement"] });
 */
export async function raiseRequiredDocuments(
  executor: Executor,
  context: ChangeContext,
  application: ApplicationRow,
  outputs: Readonly<Record<string, unknown>>,
): Promise<Result<true>> {
  const entries = requiredEntries(outputs);
  if (entries.length === 0) return ok(true);
  const existing = await conditionsStore(executor, context.tenantId).forApplication(application.id);
  const raised = new Set(existing.map((condition) => condition.description));
  for (const entry of entries) {
    const requirement = requirementOf(entry);
    if (raised.has(requirement.description)) continue;
    raised.add(requirement.description);
    const condition = await raiseRecordedCondition(executor, context, application, {
      kind: "prior_to_closing",
      ...requirement,
    });
    if (!condition.ok) return condition;
  }
  return ok(true);
}
