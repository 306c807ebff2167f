import { type DomainError, fail } from "@lendstack/core/errors";
import {
  type BusinessInput,
  type FieldIssue,
  type IndividualInput,
  validateBusiness,
  validateIndividual,
} from "@lendstack/core/parties";
import type { Executor } from "../db/types.js";
import { partyTypes } from "./store.js";

/**
 * The failure listing every bad field (`validation_failed`, 422); the route turns its issues into the
 * problem's `errors`.
 *
 * @example
 * return invalid([{ path: ["taxId"], code: "invalid_ssn_area", message: "…" }]);
 */
export function invalid(issues: ReadonlyArray<FieldIssue>): { readonly ok: false; readonly error: DomainError } {
  return fail("validation_failed", `The party has ${issues.length} invalid field(s).`, undefined, { issues });
}

/**
 * Core's issues with the party, plus — for a business — each linked owner or control person that is not
 * an individual. A linked id that is not a party of the tenant is `linked_party_not_found` (404), so that
 * another tenant's ids reveal nothing.
 *
 * @example
 * const checked = await checkParty(db, tenantId, input, "2026-12-03");
 */
export async function checkParty(
  executor: Executor,
  tenantId: string,
  input: IndividualInput | BusinessInput,
  asOf: string,
  extraIssues: ReadonlyArray<FieldIssue> = [],
): Promise<{ readonly ok: true } | { readonly ok: false; readonly error: DomainError }> {
  const date = asOf as Parameters<typeof validateIndividual>[1];
  if (input.type === "individual") {
    const issues = [...extraIssues, ...validateIndividual(input, date)];
    return issues.length === 0 ? { ok: true } : invalid(issues);
  }
  const links = [
    ...input.beneficialOwners.map((owner, index) => ({
      id: owner.partyId,
      path: ["beneficialOwners", index, "partyId"],
    })),
    { id: input.controlPerson.partyId, path: ["controlPerson", "partyId"] },
  ];
  const types = await partyTypes(executor, tenantId, [...new Set(links.map((link) => link.id))]);
  const missing = links.find((link) => !types.has(link.id));
  if (missing !== undefined) {
    return fail("linked_party_not_found", `No party ${missing.id} in this tenant (${missing.path.join(".")}).`);
  }
  const notPeople = links
    .filter((link) => types.get(link.id) !== "individual")
    .map((link) => ({
      path: link.path,
      code: "not_an_individual",
      message: "owners and control persons are individuals",
    }));
  const issues = [...extraIssues, ...validateBusiness(input, date), ...notPeople];
  return issues.length === 0 ? { ok: true } : invalid(issues);
}
