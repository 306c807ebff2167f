import { fail, ok, type Result } from "@lendstack/core/errors";
import { applicationsStore } from "../applications/store.js";
import { formOf } from "../applications/view.js";
import type { StoredEnvelopeDocument } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { loansStore } from "../loans/store.js";
import { pdfLib } from "../pdf/pdf-lib.js";
import { readStoredBytes, sha256Of } from "./stored-bytes.js";

/** Whom an envelope is for: an application and/or a loan. */
export interface EnvelopeOwner {
  readonly applicationId?: string | undefined;
  readonly loanId?: string | undefined;
}

/**
 * The ids a document of the envelope may belong to: the application, the loan, and the application's
 * applicants (parties). 404 `application_not_found` / `loan_not_found`; neither given: 422.
 *
 * @example
 * const owners = await ownersOf(db, tenantId, { applicationId: "app_…" });
 */
export async function ownersOf(
  executor: Executor,
  tenantId: string,
  owner: EnvelopeOwner,
): Promise<Result<Set<string>>> {
  const owners = new Set<string>();
  if (owner.applicationId !== undefined) {
    const application = await applicationsStore(executor, tenantId).find(owner.applicationId);
    if (application === undefined) {
      return fail("application_not_found", `No application ${owner.applicationId} in this tenant.`, ["applicationId"]);
    }
    owners.add(application.id);
    for (const applicant of formOf(application).applicants ?? []) owners.add(applicant.partyId);
  }
  if (owner.loanId !== undefined) {
    if ((await loansStore(executor, tenantId).find(owner.loanId)) === undefined) {
      return fail("loan_not_found", `No loan ${owner.loanId} in this tenant.`, ["loanId"]);
    }
    owners.add(owner.loanId);
  }
  if (owners.size > 0) return ok(owners);
  return fail("validation_failed", "An envelope is for an application, a loan or both.", [], {
    issues: [{ code: "owner_required", message: "give applicationId, loanId or both", path: ["applicationId"] }],
  });
}

/**
 * Checks one document an envelope is to carry and reads its bytes: in the tenant (404
 * `document_not_found`), the latest version (409 `document_superseded`), of one of the envelope's owners
 * (422 `document_owner_mismatch`), a PDF (422 `document_not_pdf`) that a PDF library can open (422
 * `document_unreadable`), and its stored bytes still the ones uploaded (409 `envelope_document_changed`).
 *
 * @example
 * const checked = await checkEnvelopeDocument(db, tenantId, settings, owners, "doc_…", 0);
 */
export async function checkEnvelopeDocument(
  executor: Executor,
  tenantId: string,
  settings: DocumentSettings,
  owners: ReadonlySet<string>,
  documentId: string,
  index: number,
): Promise<Result<StoredEnvelopeDocument>> {
  const path = ["documentIds", index];
  const store = documentsStore(executor, tenantId);
  const row = await store.find(documentId);
  if (row === undefined) return fail("document_not_found", `No document ${documentId} in this tenant.`, path);
  const successor = await store.successorOf(documentId);
  if (successor !== undefined) {
    return fail("document_superseded", `Document ${documentId} was superseded by ${successor.id}.`, path);
  }
  if (!owners.has(row.ownerId)) {
    const message = `Document ${documentId} belongs to ${row.ownerId}, not to this envelope's application, loan or applicants.`;
    return fail("document_owner_mismatch", message, path);
  }
  if (row.contentType !== "application/pdf") {
    return fail("document_not_pdf", `Document ${documentId} is ${row.contentType}; only PDFs can be signed.`, path);
  }
  const bytes = await readStoredBytes(settings.storage, row.storageKey);
  if (bytes === undefined || sha256Of(bytes) !== row.sha256) {
    return fail("envelope_document_changed", `Document ${documentId}'s stored bytes are not the ones uploaded.`, path);
  }
  try {
    const { PDFDocument } = await pdfLib();
    await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    return fail("document_unreadable", `Document ${documentId} is not a PDF that can be signed.`, path);
  }
  return ok({ documentId, fileName: row.fileName, sha256: row.sha256 });
}
