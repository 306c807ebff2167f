import { existsSync, readFileSync } from "node:fs";
import { ConfigError } from "../config.js";
import type { Database } from "../db/database.js";
import type { ImportRecordRow } from "../db/schema/index.js";
import { DEMO_TENANT } from "../demo/seed.js";
import { createIdGenerator } from "../ids.js";
import { createImport } from "../imports/service.js";
import { listImportResults } from "../imports/store.js";
import { toImportResultBody } from "../imports/view.js";
import { parseCommandArgs } from "./args.js";
import { createProgressReporter, type ProgressStream } from "./progress.js";

/** The usage lines of `lendstack import`. */
export const IMPORT_USAGE = `  import <file> [--commit] [--board-mismatches] [--product prd_…] [--tenant <id>]
                                      import a book of live loans (.csv, else JSON Lines): replay and reconcile every
                                      loan to the cent and print the report; --commit boards the matching loans (all
                                      with --board-mismatches) with a progress bar; exits 1 on any mismatch or bad row`;

/** The parsed options of `lendstack import`. */
export interface ImportArgs {
  readonly file: string;
  readonly isCommit: boolean;
  readonly boardMismatches: boolean;
  readonly productId: string | undefined;
  readonly tenantId: string;
}

/**
 * Parses `import` arguments; a missing file is a `ConfigError`.
 *
 * @example parseImportArgs(["book.jsonl", "--commit"]) // { file: "book.jsonl", isCommit: true, … }
 */
export function parseImportArgs(args: ReadonlyArray<string>): ImportArgs {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith("-"))
    throw new ConfigError("import: usage: lendstack import <file> [--commit]");
  const flags = new Set(["--commit", "--board-mismatches"]);
  const values = parseCommandArgs(
    "import",
    rest.filter((arg) => !flags.has(arg)),
    { product: { type: "string" }, tenant: { type: "string" } },
  );
  if (!existsSync(file)) throw new ConfigError(`import: ${file} does not exist`);
  return {
    file,
    isCommit: rest.includes("--commit"),
    boardMismatches: rest.includes("--board-mismatches"),
    productId: values.product,
    tenantId: values.tenant ?? DEMO_TENANT,
  };
}

/** The reconciliation summary and the first problems, as printed. @example formatImportSummary(row, results) */
export function formatImportSummary(row: ImportRecordRow, problems: ReturnType<typeof toImportResultBody>[]): string {
  const lines = [
    `Import ${row.id} (${row.mode === "commit" ? "commit" : "dry run"}): ${row.total} rows: ${row.matched} match, ` +
      `${row.mismatched} mismatch, ${row.unchecked} without figures, ${row.failed} failed, ${row.refused} refused.`,
  ];
  if (row.mode === "commit") {
    lines.push(`  boarded ${row.boarded}, already boarded ${row.alreadyBoarded}, of ${row.toBoard} to board.`);
  }
  for (const p of problems) {
    const d = p.difference;
    if (d)
      lines.push(
        `  row ${p.row} ${p.sourceId}: ${d.figure} expected ${d.expected}, actual ${d.actual} (${d.difference ?? "-"})`,
      );
    for (const e of p.errors)
      lines.push(`  row ${p.row}${e.column ? ` column ${e.column}` : ""} ${e.path}: ${e.code}: ${e.reason}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `lendstack import <file>`: migrates, imports the file into the tenant (each loan boarded in its own
 * transaction, so an interrupted commit resumes with `POST /v1/imports/{id}/resumptions`) and prints the
 * summary with the first 20 problems. Exits 1 when any row is not a match.
 *
 * @example await importCommand(["book.jsonl", "--commit"], database);
 */
export async function importCommand(
  args: ReadonlyArray<string>,
  database: Database,
  progressStream: ProgressStream = process.stderr,
): Promise<number> {
  const request = parseImportArgs(args);
  const data = readFileSync(request.file, "utf8");
  await database.migrate();
  const clock = () => new Date();
  const context = {
    tenantId: request.tenantId,
    actor: "cli",
    requestId: "cli",
    now: clock(),
    ids: createIdGenerator({ clock }),
  };
  const progress = createProgressReporter({ stream: progressStream, label: "import", unit: "loans" });
  let last = { done: 0, total: 0 };
  const created = await createImport(
    database.db,
    context,
    {
      format: request.file.toLowerCase().endsWith(".csv") ? "csv" : "jsonl",
      data,
      mode: request.isCommit ? "commit" : "dry_run",
      boardMismatches: request.boardMismatches,
      productId: request.productId,
    },
    (done, total) => {
      last = { done, total };
      progress.update(done, total);
    },
    { clock },
  );
  if (request.isCommit) progress.finish(last.done, last.total);
  if (!created.ok) {
    process.stderr.write(`import: ${created.error.code}: ${created.error.message}\n`);
    return 1;
  }
  const rows = await listImportResults(database.db, request.tenantId, created.value.id, { take: 10_000 });
  const problems = rows.filter((r) => r.status !== "match" && r.status !== "unchecked").slice(0, 20);
  process.stdout.write(formatImportSummary(created.value, problems.map(toImportResultBody)));
  const row = created.value;
  return row.mismatched + row.failed + row.refused === 0 ? 0 : 1;
}
