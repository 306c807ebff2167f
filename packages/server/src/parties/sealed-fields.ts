import { personNameKey, type TaxIdType, taxIdNamespace } from "@lendstack/core/parties";
import type { PartyRow } from "../db/schema/index.js";
import { keyedHash, open, seal } from "../pii/envelope.js";
import type { TenantKeys } from "../pii/tenant-keys.js";

// A party's PII at rest: each field sealed (AES-256-GCM) under the tenant's data key and bound to its
// tenant, party and field, and the keyed hashes (HMAC-SHA256) the party is found by.

/** The PII a party row holds sealed. */
export interface PartyPii {
  /** The tax id's nine digits. */
  readonly taxIdDigits: string;
  /** `YYYY-MM-DD`; individuals only. */
  readonly dateOfBirth: string | undefined;
}

const contextOf = (tenantId: string, partyId: string, field: string) => `party:${tenantId}:${partyId}:${field}`;

/** @example sealPartyPii(keys, "pty_…", { taxIdDigits: "123456789", dateOfBirth: "1985-06-15" }) */
export function sealPartyPii(keys: TenantKeys, partyId: string, pii: PartyPii) {
  const sealField = (field: string, value: string) =>
    seal(keys.encryptionKey, Buffer.from(value, "utf8"), contextOf(keys.tenantId, partyId, field));
  return {
    taxIdCiphertext: sealField("taxId", pii.taxIdDigits),
    dateOfBirthCiphertext: pii.dateOfBirth === undefined ? null : sealField("dateOfBirth", pii.dateOfBirth),
  };
}

/** @example openPartyPii(keys, row).taxIdDigits // "123456789" */
export function openPartyPii(
  keys: TenantKeys,
  row: Pick<PartyRow, "id" | "taxIdCiphertext" | "dateOfBirthCiphertext">,
): PartyPii {
  const openField = (field: string, sealed: string) =>
    open(keys.encryptionKey, sealed, contextOf(keys.tenantId, row.id, field)).toString("utf8");
  return {
    taxIdDigits: openField("taxId", row.taxIdCiphertext),
    dateOfBirth: row.dateOfBirthCiphertext === null ? undefined : openField("dateOfBirth", row.dateOfBirthCiphertext),
  };
}

/**
 * The keyed hash a tax id is stored and searched under: its namespace (people or businesses) and digits.
 *
 * @example
 * taxIdHash(keys, "ssn", "123456789") === taxIdHash(keys, "itin", "123456789"); // true: one namespace
 */
export function taxIdHash(keys: TenantKeys, type: TaxIdType, digits: string): string {
  return keyedHash(keys.hashKey, `taxId:${taxIdNamespace(type)}:${digits}`);
}

/** The keyed hash possible duplicates share: folded first and last name, and the date of birth. */
export function nameBirthHash(
  keys: TenantKeys,
  name: { readonly first: string; readonly last: string },
  dateOfBirth: string,
): string {
  return keyedHash(keys.hashKey, `nameBirth:${personNameKey(name)}:${dateOfBirth}`);
}

/** The written forms a `taxId` filter accepts: SSN/ITIN dashed, EIN dashed, or nine bare digits (either). */
export const TAX_ID_FILTER_PATTERN = /^(\d{3}-\d{2}-\d{4}|\d{2}-\d{7}|\d{9})$/;

/**
 * The hashes a `taxId` filter matches: a dashed form names its namespace, nine bare digits both.
 *
 * @example
 * taxIdFilterHashes(keys, "12-3456789"); // [hash of the EIN]
 */
export function taxIdFilterHashes(keys: TenantKeys, written: string): string[] {
  const digits = written.replaceAll("-", "");
  if (/^\d{3}-/.test(written)) return [taxIdHash(keys, "ssn", digits)];
  if (/^\d{2}-/.test(written)) return [taxIdHash(keys, "ein", digits)];
  return [taxIdHash(keys, "ssn", digits), taxIdHash(keys, "ein", digits)];
}
