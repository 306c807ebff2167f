import { ok, type Result } from "@lendstack/core/errors";
import { type FieldIssue, formatTaxId, type TaxIdType } from "@lendstack/core/parties";
import { and, eq } from "drizzle-orm";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import { type PartyRow, parties } from "../db/schema/index.js";
import { isUniqueViolation } from "../db/unique-violation.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import type { PartyUpdate } from "./request-schemas.js";
import { openPartyPii } from "./sealed-fields.js";
import { asOfDate, duplicateParty, type PartiesDeps, type PartyInput, rowFields } from "./service.js";
import { findParty, PARTY_TAX_ID_INDEX, partyIdWithTaxIdHash } from "./store.js";
import { checkParty } from "./validation.js";

const ONLY_FOR: Readonly<Record<string, "individual" | "business">> = {
  name: "individual",
  dateOfBirth: "individual",
  employment: "individual",
  statedAnnualIncome: "individual",
  currency: "individual",
  citizenship: "individual",
  countryOfCitizenship: "individual",
  legalName: "business",
  dbaName: "business",
  entityType: "business",
  formationDate: "business",
  formationState: "business",
  naicsCode: "business",
  beneficialOwners: "business",
  controlPerson: "business",
};

/** Fields of the change that the other kind of party has, and a tax-id type of the other kind. */
function inapplicable(type: string, change: PartyUpdate): FieldIssue[] {
  const issues: FieldIssue[] = Object.keys(change)
    .filter((field) => ONLY_FOR[field] !== undefined && ONLY_FOR[field] !== type)
    .map((field) => ({ path: [field], code: "not_applicable", message: `a ${type} party has no ${field}` }));
  if (change.taxIdType !== undefined && (change.taxIdType === "ein") !== (type === "business")) {
    issues.push({ path: ["taxIdType"], code: "not_applicable", message: `not a tax id type of a ${type} party` });
  }
  return issues;
}

/**
 * Changes a party: the fields given replace its own (lists whole), then the party is validated again as
 * a whole, re-sealed and re-hashed. A new tax id another party has is 409 `duplicate_party`. The audit
 * record names the fields changed, never their values.
 *
 * @example
 * await updateParty(deps, changeContext(c, deps), "pty_…", { phones: [] });
 */
export async function updateParty(
  deps: PartiesDeps,
  context: ChangeContext,
  partyId: string,
  change: PartyUpdate,
): Promise<Result<PartyRow>> {
  const row = await findParty(deps.db, context.tenantId, partyId);
  if (row === undefined) return { ok: false, error: { code: "not_found", message: `No party ${partyId}.` } };
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  const pii = openPartyPii(keys, row);
  const merged = {
    ...row.profile,
    type: row.type,
    taxIdType: row.taxIdType,
    taxId: formatTaxId(row.taxIdType as TaxIdType, pii.taxIdDigits),
    ...(pii.dateOfBirth === undefined ? {} : { dateOfBirth: pii.dateOfBirth }),
    ...Object.fromEntries(
      Object.entries(change).filter(
        ([field]) => ONLY_FOR[field] !== (row.type === "individual" ? "business" : "individual"),
      ),
    ),
  } as PartyInput;
  const checked = await checkParty(
    deps.db,
    context.tenantId,
    merged,
    asOfDate(context),
    inapplicable(row.type, change),
  );
  if (!checked.ok) return checked;
  const fields = rowFields(keys, row.id, merged);
  const holder = await partyIdWithTaxIdHash(deps.db, context.tenantId, fields.taxIdHash, row.id);
  if (holder !== undefined) return duplicateParty(holder);
  let updated: PartyRow | undefined;
  try {
    updated = await deps.db.transaction(async (tx) => {
      const where = and(eq(parties.tenantId, context.tenantId), eq(parties.id, row.id));
      return (
        await tx
          .update(parties)
          .set({ ...fields, updatedAt: context.now })
          .where(where)
          .returning()
      )[0];
    });
  } catch (error) {
    if (!isUniqueViolation(error, PARTY_TAX_ID_INDEX)) throw error;
    return duplicateParty(
      (await partyIdWithTaxIdHash(deps.db, context.tenantId, fields.taxIdHash, row.id)) ?? "unknown",
    );
  }
  if (updated === undefined) throw new Error("party update returned no row");
  await writeAudit(deps.db, context, {
    action: "party.updated",
    resourceType: "party",
    resourceId: row.id,
    details: { fields: Object.keys(change).sort() },
  });
  return ok(updated);
}
