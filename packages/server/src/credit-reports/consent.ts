import { fail, ok, type Result } from "@lendstack/core/errors";
import { applicationsStore } from "../applications/store.js";
import { formOf } from "../applications/view.js";
import type { StoredCreditConsent } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { PullCreditReportRequest } from "./schemas.js";

/**
 * The consent a pull relies on (FCRA § 604(a)(2), and what every lender's policy asks before any pull):
 * given with the pull, or the party's `credit_report` consent on the linked application. The application
 * must exist (404 `application_not_found`) and name the party as an applicant (422
 * `party_not_on_application`); with neither consent: 422 `credit_report_consent_required`.
 *
 * @example const consent = await consentFor(tx, tenantId, "pty_…", request);
 */
export async function consentFor(
  executor: Executor,
  tenantId: string,
  partyId: string,
  request: PullCreditReportRequest,
): Promise<Result<StoredCreditConsent>> {
  let fromApplication: StoredCreditConsent | undefined;
  if (request.applicationId !== undefined) {
    const application = await applicationsStore(executor, tenantId).find(request.applicationId);
    if (application === undefined) {
      return fail("application_not_found", `No application ${request.applicationId} in this tenant.`, [
        "applicationId",
      ]);
    }
    const form = formOf(application);
    if (!(form.applicants ?? []).some((applicant) => applicant.partyId === partyId)) {
      return fail("party_not_on_application", `Party ${partyId} is not an applicant on ${request.applicationId}.`, [
        "applicationId",
      ]);
    }
    const given = (form.consents ?? []).find(
      (consent) => consent.type === "credit_report" && consent.partyId === partyId,
    );
    if (given !== undefined) {
      fromApplication = {
        source: "application",
        disclosureVersion: given.disclosureVersion ?? "",
        acceptedAt: given.acceptedAt ?? "",
        ipAddress: given.ipAddress ?? "",
      };
    }
  }
  if (request.consent !== undefined) return ok({ source: "request", ...request.consent });
  if (fromApplication !== undefined) return ok(fromApplication);
  return fail(
    "credit_report_consent_required",
    request.applicationId === undefined
      ? `No consent to pull ${partyId}'s credit report: give \`consent\` (the consumer's agreement) or link an application holding their credit_report consent.`
      : `Application ${request.applicationId} holds no credit_report consent from ${partyId}: add it to the application's consents, or give \`consent\` with the pull.`,
    [request.applicationId === undefined ? "consent" : "applicationId"],
  );
}
