import { fail, ok, type Result } from "@lendstack/core/errors";
import { applicationsStore } from "../applications/store.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { DocumentRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { loansStore } from "../loans/store.js";
import { findParty } from "../parties/store.js";
import { checkFileName } from "./file-name.js";
import { type Intake, inspected, UploadRefused } from "./intake.js";
import type { DocumentSettings } from "./settings.js";
import { essenceOf } from "./sniff.js";
import { documentsStore } from "./store.js";

/** What an upload says about its file, in either form. */
export interface UploadMetadata {
  readonly type: string;
  readonly partyId?: string | undefined;
  readonly applicationId?: string | undefined;
  readonly loanId?: string | undefined;
  readonly supersedes?: string | undefined;
  readonly fileName: string;
  readonly contentType: string;
}

/** An upload whose metadata passed, ready for its bytes. */
export interface UploadPlan {
  readonly id: string;
  readonly storageKey: string;
  readonly ownerType: "party" | "application" | "loan";
  readonly ownerId: string;
  readonly type: string;
  readonly fileName: string;
  readonly declared: string;
  readonly version: number;
  readonly lineageId: string;
  readonly supersedesId: string | null;
}

const SUPERSEDES_INDEX = "documents_tenant_id_supersedes_id_index";

/**
 * The one owner the upload names: each id given must exist in the tenant (404 `party_not_found`,
 * `application_not_found`, `loan_not_found`), then exactly one must be given (422 `validation_failed`).
 */
async function ownerOf(
  executor: Executor,
  tenantId: string,
  metadata: UploadMetadata,
): Promise<Result<{ ownerType: UploadPlan["ownerType"]; ownerId: string }>> {
  const owners: Array<{ ownerType: UploadPlan["ownerType"]; ownerId: string }> = [];
  if (metadata.partyId !== undefined) {
    if ((await findParty(executor, tenantId, metadata.partyId)) === undefined) {
      return fail("party_not_found", `No party ${metadata.partyId} in this tenant.`, ["partyId"]);
    }
    owners.push({ ownerType: "party", ownerId: metadata.partyId });
  }
  if (metadata.applicationId !== undefined) {
    if ((await applicationsStore(executor, tenantId).find(metadata.applicationId)) === undefined) {
      const message = `No application ${metadata.applicationId} in this tenant.`;
      return fail("application_not_found", message, ["applicationId"]);
    }
    owners.push({ ownerType: "application", ownerId: metadata.applicationId });
  }
  if (metadata.loanId !== undefined) {
    if ((await loansStore(executor, tenantId).find(metadata.loanId)) === undefined) {
      return fail("loan_not_found", `No loan ${metadata.loanId} in this tenant.`, ["loanId"]);
    }
    owners.push({ ownerType: "loan", ownerId: metadata.loanId });
  }
  const [owner] = owners;
  if (owner !== undefined && owners.length === 1) return ok(owner);
  const issue = { code: "one_owner", message: "give exactly one owner: partyId, applicationId or loanId" };
  return fail("validation_failed", "The document needs exactly one owner.", [], {
    issues: [{ ...issue, path: ["partyId"] }],
  });
}

/** The version an upload superseding `supersedes` becomes, after checking it may. */
async function versionAfter(
  executor: Executor,
  tenantId: string,
  supersedes: string,
  owner: { ownerType: string; ownerId: string; type: string },
): Promise<Result<{ version: number; lineageId: string }>> {
  const store = documentsStore(executor, tenantId);
  const previous = await store.find(supersedes);
  if (previous === undefined) {
    return fail("document_not_found", `No document ${supersedes} in this tenant to supersede.`, ["supersedes"]);
  }
  if (previous.ownerId !== owner.ownerId || previous.type !== owner.type) {
    const message = `Document ${supersedes} is a ${previous.type} of ${previous.ownerId}; a new version keeps the owner and type.`;
    return fail("supersedes_mismatch", message, ["supersedes"]);
  }
  const successor = await store.successorOf(supersedes);
  if (successor !== undefined) {
    const message = `Document ${supersedes} was already superseded by ${successor.id}; supersede the latest version.`;
    return fail("document_superseded", message, ["supersedes"], { existingId: successor.id });
  }
  return ok({ version: previous.version + 1, lineageId: previous.lineageId });
}

/**
 * Checks an upload's metadata before any byte is read: the declared content type on the allow-list (415
 * `content_type_not_allowed`), a safe file name (422 `unsafe_file_name`), the owner in the tenant (404
 * `party_not_found` …), and a superseded document of the same owner and type that is still the latest.
 *
 * @example
 * const plan = await planUpload(db, context, settings, { type: "pay_stub", partyId, fileName, contentType });
 */
export async function planUpload(
  executor: Executor,
  context: ChangeContext,
  settings: DocumentSettings,
  metadata: UploadMetadata,
): Promise<Result<UploadPlan>> {
  const declared = essenceOf(metadata.contentType);
  if (!settings.contentTypes.includes(declared)) {
    const message = `Documents of type ${declared} are not accepted; accepted: ${settings.contentTypes.join(", ")}.`;
    return fail("content_type_not_allowed", message, ["contentType"], { accepted: settings.contentTypes });
  }
  const fileName = checkFileName(metadata.fileName);
  if (!fileName.ok) return fileName;
  const owner = await ownerOf(executor, context.tenantId, metadata);
  if (!owner.ok) return owner;
  const id = context.ids.next("doc");
  let lineage = { version: 1, lineageId: id };
  if (metadata.supersedes !== undefined) {
    const after = await versionAfter(executor, context.tenantId, metadata.supersedes, {
      ...owner.value,
      type: metadata.type,
    });
    if (!after.ok) return after;
    lineage = after.value;
  }
  return ok({
    id,
    storageKey: id,
    ...owner.value,
    type: metadata.type,
    fileName: fileName.value,
    declared,
    ...lineage,
    supersedesId: metadata.supersedes ?? null,
  });
}

