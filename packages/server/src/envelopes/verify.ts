import type { z } from "@hono/zod-openapi";
import { fail, ok, type Result } from "@lendstack/core/errors";
import type { EnvelopeEventRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import type { DocumentSettings } from "../documents/settings.js";
import { documentsStore } from "../documents/store.js";
import { checkEnvelopeChain, envelopeEventsOf } from "./chain.js";
import type { envelopeVerificationSchema, verificationCheckSchema } from "./schemas.js";
import { envelopesStore } from "./store.js";
import { readStoredBytes, sha256Of } from "./stored-bytes.js";

type Check = z.infer<typeof verificationCheckSchema>;
type Verification = z.infer<typeof envelopeVerificationSchema>;
type Expected = { check: Check["check"]; documentId: string; sha256: string };

const blank = { documentId: null, reason: null, sequence: null, expectedSha256: null, actualSha256: null };

/** The document hashes the log itself vouches for: the originals at creation, the outputs at completion. */
function expectedDocuments(events: ReadonlyArray<EnvelopeEventRow>): Expected[] {
  const expected: Expected[] = [];
  const created = events.find((event) => event.type === "created");
  for (const each of (created?.details.documents ?? []) as Array<{ documentId: string; sha256: string }>) {
    expected.push({ check: "document", documentId: each.documentId, sha256: each.sha256 });
  }
  const completed = events.find((event) => event.type === "completed");
  if (completed !== undefined) {
    const details = completed.details as {
      documents: Array<{ signedDocumentId: string; sha256After: string }>;
      certificate: { documentId: string; sha256: string };
    };
    for (const each of details.documents) {
      expected.push({ check: "signed_document", documentId: each.signedDocumentId, sha256: each.sha256After });
    }
    expected.push({ check: "certificate", ...details.certificate });
  }
  return expected;
}

async function checkDocument(db: Db, settings: DocumentSettings, tenantId: string, expected: Expected): Promise<Check> {
  const base = { ...blank, check: expected.check, documentId: expected.documentId, expectedSha256: expected.sha256 };
  const row = await documentsStore(db, tenantId).find(expected.documentId);
  if (row === undefined) return { ...base, ok: false, reason: "missing" };
  if (row.sha256 !== expected.sha256)
    return { ...base, ok: false, reason: "record_mismatch", actualSha256: row.sha256 };
  const bytes = await readStoredBytes(settings.storage, row.storageKey);
  if (bytes === undefined) return { ...base, ok: false, reason: "missing" };
  const actual = sha256Of(bytes);
  return {
    ...base,
    ok: actual === expected.sha256,
    reason: actual === expected.sha256 ? null : "content_mismatch",
    actualSha256: actual,
  };
}

/**
 * Verifies an envelope: recomputes its event log's hash chain up to the envelope's anchor, then re-hashes
 * every stored document the log vouches for (the originals, and on completion each signed copy and the
 * certificate) against the hashes in the log. Each check is reported, with the first broken event or the
 * expected and actual SHA-256.
 *
 * @example
 * const verification = await verifyEnvelope(db, settings, tenantId, "env_…");
 */
export async function verifyEnvelope(
  db: Db,
  settings: DocumentSettings,
  tenantId: string,
  envelopeId: string,
): Promise<Result<Verification>> {
  const envelope = await envelopesStore(db, tenantId).find(envelopeId);
  if (envelope === undefined) return fail("envelope_not_found", `No envelope ${envelopeId} in this tenant.`);
  const events = await envelopeEventsOf(db, tenantId, envelopeId);
  const broken = checkEnvelopeChain(events, envelope);
  const checks: Check[] = [
    {
      ...blank,
      check: "event_chain",
      ok: broken === undefined,
      reason: broken?.reason ?? null,
      sequence: broken?.sequence ?? null,
    },
  ];
  for (const expected of expectedDocuments(events)) checks.push(await checkDocument(db, settings, tenantId, expected));
  return ok({
    object: "envelope_verification",
    envelopeId,
    valid: checks.every((check) => check.ok),
    headHash: envelope.headHash,
    checks,
  });
}
