/**
 * `npm run bench`: runs every `bench/*.bench.ts` suite, prints a table and writes bench/results.json.
 * `npm run bench -- schedule` runs only suites whose file name contains "schedule".
 */
import { readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchResult, Suite } from "./harness.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => !filter || file.includes(filter))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const suite = (await import(pathToFileURL(`${here}${file}`).href)).default as Suite;
  process.stderr.write(`running ${suite.name}…\n`);
  results.push(...(await suite.run()));
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
if (!filter) writeFileSync(`${here}results.json`, `${JSON.stringify(results, null, 2)}\n`);
