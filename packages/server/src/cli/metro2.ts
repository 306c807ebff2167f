import { writeFileSync } from "node:fs";
import { parseMetro2Month } from "@lendstack/core/credit-reporting";
import { ConfigError } from "../config.js";
import { generateMetro2File, openMetro2Content } from "../credit-reporting/generate.js";
import { toMetro2FileBody } from "../credit-reporting/view.js";
import type { Database } from "../db/database.js";
import { DEMO_TENANT } from "../demo/seed.js";
import { createIdGenerator } from "../ids.js";
import type { MasterKeyring } from "../pii/master-keys.js";
import { businessDateOf } from "../tenants/business-date.js";
import { loadTenantSettings } from "../tenants/store.js";
import { parseCommandArgs } from "./args.js";

/** The usage lines of `lendstack metro2`. */
export const METRO2_USAGE = `  metro2 --month YYYY-MM [--out <file>] [--tenant <id>]
                                      generate and store the month's Metro 2 file (as POST /v1/credit-reporting/
                                      metro2-files); the text goes to --out (else stdout), the summary to stderr
                                      (stdout with --out); exits 1 when the month or the furnisher is refused`;

/** The parsed options of `lendstack metro2`. */
export interface Metro2Args {
  readonly month: string;
  readonly out: string | undefined;
  readonly tenantId: string;
}

/**
 * Parses `metro2` arguments; a missing or malformed month is a `ConfigError`.
 *
 * @example parseMetro2Args(["--month", "2026-11"]) // { month: "2026-11", out: undefined, tenantId: "demo" }
 */
export function parseMetro2Args(args: ReadonlyArray<string>): Metro2Args {
  const values = parseCommandArgs("metro2", args, {
    month: { type: "string" },
    out: { type: "string" },
    tenant: { type: "string" },
  });
  if (values.month === undefined) throw new ConfigError("metro2: --month YYYY-MM is required");
  const month = parseMetro2Month(values.month);
  if (!month.ok) throw new ConfigError(`metro2 --month: ${month.error.message}`);
  return { month: values.month, out: values.out, tenantId: values.tenant ?? DEMO_TENANT };
}

/** The summary printed after a file is stored. @example formatMetro2Summary(toMetro2FileBody(row)) */
export function formatMetro2Summary(file: ReturnType<typeof toMetro2FileBody>): string {
  const statuses = Object.entries(file.statusCounts).map(([code, n]) => `${code}: ${n}`);
  const skipped = Object.entries(file.skippedByReason).map(([reason, n]) => `${reason}: ${n}`);
  return [
    `Metro 2 file ${file.id} for ${file.month}: ${file.accountCount} accounts (${statuses.join(", ") || "none"}), ` +
      `${file.recordCount} records, ${file.byteLength} bytes.`,
    ...(skipped.length === 0 ? [] : [`  skipped ${file.skippedCount}: ${skipped.join(", ")}`]),
  ].join("\n");
}

/**
 * `lendstack metro2 --month 2026-11`: migrates, then generates and stores the month's file for the tenant
 * (default the demo tenant) by its business date now, exactly as the API does (`metro2_file.created`,
 * audited as the actor `cli`), and writes the text to `--out` or stdout.
 *
 * @example const code = await metro2Command(["--month", "2026-11", "--out", "nov.txt"], database, keyring);
 */
export async function metro2Command(
  args: ReadonlyArray<string>,
  database: Database,
  pii: MasterKeyring,
): Promise<number> {
  const request = parseMetro2Args(args);
  await database.migrate();
  const clock = () => new Date();
  const now = clock();
  const settings = await loadTenantSettings(database.db, request.tenantId);
  const context = {
    tenantId: request.tenantId,
    actor: "cli",
    requestId: "cli",
    now,
    ids: createIdGenerator({ clock }),
    businessDate: businessDateOf(now, settings),
  };
  const deps = { db: database.db, pii };
  const generated = await generateMetro2File(deps, context, request.month);
  if (!generated.ok) {
    process.stderr.write(`metro2: ${generated.error.code}: ${generated.error.message}\n`);
    return 1;
  }
  const text = await openMetro2Content(deps, generated.value, now);
  const summary = `${formatMetro2Summary(toMetro2FileBody(generated.value))}\n`;
  if (request.out === undefined) {
    process.stdout.write(text);
    process.stderr.write(summary);
  } else {
    writeFileSync(request.out, text, { mode: 0o600 });
    process.stdout.write(summary);
  }
  return 0;
}