/**
 * Streams an upload's bytes to storage through the checks of `inspected` (sniffed type, size limit,
 * SHA-256). A refusal or a storage failure leaves nothing stored and no row; a stored object whose row
 * cannot be written is deleted. Returns the written bytes' intake; `recordUpload` then writes the row.
 *
 * @example
 * const stored = await storeUpload(settings, plan, chunks);
 */
export async function storeUpload(
  settings: DocumentSettings,
  plan: UploadPlan,
  bytes: AsyncIterable<Uint8Array>,
): Promise<Result<Intake>> {
  const intake: Intake = { sizeBytes: 0, sha256: "", contentType: "" };
  try {
    await settings.storage.put(
      plan.storageKey,
      inspected(bytes, { declared: plan.declared, maxBytes: settings.maxBytes }, intake),
    );
  } catch (error) {
    if (error instanceof UploadRefused) return { ok: false, error: error.error };
    throw error;
  }
  return ok(intake);
}

/**
 * Writes a stored upload's row and audit record in the caller's transaction; on any failure deletes the
 * stored object (a lost race to supersede the same version is 409 `document_superseded`). `audit` names
 * another action than `document.uploaded` (a generated document) and adds details.
 *
 * @example
 * const row = await recordUpload(db, context, settings, plan, intake);
 */
export async function recordUpload(
  executor: Executor,
  context: ChangeContext,
  settings: DocumentSettings,
  plan: UploadPlan,
  intake: Intake,
  audit?: { readonly action: string; readonly details: Record<string, unknown> },
): Promise<Result<DocumentRow>> {
  try {
    const row = await documentsStore(executor, context.tenantId).insert({
      id: plan.id,
      ownerType: plan.ownerType,
      ownerId: plan.ownerId,
      type: plan.type,
      fileName: plan.fileName,
      contentType: intake.contentType,
      sizeBytes: intake.sizeBytes,
      sha256: intake.sha256,
      storageKey: plan.storageKey,
      version: plan.version,
      lineageId: plan.lineageId,
      supersedesId: plan.supersedesId,
      status: "pending_review",
      reviewedBy: null,
      reviewedAt: null,
      rejectionReason: null,
      uploadedBy: context.actor,
      createdAt: context.now,
    });
    await writeAudit(executor, context, {
      action: audit?.action ?? "document.uploaded",
      resourceType: "document",
      resourceId: row.id,
      details: {
        ...audit?.details,
        ownerType: plan.ownerType,
        ownerId: plan.ownerId,
        type: plan.type,
        sha256: intake.sha256,
        size: intake.sizeBytes,
        version: plan.version,
        supersedes: plan.supersedesId,
      },
    });
    return ok(row);
  } catch (error) {
    await settings.storage.delete(plan.storageKey);
    if (isUniqueViolation(error, SUPERSEDES_INDEX)) {
      const message = `Document ${plan.supersedesId ?? ""} was superseded by another upload meanwhile.`;
      return fail("document_superseded", message, ["supersedes"]);
    }
    throw error;
  }
}

/** Drops a stored upload that will not be recorded (the request failed after its bytes were stored). */
export async function discardUpload(settings: DocumentSettings, plan: UploadPlan): Promise<void> {
  await settings.storage.delete(plan.storageKey);
}

/**
 * A reviewer accepts or rejects the latest version of a document still pending review: 404
 * `document_not_found`, 409 `document_not_pending` or `document_superseded`; audited as `document.accepted`
 * or `document.rejected`.
 *
 * @example
 * await reviewDocument(db, context, "doc_…", { verdict: "rejected", reason: "illegible" });
 */
export async function reviewDocument(
  executor: Executor,
  context: ChangeContext,
  documentId: string,
  review: { readonly verdict: "accepted" } | { readonly verdict: "rejected"; readonly reason: string },
): Promise<Result<DocumentRow>> {
  const store = documentsStore(executor, context.tenantId);
  const row = await store.find(documentId, { lock: true });
  if (row === undefined) return fail("document_not_found", `No document ${documentId} in this tenant.`);
  if (row.status !== "pending_review") {
    return fail("document_not_pending", `Document ${documentId} was already ${row.status}.`);
  }
  const successor = await store.successorOf(documentId);
  if (successor !== undefined) {
    return fail("document_superseded", `Document ${documentId} was superseded by ${successor.id}; review that.`);
  }
  const updated = await store.update(documentId, {
    status: review.verdict,
    reviewedBy: context.actor,
    reviewedAt: context.now,
    rejectionReason: review.verdict === "rejected" ? review.reason : null,
  });
  await writeAudit(executor, context, {
    action: `document.${review.verdict}`,
    resourceType: "document",
    resourceId: documentId,
    details: review.verdict === "rejected" ? { reason: review.reason } : {},
  });
  return ok(updated);
}
