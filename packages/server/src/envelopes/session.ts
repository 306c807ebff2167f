import { fail, ok, type Result } from "@lendstack/core/errors";
import { sql } from "drizzle-orm";
import type { EnvelopeRow, EnvelopeSignerRow } from "../db/schema/index.js";
import type { Executor } from "../db/types.js";
import { TENANT_ROLE } from "../http/tenant-scope.js";
import { hashSigningToken, isSigningToken } from "./links.js";
import { currentSigners, envelopesStore, signerByLinkHash } from "./store.js";
import { statusAt } from "./view.js";

/** A signer's visit through its link: the envelope (locked), every signer, and the signer. */
export interface SigningSession {
  readonly tenantId: string;
  readonly envelope: EnvelopeRow;
  readonly signers: ReadonlyArray<EnvelopeSignerRow>;
  readonly signer: EnvelopeSignerRow;
}

const notFound = () => fail("signing_link_not_found", "This signing link is not valid.");

/** Why an envelope takes no more signatures, if it does not. */
function closedReason(envelope: EnvelopeRow, now: Date) {
  switch (statusAt(envelope, now)) {
    case "voided":
      return fail("envelope_voided", `This envelope was voided: ${envelope.voidReason ?? ""}`.trim());
    case "completed":
      return fail("envelope_completed", "This envelope is completed.");
    case "declined":
      return fail("envelope_declined", "A signer declined this envelope.");
    case "expired":
      return fail("envelope_expired", "This envelope expired.");
    default:
      return undefined;
  }
}

/**
 * Opens a signing link inside the caller's transaction: finds the signer by the token's SHA-256 (the one
 * lookup made before the tenant is known), then scopes the transaction to the signer's tenant (row-level
 * security from here on) and locks the envelope. Refused: an unknown token (404
 * `signing_link_not_found`), a link used (410 `signing_link_used`) or expired (410
 * `signing_link_expired`), an envelope voided, completed or declined (409) or expired (410
 * `envelope_expired`), and — when `mustBeTurn` — a signer whose turn has not come (409
 * `signer_out_of_order`).
 *
 * @example
 * const session = await openSigningSession(tx, token, now, { mustBeTurn: true });
 */
export async function openSigningSession(
  tx: Executor,
  token: string,
  now: Date,
  options: { readonly mustBeTurn: boolean },
): Promise<Result<SigningSession>> {
  if (!isSigningToken(token)) return notFound();
  const found = await signerByLinkHash(tx, hashSigningToken(token));
  if (found === undefined) return notFound();
  const tenantId = found.tenantId;
  await tx.execute(
    sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('role', ${TENANT_ROLE}, true)`,
  );
  const store = envelopesStore(tx, tenantId);
  const envelope = await store.find(found.envelopeId, { lock: true });
  if (envelope === undefined) return notFound();
  const signers = await store.signers(envelope.id);
  const signer = signers.find((each) => each.id === found.id);
  if (signer === undefined) return notFound();
  if (signer.linkUsedAt !== null || signer.status !== "pending") {
    return fail("signing_link_used", "This signing link was already used.");
  }
  if (signer.linkExpiresAt === null || signer.linkExpiresAt.getTime() <= now.getTime()) {
    return fail("signing_link_expired", "This signing link expired; ask the sender for a new one.");
  }
  const closed = closedReason(envelope, now);
  if (closed !== undefined) return closed;
  if (options.mustBeTurn && !currentSigners(signers).some((each) => each.id === signer.id)) {
    return fail("signer_out_of_order", "Earlier signers must sign first; use this link again when it is your turn.");
  }
  return ok({ tenantId, envelope, signers, signer });
}
