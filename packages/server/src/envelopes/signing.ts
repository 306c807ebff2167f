import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type EnvelopeRow, envelopeEvents, type StoredSignature } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { appendEnvelopeEvent } from "./chain.js";
import { completeEnvelope } from "./completion.js";
import type { SigningSession } from "./session.js";
import { envelopesStore } from "./store.js";
import { readStoredBytes, sha256Of } from "./stored-bytes.js";

/** Where a signer's request came from: recorded with each event. */
export interface SignerOrigin {
  readonly ipAddress: string | null;
  readonly userAgent: string | null;
}

/** The version of the ESIGN consent text shown on the signing page. */
export const ESIGN_DISCLOSURE_VERSION = "esign-2026-01";

const PNG_SIGNATURE = "iVBORw0KGgo";

/** The signature form (JSON): typed, or drawn (a PNG from the page's canvas, base64 or a data URL). */
export const signatureInputSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("typed"), typedName: z.string().trim().min(1).max(200) }),
  z.strictObject({
    kind: z.literal("drawn"),
    typedName: z.string().trim().min(1).max(200),
    imagePng: z
      .string()
      .max(400_000)
      .transform((value) => value.replace(/^data:image\/png;base64,/, ""))
      .refine(
        (value) => value.startsWith(PNG_SIGNATURE) && /^[A-Za-z0-9+/]+={0,2}$/.test(value),
        "expected a PNG image",
      ),
  }),
]);

/** `POST /sign/{token}/consent`: the signer ticked the consent box. */
export const consentInputSchema = z.strictObject({ accepted: z.literal(true) });

/** `POST /sign/{token}/decline`. */
export const declineInputSchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });

const at = (session: SigningSession, context: ChangeContext, origin: SignerOrigin) => ({
  actor: `signer:${session.signer.id}`,
  signerId: session.signer.id,
  occurredAt: context.now,
  ipAddress: origin.ipAddress,
  userAgent: origin.userAgent,
});

/** A reload within this long, from where the signer's last recorded view came from, is the same view. */
export const VIEW_REPEAT_MS = 60 * 60 * 1000;

/** The signer's last recorded view of the page. */
async function lastView(db: Db, session: SigningSession) {
  const [last] = await db
    .select({
      occurredAt: envelopeEvents.occurredAt,
      ipAddress: envelopeEvents.ipAddress,
      userAgent: envelopeEvents.userAgent,
    })
    .from(envelopeEvents)
    .where(
      and(
        eq(envelopeEvents.tenantId, session.tenantId),
        eq(envelopeEvents.envelopeId, session.envelope.id),
        eq(envelopeEvents.signerId, session.signer.id),
        eq(envelopeEvents.type, "viewed"),
      ),
    )
    .orderBy(desc(envelopeEvents.sequence))
    .limit(1);
  return last;
}

/**
 * Records that the signer opened the signing page (an event with its IP and user agent) — once per visit:
 * reloading from the same IP address and browser within `VIEW_REPEAT_MS` of the last recorded view adds
 * nothing, so a link opened in a loop cannot grow the envelope's evidence without bound.
 *
 * @example
 * await recordView(tx, context, session, origin);
 */
export async function recordView(db: Db, context: ChangeContext, session: SigningSession, origin: SignerOrigin) {
  const last = await lastView(db, session);
  const sameVisit =
    last !== undefined &&
    last.ipAddress === origin.ipAddress &&
    last.userAgent === origin.userAgent &&
    context.now.getTime() - last.occurredAt.getTime() < VIEW_REPEAT_MS;
  if (sameVisit) return session.envelope;
  const anchor = await appendEnvelopeEvent(db, session.envelope, { ...at(session, context, origin), type: "viewed" });
  return envelopesStore(db, session.tenantId).update(session.envelope.id, anchor);
}

/**
 * Captures the signer's consent to electronic records and signatures (ESIGN Act, 15 U.S.C. 7001(c)):
 * once, with the disclosure's version; a repeat answers with the first consent.
 *
 * @example
 * await recordConsent(tx, context, session, origin);
 */
export async function recordConsent(db: Db, context: ChangeContext, session: SigningSession, origin: SignerOrigin) {
  if (session.signer.consentedAt !== null) return session.signer.consentedAt;
  const details = { disclosureVersion: ESIGN_DISCLOSURE_VERSION };
  const anchor = await appendEnvelopeEvent(db, session.envelope, {
    ...at(session, context, origin),
    type: "consented",
    details,
  });
  const store = envelopesStore(db, session.tenantId);
  await store.update(session.envelope.id, anchor);
  await store.updateSigner(session.signer.id, { consentedAt: context.now });
  return context.now;
}

