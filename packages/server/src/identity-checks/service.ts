import { fail, ok, type Result } from "@lendstack/core/errors";
import { and, eq } from "drizzle-orm";
import type { IdentityToVerify, IdentityVerifier } from "../adapters/identity/index.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type IdentityCheckRow, identityChecks, type PartyRow, parties } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { openPartyPii } from "../parties/sealed-fields.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";

/** What identity checks need: the database, the master keys (to open the party's PII) and the provider. */
export interface IdentityChecksDeps {
  readonly db: Db;
  readonly keyring: MasterKeyring;
  readonly verifier: IdentityVerifier;
}

// biome-ignore lint/suspicious/noExplicitAny: jsonb read back as the shape it was written with
type Profile = Record<string, any>;

/** The person to verify: the party's name and first (residential if any) address, its PII opened here only. */
export function subjectOf(keys: Parameters<typeof openPartyPii>[0], party: PartyRow): IdentityToVerify {
  const profile = party.profile as Profile;
  const pii = openPartyPii(keys, party);
  const addresses = (profile.addresses ?? []) as Profile[];
  const address = addresses.find((found) => found.kind === "residential") ?? addresses[0] ?? {};
  return {
    name: { first: profile.name?.first ?? "", middle: profile.name?.middle, last: profile.name?.last ?? "" },
    dateOfBirth: pii.dateOfBirth ?? "",
    address: {
      line1: address.line1 ?? "",
      city: address.city ?? "",
      region: address.region,
      postalCode: address.postalCode,
      country: address.country ?? "",
    },
    taxIdDigits: pii.taxIdDigits,
  };
}

/**
 * Verifies an individual party's identity (CIP: name, date of birth, address, tax id) through the identity
 * provider and stores the outcome (`pass`, `fail`, `review`), its reason codes and the provider's
 * reference, with an audit record, in the caller's transaction. The party's tax id and date of birth are
 * opened with the tenant's keys for the call only: never stored with the check, never logged. A business:
 * 422 `identity_check_individual_only`; none: 404 `party_not_found`.
 *
 * @example
 * const checked = await verifyPartyIdentity(deps, context, "pty_…");
 */
export async function verifyPartyIdentity(
  deps: IdentityChecksDeps,
  context: ChangeContext,
  partyId: string,
): Promise<Result<IdentityCheckRow>> {
  const [party] = await deps.db
    .select()
    .from(parties)
    .where(and(eq(parties.tenantId, context.tenantId), eq(parties.id, partyId)));
  if (party === undefined) return fail("party_not_found", `No party ${partyId} in this tenant.`, ["partyId"]);
  if (party.type !== "individual") {
    return fail(
      "identity_check_individual_only",
      "Identity verification (CIP) is for individuals; verify a business's owners and control person.",
      ["partyId"],
    );
  }
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  const verification = await deps.verifier.verify(subjectOf(keys, party));
  const row: IdentityCheckRow = {
    tenantId: context.tenantId,
    id: context.ids.next("idc"),
    partyId,
    provider: deps.verifier.name,
    outcome: verification.outcome,
    reasonCodes: [...verification.reasonCodes],
    providerReference: verification.providerReference,
    createdAt: context.now,
  };
  await deps.db.insert(identityChecks).values(row);
  await writeAudit(deps.db, context, {
    action: "identity_check.completed",
    resourceType: "identity_check",
    resourceId: row.id,
    details: { partyId, provider: row.provider, outcome: row.outcome, reasonCodes: row.reasonCodes },
  });
  return ok(row);
}
