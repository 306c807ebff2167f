import type { CreditReport } from "@lendstack/core/credit-reporting";
import { decodeCreditReport, encodeCreditReport } from "../adapters/credit-bureau/index.js";
import { CorruptRecordError } from "../db/corrupt-record.js";
import type { CreditReportRow } from "../db/schema/index.js";
import { open, seal } from "../pii/envelope.js";
import type { TenantKeys } from "../pii/tenant-keys.js";

// A credit report at rest: the normalised report and the bureau's raw document, each sealed (AES-256-GCM)
// under the tenant's data key and bound to its tenant, report and field.

const contextOf = (tenantId: string, id: string, field: "report" | "raw") => `credit_report:${tenantId}:${id}:${field}`;

/** @example sealCreditReport(keys, "crp_…", report, raw) */
export function sealCreditReport(keys: TenantKeys, id: string, report: CreditReport | undefined, raw: string) {
  const sealField = (field: "report" | "raw", text: string) =>
    seal(keys.encryptionKey, Buffer.from(text, "utf8"), contextOf(keys.tenantId, id, field));
  return {
    reportCiphertext: report === undefined ? null : sealField("report", JSON.stringify(encodeCreditReport(report))),
    rawCiphertext: sealField("raw", raw),
  };
}

/**
 * The stored normalised report (undefined for a frozen file); a report that does not open or parse is a
 * corrupt row (500 `corrupt_record`, logged).
 *
 * @example const report = openCreditReport(keys, row);
 */
export function openCreditReport(
  keys: TenantKeys,
  row: Pick<CreditReportRow, "id" | "reportCiphertext">,
): CreditReport | undefined {
  if (row.reportCiphertext === null) return undefined;
  const at = { table: "credit_reports", id: row.id, column: "report_ciphertext" };
  let text: string;
  try {
    text = open(keys.encryptionKey, row.reportCiphertext, contextOf(keys.tenantId, row.id, "report")).toString("utf8");
  } catch {
    throw new CorruptRecordError(at, "does not decrypt under the tenant's key");
  }
  const report = decodeCreditReport(JSON.parse(text));
  if (report === undefined) throw new CorruptRecordError(at, "is not a credit report");
  return report;
}

/** The bureau's raw document (for an operator's investigation; never in a response). @example openRawReport(keys, row) */
export function openRawReport(keys: TenantKeys, row: Pick<CreditReportRow, "id" | "rawCiphertext">): string {
  return open(keys.encryptionKey, row.rawCiphertext, contextOf(keys.tenantId, row.id, "raw")).toString("utf8");
}
