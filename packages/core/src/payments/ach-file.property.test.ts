import ach, { type AchLibraryFile } from "@ach/ach";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { checkAchControls } from "./ach-check.js";
import { buildAchFile } from "./ach-file.js";
import { fileOf } from "./ach-fixtures.js";
import type { AchBatchInput, AchEntryInput } from "./ach-input.js";
import { parseAchFile } from "./ach-parse.js";
import { abaCheckDigit } from "./routing-number.js";

const routing = fc
  .tuple(fc.constantFrom("01", "02", "12", "21", "32", "61", "72"), fc.stringMatching(/^\d{6}$/))
  .map(([prefix, rest]) => prefix + rest + String(abaCheckDigit(prefix + rest)));

const entry: fc.Arbitrary<AchEntryInput> = fc
  .record({
    direction: fc.constantFrom("debit" as const, "credit" as const),
    accountKind: fc.constantFrom("checking" as const, "savings" as const),
    routingNumber: routing,
    accountNumber: fc.stringMatching(/^[0-9A-Z]{1,17}$/),
    amountMinor: fc.bigInt({ min: 1n, max: 1_000_000_000n }), // 4 batches × 30 stay within 12 digits
    individualId: fc.string({ maxLength: 15 }),
    individualName: fc.string({ maxLength: 30 }),
    discretionaryData: fc.constantFrom("R", "S"),
    addenda: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
  })
  .map(({ addenda, ...rest }) => (addenda === undefined ? rest : { ...rest, addendaInformation: addenda }));

const batch: fc.Arbitrary<AchBatchInput> = fc.record({
  companyName: fc.string({ maxLength: 20 }),
  companyId: fc.stringMatching(/^\d{10}$/),
  secCode: fc.constantFrom("PPD" as const, "WEB" as const),
  entryDescription: fc.constantFrom("LOAN PMT", "RETRY PYMT"),
  effectiveEntryDate: fc.constant(date("2026-12-04")),
  originatingDfi: fc.stringMatching(/^\d{8}$/),
  entries: fc.array(entry, { minLength: 1, maxLength: 30 }),
});

/** Parses with @ach/ach, an independent implementation, fed one line at a time. */
function parseWithLibrary(text: string): AchLibraryFile {
  const parser = ach().getParser("ach");
  let parsed: AchLibraryFile | undefined;
  parser.on("data", (file) => {
    parsed = file;
  });
  for (const line of text.split("\n")) parser.write({ string: line });
  parser.end();
  if (!parsed) throw new Error("@ach/ach did not emit a file");
  return parsed;
}

describe("NACHA file properties", () => {
  it("the controls always match the entries (our parser recomputes every batch and the file)", () => {
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 4 }), (batches) => {
        const built = unwrap(buildAchFile(fileOf(batches)));
        const lines = built.text.split("\n").slice(0, -1);
        expect(lines.every((line) => line.length === 94)).toBe(true);
        expect(lines.length % 10).toBe(0);
        const parsed = unwrap(parseAchFile(built.text));
        expect(checkAchControls(parsed)).toEqual([]);
        const amounts = batches.flatMap((b) => b.entries);
        const debit = amounts.filter((e) => e.direction === "debit").reduce((s, e) => s + e.amountMinor, 0n);
        expect(built.totals.totalDebitMinor).toBe(debit);
        expect(parsed.batches.flatMap((b) => b.entries.map((e) => e.traceNumber))).toEqual(built.traceNumbers.flat());
      }),
      { numRuns: 150 },
    );
  });

  it("@ach/ach parses our files with the same totals, hash, counts and entries", () => {
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 3 }), (batches) => {
        const built = unwrap(buildAchFile(fileOf(batches)));
        const library = parseWithLibrary(built.text);
        const footer = library.file.footer;
        expect(footer.totalDebit).toBe(Number(built.totals.totalDebitMinor));
        expect(footer.totalCredit).toBe(Number(built.totals.totalCreditMinor));
        expect(footer.entryHash).toBe(Number(built.totals.entryHash));
        expect(footer.entryAndAddendaCount).toBe(built.totals.entryAddendaCount);
        expect([footer.batchCount, footer.blockCount]).toEqual([built.batchCount, built.blockCount]);
        // The library's entries, summed independently, give the same totals.
        const entries = library.batches.flatMap((b) => b.entries);
        const debit = entries.filter((e) => e.transactionCode.endsWith("7")).reduce((s, e) => s + e.amount, 0);
        expect(debit).toBe(Number(built.totals.totalDebitMinor));
        expect(entries).toHaveLength(batches.reduce((n, b) => n + b.entries.length, 0));
        expect(library.batches.map((b) => b.entryClassCode)).toEqual(batches.map((b) => b.secCode));
      }),
      { numRuns: 100 },
    );
  });
});
