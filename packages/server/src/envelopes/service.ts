import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { GENESIS_HASH } from "../db/audit-chain.js";
import type { EnvelopeRow, EnvelopeSignerRow, StoredEnvelopeDocument } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { appendEnvelopeEvent } from "./chain.js";
import { checkEnvelopeDocument, ownersOf } from "./documents.js";
import { linkExpiryOf, newSigningToken } from "./links.js";
import type { createEnvelopeSchema, EnvelopeBody } from "./schemas.js";
import { currentSigners, envelopesStore } from "./store.js";
import { statusAt } from "./view.js";

type CreateRequest = z.infer<typeof createEnvelopeSchema>;
type SigningLink = EnvelopeBody["signingLinks"][number];

/** What envelopes need: the database, the document storage, and the base of signing links. */
export interface EnvelopeDeps {
  readonly db: Db;
  readonly documents: DocumentSettings;
  /** `https://host` the signing page is reached at: links are `<base>/sign/<token>`. */
  readonly linkBase: string;
}

/** An envelope, its signers and the links issued by the call (shown once). */
export interface EnvelopeState {
  readonly envelope: EnvelopeRow;
  readonly signers: ReadonlyArray<EnvelopeSignerRow>;
  readonly links: ReadonlyArray<SigningLink>;
}

const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

