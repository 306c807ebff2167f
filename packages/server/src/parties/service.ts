import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import { type BusinessInput, checkTaxId, type IndividualInput, type TaxIdType } from "@lendstack/core/parties";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PartyRow, parties } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { type TenantKeys, tenantKeysFor } from "../pii/tenant-keys.js";
import type { PartyCreate } from "./request-schemas.js";
import { nameBirthHash, type PartyPii, sealPartyPii, taxIdHash } from "./sealed-fields.js";
import { PARTY_TAX_ID_INDEX, partyIdsWithNameBirthHash, partyIdWithTaxIdHash } from "./store.js";
import { checkParty } from "./validation.js";

/** What the parties service needs: the ambient-aware database and the master keys. */
export interface PartiesDeps {
  readonly db: Db;
  readonly keyring: MasterKeyring;
}

/** A party's input as core validates it, whole (a create, or a stored party with a change applied). */
export type PartyInput = IndividualInput | BusinessInput;

/** The date rules are judged on: the tenant's business date, else the UTC date of `now`. */
export function asOfDate(context: ChangeContext): string {
  return context.businessDate ?? context.now.toISOString().slice(0, 10);
}

/** 409 `duplicate_party` naming the party that already has the tax id. */
export function duplicateParty(existingId: string): { readonly ok: false; readonly error: DomainError } {
  return fail("duplicate_party", `A party with this tax id exists: ${existingId}.`, ["taxId"], { existingId });
}

/** The row's columns for a validated input: sealed PII, keyed hashes, display name and profile. */
export function rowFields(keys: TenantKeys, partyId: string, input: PartyInput) {
  const digits = checkTaxId(input.taxIdType, input.taxId, ["taxId"]).digits ?? "";
  const { taxId: _taxId, type: _type, taxIdType: _taxIdType, ...rest } = input;
  const dateOfBirth = input.type === "individual" ? input.dateOfBirth : undefined;
  const profile = { ...rest } as Record<string, unknown>;
  delete profile.dateOfBirth;
  const pii: PartyPii = { taxIdDigits: digits, dateOfBirth };
  return {
    taxIdType: input.taxIdType as TaxIdType,
    ...sealPartyPii(keys, partyId, pii),
    taxIdHash: taxIdHash(keys, input.taxIdType, digits),
    taxIdLastFour: digits.slice(-4),
    nameBirthHash: input.type === "individual" ? nameBirthHash(keys, input.name, input.dateOfBirth) : null,
    displayName: input.type === "individual" ? `${input.name.first} ${input.name.last}` : input.legalName,
    profile,
  };
}

/**
 * Creates a party: validates it whole (every bad field listed), refuses a tax id the tenant already has
 * (409 `duplicate_party` with `existingId`), and flags parties with the same folded name and date of birth
 * as `possibleDuplicates` without refusing. Tax id and date of birth are sealed; an audit record is written
 * (without them) in the same transaction.
 *
 * @example
 * const created = await createParty(deps, changeContext(c, deps), input);
 */
export async function createParty(
  deps: PartiesDeps,
  context: ChangeContext,
  input: PartyCreate,
): Promise<Result<{ row: PartyRow; possibleDuplicates: string[] }>> {
  const checked = await checkParty(deps.db, context.tenantId, input, asOfDate(context));
  if (!checked.ok) return checked;
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  const id = context.ids.next("pty");
  const fields = rowFields(keys, id, input);
  const existing = await partyIdWithTaxIdHash(deps.db, context.tenantId, fields.taxIdHash);
  if (existing !== undefined) return duplicateParty(existing);
  const possibleDuplicates =
    fields.nameBirthHash === null
      ? []
      : await partyIdsWithNameBirthHash(deps.db, context.tenantId, fields.nameBirthHash);
  const values = {
    tenantId: context.tenantId,
    id,
    type: input.type,
    ...fields,
    createdAt: context.now,
    updatedAt: context.now,
  };
  let row: PartyRow | undefined;
  try {
    // A savepoint: a concurrent create of the same tax id loses here and is answered with the winner.
    row = await deps.db.transaction(async (tx) => (await tx.insert(parties).values(values).returning())[0]);
  } catch (error) {
    if (!isUniqueViolation(error, PARTY_TAX_ID_INDEX)) throw error;
    return duplicateParty((await partyIdWithTaxIdHash(deps.db, context.tenantId, fields.taxIdHash)) ?? "unknown");
  }
  if (row === undefined) throw new Error("party insert returned no row");
  await writeAudit(deps.db, context, {
    action: "party.created",
    resourceType: "party",
    resourceId: id,
    details: { type: input.type, possibleDuplicates },
  });
  return ok({ row, possibleDuplicates });
}
