import type { ChangeContext } from "../db/audit.js";
import { writeAudit } from "../db/audit.js";
import type { PartyRow } from "../db/schema/index.js";
import { tenantKeysFor } from "../pii/tenant-keys.js";
import { openPartyPii, type PartyPii } from "./sealed-fields.js";
import type { PartiesDeps } from "./service.js";

/** The scope that shows tax ids and dates of birth in full. */
export const PII_READ_SCOPE = "pii:read";

/**
 * The opened PII of each row when the caller may see it (`pii:read`), with one audit record per party
 * revealed (`party.pii_revealed`: which fields and by which operation, never the values); an empty map
 * otherwise, so every party is rendered masked.
 *
 * @example
 * const revealed = await revealPii(deps, context, scopes, rows, "getParty");
 */
export async function revealPii(
  deps: PartiesDeps,
  context: ChangeContext,
  scopes: ReadonlySet<string>,
  rows: ReadonlyArray<PartyRow>,
  operation: string,
): Promise<Map<string, PartyPii>> {
  const revealed = new Map<string, PartyPii>();
  if (!scopes.has(PII_READ_SCOPE) || rows.length === 0) return revealed;
  const keys = await tenantKeysFor(deps.db, deps.keyring, context.tenantId, context.now);
  for (const row of rows) {
    revealed.set(row.id, openPartyPii(keys, row));
    await writeAudit(deps.db, context, {
      action: "party.pii_revealed",
      resourceType: "party",
      resourceId: row.id,
      details: { fields: row.dateOfBirthCiphertext === null ? ["taxId"] : ["taxId", "dateOfBirth"], operation },
    });
  }
  return revealed;
}
