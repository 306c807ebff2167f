/**
 * `npm run bench`: runs every `bench/*.bench.ts` suite but the slow ones (`*.slow.bench.ts`), each in a fresh
 * process, prints a table and writes bench/results.json. `npm run bench -- schedule` runs only the suites whose
 * file name contains "schedule" (and leaves results.json alone).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./harness.js";
import { isLoadRow } from "./load/options.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2];
// A `*.slow.bench.ts` suite (minutes: the 10,000-loan import round trip) runs only when asked for by name.
const files = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => (filter ? file.includes(filter) : !file.endsWith(".slow.bench.ts")))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const run = spawnSync(process.execPath, [...process.execArgv, `${here}run-suite.ts`, `${here}${file}`], {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${file} failed with exit code ${run.status}`);
  results.push(...(JSON.parse(run.stdout) as BenchResult[]));
}

console.table(
  results.map((r) => ({
    name: r.name,
    median: r.median,
    unit: r.unit,
    baseline: r.baseline,
    ratio: r.ratio,
    note: r.note ?? "",
  })),
);
if (!filter) {
  // The rows of `npm run bench:load` (HTTP and close, minutes on PostgreSQL) stay until that run replaces them.
  const stored = JSON.parse(readFileSync(`${here}results.json`, "utf8")) as BenchResult[];
  const loadRows = stored.filter((row) => isLoadRow(row.name));
  writeFileSync(`${here}results.json`, `${JSON.stringify([...results, ...loadRows], null, 2)}\n`);
}
