import { fail, ok, type Result } from "@lendstack/core/errors";
import type { Executor } from "../db/database.js";
import { LOAN_EXTERNAL_REFERENCE_INDEX } from "../db/schema/loans.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { decisionsStore } from "../decisions/store.js";
import { loansStore } from "./store.js";

/** What of a boarding request points at other records. */
export interface BoardingLinks {
  readonly externalReference?: string | undefined;
  readonly decisionId?: string | undefined;
}

/** @example return duplicateExternalReference("LN-1", "loan_…"); */
export function duplicateExternalReference(externalReference: string, existingId: string) {
  return fail(
    "duplicate_external_reference",
    `Loan ${existingId} already has the external reference "${externalReference}" in this tenant.`,
    ["externalReference"],
    { existingId },
  );
}

/**
 * Checks a boarding's links in the tenant: the external reference is not another loan's (409
 * `duplicate_external_reference` with `existingId`), and the decision exists (404 `decision_not_found`)
 * and did not decline (422 `decision_declined`). The unique index still decides a race; see
 * {@link duplicateFromViolation}.
 *
 * @example
 * const links = await checkBoardingLinks(tx, tenantId, request);
 * if (!links.ok) return links;
 */
export async function checkBoardingLinks(
  executor: Executor,
  tenantId: string,
  links: BoardingLinks,
): Promise<Result<void>> {
  if (links.externalReference !== undefined) {
    const existing = await loansStore(executor, tenantId).findByExternalReference(links.externalReference);
    if (existing !== undefined) return duplicateExternalReference(links.externalReference, existing.id);
  }
  if (links.decisionId === undefined) return ok(undefined);
  const decision = await decisionsStore(executor, tenantId).find(links.decisionId);
  if (decision === undefined) {
    return fail("decision_not_found", `No decision ${links.decisionId} in this tenant.`, ["decisionId"]);
  }
  if (decision.decision === "decline") {
    return fail(
      "decision_declined",
      `Decision ${links.decisionId} declined the application; a loan cannot be boarded on it.`,
      ["decisionId"],
    );
  }
  return ok(undefined);
}

/**
 * When a boarding lost a race on the external reference (the unique index refused its insert after the
 * check passed), the same 409 as the check gives, naming the loan that won; otherwise undefined.
 *
 * @example
 * catch (error) { const duplicate = await duplicateFromViolation(error, db, tenantId, request); if (duplicate) return duplicate; throw error; }
 */
export async function duplicateFromViolation(
  error: unknown,
  executor: Executor,
  tenantId: string,
  links: BoardingLinks,
) {
  const reference = links.externalReference;
  if (reference === undefined || !isUniqueViolation(error, LOAN_EXTERNAL_REFERENCE_INDEX)) return undefined;
  const existing = await loansStore(executor, tenantId).findByExternalReference(reference);
  return existing === undefined ? undefined : duplicateExternalReference(reference, existing.id);
}
