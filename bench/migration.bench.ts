/**
 * Migration: the dry run of an import file of 10,000 live loans with a year of history each (parse the
 * JSON Lines, replay every loan, take its figures, compare them to the cent), beside a bare replay of
 * the same loans (no parsing, no figures): the ratio is what the import adds to replaying the book.
 */
import { unwrap } from "../packages/core/src/errors/index.js";
import { dryRunImport, exportLoan, sampleBook, toJsonLines } from "../packages/core/src/migration/index.js";
import { replay } from "../packages/core/src/servicing/index.js";
import { operationsPerSecond, type Suite, throughputResult } from "./harness.js";

const count = 10_000;
const book = sampleBook(count, 2026);
const text = toJsonLines(book.map((input) => unwrap(exportLoan(input))));
const historyEntries = book.reduce((sum, input) => sum + input.events.length, 0);

const suite: Suite = {
  name: "migration",
  run() {
    let matched = 0;
    const dryRun = operationsPerSecond(
      () => {
        const report = dryRunImport(text, "jsonl");
        matched = report.totals.matched;
        return report;
      },
      count,
      3,
    );
    if (matched !== count) throw new Error(`import.dry-run.10k: ${matched} of ${count} loans reconciled`);
    const bare = operationsPerSecond(() => book.map((input) => replay(input.loan, input.events, input.asOf)), count, 3);
    process.stderr.write(`import.dry-run.10k: ${Math.round(dryRun)} loans/s (bare replay ${Math.round(bare)}/s)\n`);
    return [
      throughputResult(
        "import.dry-run.10k",
        dryRun,
        bare,
        `loans/s, goal ≥ 2000 on one core; ${count} loans, ${historyEntries} history entries, ${(text.length / 1e6).toFixed(1)} MB JSONL, all ${count} matched; baseline bare replay`,
      ),
    ];
  },
};
export default suite;
