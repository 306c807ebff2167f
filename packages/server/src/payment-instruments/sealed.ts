import type { PaymentInstrumentRow } from "../db/schema/index.js";
import { open, seal } from "../pii/envelope.js";
import type { TenantKeys } from "../pii/tenant-keys.js";

// An account number at rest: sealed (AES-256-GCM) under the tenant's data key, bound to its tenant,
// instrument and field, so a ciphertext cannot be moved to another row.

const contextOf = (tenantId: string, instrumentId: string) =>
  `payment_instrument:${tenantId}:${instrumentId}:accountNumber`;

/** @example sealAccountNumber(keys, "pmi_…", "000123456789") // "v1:…" */
export function sealAccountNumber(keys: TenantKeys, instrumentId: string, accountNumber: string): string {
  return seal(keys.encryptionKey, Buffer.from(accountNumber, "utf8"), contextOf(keys.tenantId, instrumentId));
}

/** The account number in the clear, or undefined for a card. @example openAccountNumber(keys, row) // "000123456789" */
export function openAccountNumber(
  keys: TenantKeys,
  row: Pick<PaymentInstrumentRow, "id" | "accountNumberCiphertext">,
): string | undefined {
  if (row.accountNumberCiphertext === null) return undefined;
  return open(keys.encryptionKey, row.accountNumberCiphertext, contextOf(keys.tenantId, row.id)).toString("utf8");
}

/**
 * Whether a text looks like a card number: 13 to 19 digits once spaces and dashes are removed, anywhere in it.
 *
 * @example looksLikeCardNumber("4242 4242 4242 4242") // true
 */
export function looksLikeCardNumber(text: string): boolean {
  return /\d{13,19}/.test(text.replace(/[\s-]/g, ""));
}