/** Each original's SHA-256 as stored now; 409 `envelope_document_changed` if one is not what was sent. */
async function hashesNow(db: Db, settings: DocumentSettings, envelope: EnvelopeRow, tenantId: string) {
  const hashes: Array<{ documentId: string; sha256Before: string }> = [];
  for (const each of envelope.documents) {
    const row = await documentsStore(db, tenantId).find(each.documentId);
    const bytes = row === undefined ? undefined : await readStoredBytes(settings.storage, row.storageKey);
    const sha256 = bytes === undefined ? null : sha256Of(bytes);
    if (sha256 !== each.sha256) {
      return fail("envelope_document_changed", `Document ${each.documentId} is no longer the one sent for signature.`);
    }
    hashes.push({ documentId: each.documentId, sha256Before: sha256 });
  }
  return ok(hashes);
}

/**
 * Signs for the signer whose turn it is (the session opened with `mustBeTurn`): consent first (409
 * `consent_required`), the originals re-hashed and unchanged (409 `envelope_document_changed`), then the
 * signature and its evidence (time, IP, user agent, each document's SHA-256) recorded, the link used up;
 * the last signature completes the envelope (see `completeEnvelope`). Returns the envelope after it.
 *
 * @example
 * const signed = await signEnvelope(tx, context, settings, session, origin, { kind: "typed", typedName: "Ada Lovelace" });
 */
export async function signEnvelope(
  db: Db,
  context: ChangeContext,
  settings: DocumentSettings,
  session: SigningSession,
  origin: SignerOrigin,
  input: z.infer<typeof signatureInputSchema>,
): Promise<Result<EnvelopeRow>> {
  if (session.signer.consentedAt === null) {
    return fail("consent_required", "Consent to electronic records and signatures before signing.");
  }
  const hashes = await hashesNow(db, settings, session.envelope, session.tenantId);
  if (!hashes.ok) return hashes;
  const signature: StoredSignature = {
    kind: input.kind,
    typedName: input.typedName,
    imagePng: input.kind === "drawn" ? input.imagePng : null,
  };
  const details = { documents: hashes.value, signatureKind: input.kind, typedName: input.typedName };
  let anchor = await appendEnvelopeEvent(db, session.envelope, {
    ...at(session, context, origin),
    type: "signed",
    details,
  });
  const store = envelopesStore(db, session.tenantId);
  await store.updateSigner(session.signer.id, {
    status: "signed",
    signedAt: context.now,
    signature,
    linkUsedAt: context.now,
    ...origin,
  });
  const signers = await store.signers(session.envelope.id);
  const everyoneSigned = signers.every((each) => each.status === "signed");
  let changes: Partial<EnvelopeRow> = { status: everyoneSigned ? "completed" : "partially_signed" };
  if (everyoneSigned) {
    const completed = await completeEnvelope(db, context, settings, { ...session.envelope, ...anchor }, signers);
    anchor = completed.anchor;
    changes = { ...changes, outputs: completed.outputs, completedAt: context.now };
  }
  await writeAudit(db, context, {
    action: "envelope.signed",
    resourceType: "envelope",
    resourceId: session.envelope.id,
    details: { signerId: session.signer.id, ipAddress: origin.ipAddress, documents: hashes.value },
  });
  return ok(await store.update(session.envelope.id, { ...changes, ...anchor, updatedAt: context.now }));
}

/**
 * The signer declines: the envelope is `declined` (no one else can sign; void it to release the
 * application's funding), with the reason and the evidence.
 *
 * @example
 * await declineEnvelope(tx, context, session, origin, "The amount is wrong");
 */
export async function declineEnvelope(
  db: Db,
  context: ChangeContext,
  session: SigningSession,
  origin: SignerOrigin,
  reason: string,
): Promise<EnvelopeRow> {
  const anchor = await appendEnvelopeEvent(db, session.envelope, {
    ...at(session, context, origin),
    type: "declined",
    details: { reason },
  });
  const store = envelopesStore(db, session.tenantId);
  await store.updateSigner(session.signer.id, {
    status: "declined",
    declineReason: reason,
    linkUsedAt: context.now,
    ...origin,
  });
  await writeAudit(db, context, {
    action: "envelope.declined",
    resourceType: "envelope",
    resourceId: session.envelope.id,
    details: { signerId: session.signer.id, reason },
  });
  return store.update(session.envelope.id, { ...anchor, status: "declined", updatedAt: context.now });
}
