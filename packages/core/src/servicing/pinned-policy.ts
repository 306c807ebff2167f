import type { ScheduleTerms } from "../schedule/index.js";
import type { ServicingPolicy } from "./policy.js";
import type { Loan } from "./state.js";

/**
 * The policy a loan is stored with: a flat-interest loan records its reschedule behaviour (`flatReschedule`, `flat`
 * unless the policy says otherwise) so that its stored history replays the same whatever a later default is.
 *
 * @example pinnedPolicy({ terms: flatTerms, policy }).flatReschedule === "flat"
 */
export function pinnedPolicy(loan: Loan): ServicingPolicy {
  const { terms, policy } = loan;
  if (terms.interestMethod !== "flat" || policy.flatReschedule !== undefined) return policy;
  return { ...policy, flatReschedule: "flat" };
}

/**
 * A stored loan's policy as its replays have always read it: a flat-interest loan stored without `flatReschedule`
 * (before `pinnedPolicy`) reschedules the `legacy` way.
 *
 * @example legacyFlatReschedule(flatTerms, storedPolicy).flatReschedule === "legacy"
 */
export function legacyFlatReschedule(terms: ScheduleTerms, policy: ServicingPolicy): ServicingPolicy {
  if (terms.interestMethod !== "flat" || policy.flatReschedule !== undefined) return policy;
  return { ...policy, flatReschedule: "legacy" };
}
