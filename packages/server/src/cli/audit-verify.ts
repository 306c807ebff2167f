import { parseArgs } from "node:util";
import { chainedTenants, readChain, readChainHead } from "../audit-records/store.js";
import { ConfigError } from "../config.js";
import { type BrokenLink, verifyChain } from "../db/audit-chain.js";
import type { Executor } from "../db/database.js";

/** The usage lines of the command, for the CLI's help text. */
export const AUDIT_VERIFY_USAGE = `  audit verify [--tenant <id>]       walk each tenant's audit hash chain (or one tenant's) up to its head;
                                      exits 1 naming the first broken link (record id, expected vs found
                                      hash) or a chain cut short at its end`;

/** The outcome of verifying some tenants' chains. @example formatAuditVerification(await verifyAuditChains(db)) */
export interface AuditVerification {
  readonly tenants: number;
  readonly recordsVerified: number;
  readonly broken: BrokenLink | undefined;
}

/**
 * Verifies the chains of `tenantId` (or every tenant with chained records), stopping at the first
 * broken link.
 *
 * @example
 * const { broken } = await verifyAuditChains(db, "acme");
 */
export async function verifyAuditChains(executor: Executor, tenantId?: string): Promise<AuditVerification> {
  const tenants = tenantId === undefined ? await chainedTenants(executor) : [tenantId];
  let recordsVerified = 0;
  for (const tenant of tenants) {
    const chain = await readChain(executor, tenant);
    const broken = verifyChain(chain, await readChainHead(executor, tenant));
    if (broken !== undefined) return { tenants: tenants.length, recordsVerified, broken };
    recordsVerified += chain.length;
  }
  return { tenants: tenants.length, recordsVerified, broken: undefined };
}

/** What the command prints. @example formatAuditVerification({ tenants: 1, recordsVerified: 3, broken: undefined }) */
export function formatAuditVerification(result: AuditVerification): string {
  const { broken } = result;
  if (broken === undefined) {
    return `Audit chain intact: ${result.recordsVerified} records verified (${result.tenants} tenants).\n`;
  }
  if (broken.kind === "head") {
    const last = broken.recordId === "" ? "no records left" : `last record ${broken.recordId}`;
    return (
      `Audit chain truncated: tenant ${broken.tenantId}, ${last}: head expected ${broken.expected}, ` +
      `found ${broken.found}.\n`
    );
  }
  const what = { hash: "hash", previous_hash: "previous hash", sequence: "sequence" }[broken.kind];
  return (
    `Audit chain broken: tenant ${broken.tenantId}, record ${broken.recordId} (sequence ${broken.sequence}): ` +
    `${what} expected ${broken.expected}, found ${broken.found}.\n`
  );
}

/** Parses `audit verify [--tenant <id>]`; anything else is a `ConfigError` (exit 2). @example parseAuditArgs(["verify"]) */
export function parseAuditArgs(args: string[]): { readonly tenantId: string | undefined } {
  const [subcommand, ...rest] = args;
  if (subcommand !== "verify")
    throw new ConfigError(`audit: unknown subcommand "${subcommand ?? ""}"; try "audit verify"`);
  try {
    const { values } = parseArgs({ args: rest, options: { tenant: { type: "string" } } });
    if (values.tenant === "") throw new ConfigError("audit verify --tenant needs a tenant id");
    return { tenantId: values.tenant };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`audit verify: ${error instanceof Error ? error.message : String(error)}`);
  }
}
