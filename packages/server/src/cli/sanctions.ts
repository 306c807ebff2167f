import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ConfigError, type ServerConfig } from "../config.js";
import type { Database } from "../db/database.js";
import { createIdGenerator } from "../ids.js";
import { loadSanctionsList } from "../screenings/rescreen.js";

/** The usage lines of `lendstack sanctions`. */
export const SANCTIONS_USAGE = `  sanctions load <dir>                load OFAC's SDN list from sdn.csv, alt.csv and add.csv in <dir> (as downloaded
                                      from OFAC) as the list in force, then rescreen every party of every tenant`;

/**
 * The folder of `sanctions load <dir>`, refused unless it holds sdn.csv and alt.csv.
 *
 * @example
 * parseSanctionsArgs(["load", "./sdn"]); // "./sdn"
 */
export function parseSanctionsArgs(args: ReadonlyArray<string>): string {
  const [action, dir, ...rest] = args;
  if (action !== "load" || dir === undefined || dir.startsWith("-") || rest.length > 0) {
    throw new ConfigError("sanctions: usage: lendstack sanctions load <dir>");
  }
  for (const file of ["sdn.csv", "alt.csv"]) {
    if (!existsSync(join(dir, file))) throw new ConfigError(`sanctions load: ${join(dir, file)} does not exist`);
  }
  return dir;
}

/**
 * `lendstack sanctions load <dir>`: migrates, loads the files and rescreens every party; prints what it did.
 * Exits 1 when the files do not parse (every bad row printed, nothing stored).
 *
 * @example
 * await sanctionsCommand(["load", "./sdn"], config, database);
 */
export async function sanctionsCommand(
  args: ReadonlyArray<string>,
  config: ServerConfig,
  database: Database,
): Promise<number> {
  const dir = parseSanctionsArgs(args);
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const files = {
    sdn: read("sdn.csv"),
    alt: read("alt.csv"),
    ...(existsSync(join(dir, "add.csv")) ? { add: read("add.csv") } : {}),
  };
  await database.migrate();
  const clock = () => new Date();
  const loaded = await loadSanctionsList(database.db, files, {
    clock,
    ids: createIdGenerator({ clock }),
    threshold: config.sanctionsMatchThreshold,
  });
  if (!loaded.ok) {
    process.stderr.write(`sanctions load: ${loaded.error.message}\n`);
    const issues = (loaded.error.details?.issues ?? []) as ReadonlyArray<{
      file: string;
      line: number;
      message: string;
    }>;
    for (const issue of issues) process.stderr.write(`  ${issue.file}:${issue.line}: ${issue.message}\n`);
    return 1;
  }
  const result = loaded.value;
  process.stdout.write(
    `Loaded sanctions list ${result.listId}: ${result.entryCount} entries, ${result.aliasCount} aliases. ` +
      `Rescreened ${result.partiesScreened} parties of ${result.tenants} tenants: ${result.newHits} new hits.\n`,
  );
  return 0;
}