/** The owner and every document of a create request checked (see `checkEnvelopeDocument`). */
export async function checkedDocuments(
  deps: EnvelopeDeps,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<StoredEnvelopeDocument[]>> {
  const owners = await ownersOf(deps.db, context.tenantId, request);
  if (!owners.ok) return owners;
  if (new Set(request.documentIds).size !== request.documentIds.length) {
    return fail("duplicate_document", "Each document can be in an envelope once.", ["documentIds"]);
  }
  const documents: StoredEnvelopeDocument[] = [];
  for (const [index, documentId] of request.documentIds.entries()) {
    const checked = await checkEnvelopeDocument(
      deps.db,
      context.tenantId,
      deps.documents,
      owners.value,
      documentId,
      index,
    );
    if (!checked.ok) return checked;
    documents.push(checked.value);
  }
  return ok(documents);
}

/** An envelope's expiry: in the future and within a year, else 422 `invalid_expiry`. */
export function checkedExpiry(context: ChangeContext, expiresAtText: string): Result<Date> {
  const expiresAt = new Date(expiresAtText);
  const lead = expiresAt.getTime() - context.now.getTime();
  if (lead <= 0 || lead > YEAR_MS) {
    return fail("invalid_expiry", "expiresAt must be in the future and within a year.", ["expiresAt"]);
  }
  return ok(expiresAt);
}

/**
 * A new signer's row, pending; `link` is its signing link's hash and expiry (no hash when an external
 * provider sends the links).
 */
export function newSignerRow(
  id: string,
  envelopeId: string,
  signer: CreateRequest["signers"][number],
  index: number,
  link: { readonly hash: string | null; readonly expiresAt: Date },
): Omit<EnvelopeSignerRow, "tenantId"> {
  return {
    id,
    envelopeId,
    routingOrder: signer.routingOrder ?? index + 1,
    name: signer.name,
    email: signer.email,
    status: "pending",
    linkHash: link.hash,
    linkExpiresAt: link.expiresAt,
    linkUsedAt: null,
    consentedAt: null,
    signedAt: null,
    signature: null,
    declineReason: null,
    ipAddress: null,
    userAgent: null,
  };
}

function signerRows(context: ChangeContext, envelopeId: string, request: CreateRequest, expiresAt: Date) {
  const links: Array<{ signerId: string; token: string }> = [];
  const rows = request.signers.map((signer, index) => {
    const id = context.ids.next("sgr");
    const { token, hash } = newSigningToken();
    links.push({ signerId: id, token });
    return newSignerRow(id, envelopeId, signer, index, { hash, expiresAt: linkExpiryOf(context.now, expiresAt) });
  });
  return { rows, links };
}

const linkOf = (deps: EnvelopeDeps, signer: EnvelopeSignerRow, token: string): SigningLink => ({
  signerId: signer.id,
  url: `${deps.linkBase}/sign/${token}`,
  token,
  expiresAt: (signer.linkExpiresAt ?? new Date(0)).toISOString(),
});

/**
 * Sends documents for signature: checks the owner and every document (see `checkEnvelopeDocument`), the
 * expiry (future, within a year: else 422 `invalid_expiry`), stores the envelope (`sent`), its signers
 * with a link each (only the token's hash kept), and the first events of its hash-chained log (`created`
 * with every document's SHA-256, `link_issued` per signer), audited as `envelope.sent`.
 *
 * @example
 * const created = await createEnvelope(deps, context, { applicationId, documentIds, signers, expiresAt });
 */
export async function createEnvelope(
  deps: EnvelopeDeps,
  context: ChangeContext,
  request: CreateRequest,
): Promise<Result<EnvelopeState>> {
  const documents = await checkedDocuments(deps, context, request);
  if (!documents.ok) return documents;
  const expiry = checkedExpiry(context, request.expiresAt);
  if (!expiry.ok) return expiry;
  const expiresAt = expiry.value;
  const store = envelopesStore(deps.db, context.tenantId);
  const id = context.ids.next("env");
  let envelope = await store.insert({
    id,
    applicationId: request.applicationId ?? null,
    loanId: request.loanId ?? null,
    status: "sent",
    subject: request.subject ?? `Please sign: ${documents.value.map((each) => each.fileName).join(", ")}`.slice(0, 200),
    message: request.message,
    documents: documents.value,
    outputs: [],
    expiresAt,
    voidReason: null,
    voidedAt: null,
    completedAt: null,
    eventCount: 0,
    headHash: GENESIS_HASH,
    provider: "builtin",
    providerReference: null,
    providerCheckedAt: null,
    createdBy: context.actor,
    createdAt: context.now,
    updatedAt: context.now,
  });
  const planned = signerRows(context, id, request, expiresAt);
  const signers = await store.insertSigners(planned.rows);
  const at = { actor: context.actor, occurredAt: context.now };
  const details = { documents: documents.value, expiresAt: expiresAt.toISOString(), subject: envelope.subject };
  let anchor = await appendEnvelopeEvent(deps.db, envelope, {
    ...at,
    type: "created",
    details: { ...details, signers: request.signers },
  });
  for (const signer of signers) {
    envelope = { ...envelope, ...anchor };
    const linkDetails = { linkExpiresAt: signer.linkExpiresAt?.toISOString() ?? null };
    anchor = await appendEnvelopeEvent(deps.db, envelope, {
      ...at,
      type: "link_issued",
      signerId: signer.id,
      details: linkDetails,
    });
  }
  await writeAudit(deps.db, context, {
    action: "envelope.sent",
    resourceType: "envelope",
    resourceId: id,
    details: { applicationId: envelope.applicationId, loanId: envelope.loanId, documents: documents.value },
  });
  const tokens = new Map(planned.links.map((link) => [link.signerId, link.token]));
  const sorted = await store.signers(id);
  return ok({
    envelope: { ...envelope, ...anchor },
    signers: sorted,
    links: sorted.map((signer) => linkOf(deps, signer, tokens.get(signer.id) ?? "")),
  });
}

/** The envelope locked, refused when it can change no more (409 `envelope_completed` / `envelope_voided`). */
async function lockedOpen(db: Db, context: ChangeContext, envelopeId: string): Promise<Result<EnvelopeRow>> {
  const envelope = await envelopesStore(db, context.tenantId).find(envelopeId, { lock: true });
  if (envelope === undefined) return fail("envelope_not_found", `No envelope ${envelopeId} in this tenant.`);
  if (envelope.status === "completed") return fail("envelope_completed", `Envelope ${envelopeId} is completed.`);
  if (envelope.status === "voided") return fail("envelope_voided", `Envelope ${envelopeId} was voided.`);
  return ok(envelope);
}

/**
 * Voids an envelope that is not completed (sent, partially signed, expired or declined): its links stop
 * working and it no longer holds the application's funding. 409 `envelope_completed` / `envelope_voided`.
 *
 * @example
 * await voidEnvelope(db, context, "env_…", "Wrong amount");
 */
export async function voidEnvelope(
  db: Db,
  context: ChangeContext,
  envelopeId: string,
  reason: string,
): Promise<Result<EnvelopeRow>> {
  const locked = await lockedOpen(db, context, envelopeId);
  if (!locked.ok) return locked;
  const anchor = await appendEnvelopeEvent(db, locked.value, {
    type: "voided",
    actor: context.actor,
    occurredAt: context.now,
    details: { reason },
  });
  const voided = await envelopesStore(db, context.tenantId).update(envelopeId, {
    ...anchor,
    status: "voided",
    voidReason: reason,
    voidedAt: context.now,
    updatedAt: context.now,
  });
  await writeAudit(db, context, {
    action: "envelope.voided",
    resourceType: "envelope",
    resourceId: envelopeId,
    details: { reason, from: locked.value.status },
  });
  return ok(voided);
}

/**
 * Issues a new signing link to a signer whose turn it is (the old one stops working): 409
 * `signer_not_pending` when it signed or declined, `signer_out_of_order` before its turn; the envelope
 * must be open and unexpired (410 `envelope_expired`). Audited as `envelope.link_issued`.
 *
 * @example
 * const issued = await issueSigningLink(deps, context, "env_…", "sgr_…");
 */
export async function issueSigningLink(
  deps: EnvelopeDeps,
  context: ChangeContext,
  envelopeId: string,
  signerId: string,
): Promise<Result<{ envelope: EnvelopeRow; link: SigningLink }>> {
  const locked = await lockedOpen(deps.db, context, envelopeId);
  if (!locked.ok) return locked;
  const envelope = locked.value;
  if (envelope.status === "declined") return fail("envelope_declined", `Envelope ${envelopeId} was declined.`);
  if (statusAt(envelope, context.now) === "expired") return fail("envelope_expired", `Envelope ${envelopeId} expired.`);
  const store = envelopesStore(deps.db, context.tenantId);
  const signers = await store.signers(envelopeId);
  const signer = signers.find((each) => each.id === signerId);
  if (signer === undefined) return fail("signer_not_found", `No signer ${signerId} on envelope ${envelopeId}.`);
  if (signer.status !== "pending") return fail("signer_not_pending", `Signer ${signerId} already ${signer.status}.`);
  if (!currentSigners(signers).some((each) => each.id === signerId)) {
    return fail("signer_out_of_order", `Signer ${signerId} signs after the signers before it in routing order.`);
  }
  const { token, hash } = newSigningToken();
  const updated = await store.updateSigner(signerId, {
    linkHash: hash,
    linkExpiresAt: linkExpiryOf(context.now, envelope.expiresAt),
    linkUsedAt: null,
  });
  const linkDetails = { linkExpiresAt: updated.linkExpiresAt?.toISOString() ?? null };
  const at = { actor: context.actor, occurredAt: context.now, signerId };
  const anchor = await appendEnvelopeEvent(deps.db, envelope, { ...at, type: "link_issued", details: linkDetails });
  const after = await store.update(envelopeId, { ...anchor, updatedAt: context.now });
  await writeAudit(deps.db, context, {
    action: "envelope.link_issued",
    resourceType: "envelope",
    resourceId: envelopeId,
    details: { signerId },
  });
  return ok({ envelope: after, link: linkOf(deps, updated, token) });
}
