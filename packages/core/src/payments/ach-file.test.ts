import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { checkAchControls } from "./ach-check.js";
import { buildAchFile } from "./ach-file.js";
import { creditEntry, debitEntry, fileOf, webBatch } from "./ach-fixtures.js";
import { parseAchFile } from "./ach-parse.js";
import { abaCheckDigit } from "./routing-number.js";

describe("buildAchFile", () => {
  // Hand-worked: entry hash 01100001 + 12100024 = 13200025; debits $125.00, credits $1.00; 2 entries
  // + 1 addenda = 3; 7 records -> 1 block, padded with three all-9 records.
  const built = unwrap(buildAchFile(fileOf([webBatch])));
  const lines = built.text.split("\n").slice(0, -1);

  it("writes every record at 94 characters, padded to a whole block with 9s", () => {
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(line).toHaveLength(94);
    expect(lines.slice(7)).toEqual(Array(3).fill("9".repeat(94)));
    expect(built).toMatchObject({ recordCount: 10, blockCount: 1, batchCount: 1 });
  });

  it("writes the records field by field (NACHA Appendix Two positions)", () => {
    // type, priority, " " + destination, origin, YYMMDD, HHMM, modifier, 094, 10, 1, names, reference
    expect(lines[0]).toBe(
      ["1", "01", " 021000021", "1234567890", "261203", "1605", "A", "094", "10", "1"].join("") +
        "JPMORGAN CHASE".padEnd(23) +
        "LENDSTACK DEMO".padEnd(23) +
        " ".repeat(8),
    );
    expect(lines[1]).toBe(
      "5200LENDSTACK DEMO                      1234567890WEBLOAN PMT        261204   1021000020000001",
    );
    expect(lines[2]).toBe(
      "627011000015123456789        0000012500LOAN_1         JOSE NUNEZ            S 1021000020000001",
    );
    expect(lines[3]).toBe(`705${"INSTALLMENT 3".padEnd(80)}00010000001`);
    expect(lines[4]).toBe(
      "63212100024898765            0000000100LOAN_2         ADA                   R 0021000020000002",
    );
    // type, service class, count, hash, debits, credits, company id, MAC (19), reserved (6), ODFI, batch
    expect(lines[5]).toBe(
      ["8", "200", "000003", "0013200025", "000000012500", "000000000100", "1234567890"].join("") +
        " ".repeat(25) +
        "02100002" +
        "0000001",
    );
    expect(lines[6]).toBe(`9000001000001000000030013200025000000012500000000000100${" ".repeat(39)}`);
  });

  it("reports the totals and the trace number of every entry", () => {
    expect(built.totals).toEqual({
      entryAddendaCount: 3,
      entryHash: 13_200_025n,
      totalDebitMinor: 12_500n,
      totalCreditMinor: 100n,
    });
    expect(built.traceNumbers).toEqual([["021000020000001", "021000020000002"]]);
  });

  it("uses service class 225 for debits only and 220 for credits only, and continues trace numbers across batches", () => {
    const two = unwrap(
      buildAchFile(
        fileOf(
          [
            { ...webBatch, entries: [debitEntry] },
            { ...webBatch, entries: [creditEntry] },
          ],
          { firstTraceSequence: 41, lineEnding: "\r\n" },
        ),
      ),
    );
    const twoLines = two.text.split("\r\n");
    expect(twoLines[1]?.slice(0, 4)).toBe("5225");
    expect(twoLines[5]?.slice(0, 4)).toBe("5220");
    expect(two.traceNumbers).toEqual([["021000020000041"], ["021000020000042"]]);
    expect(checkAchControls(unwrap(parseAchFile(two.text)))).toEqual([]);
  });

  it("writes prenotes as transaction code 28 for zero", () => {
    const prenote = { ...debitEntry, amountMinor: 0n, isPrenote: true, addendaInformation: undefined };
    const { addendaInformation: _, ...withoutAddenda } = prenote;
    const file = unwrap(buildAchFile(fileOf([{ ...webBatch, entries: [withoutAddenda] }])));
    expect(file.text.split("\n")[2]?.slice(0, 3)).toBe("628");
  });

  it.each([
    [{ routingNumber: "021000022" }, "routing_number_checksum", ["batches", 0, "entries", 0, "routingNumber"]],
    [{ amountMinor: 0n }, "invalid_amount", ["batches", 0, "entries", 0, "amountMinor"]],
    [{ amountMinor: -5n }, "invalid_amount", ["batches", 0, "entries", 0, "amountMinor"]],
    [{ amountMinor: 10_000_000_000n }, "invalid_amount", ["batches", 0, "entries", 0, "amountMinor"]],
    [{ accountNumber: "123456789012345678" }, "invalid_account_number", ["batches", 0, "entries", 0, "accountNumber"]],
    [{ discretionaryData: "X" }, "invalid_field", ["batches", 0, "entries"]],
  ])("refuses an entry with %o: %s", (change, code, path) => {
    const result = buildAchFile(fileOf([{ ...webBatch, entries: [{ ...debitEntry, ...change }] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, path });
  });

  it.each([
    [{ immediateDestination: "12345678" }, "invalid_routing_number", ["immediateDestination"]],
    [{ creationTime: "2460" }, "invalid_field", ["creationTime"]],
    [{ fileIdModifier: "a" }, "invalid_field", ["fileIdModifier"]],
    [{ batches: [] }, "empty_file", ["batches"]],
    [{ batches: [{ ...webBatch, entries: [] }] }, "empty_batch", ["batches", 0, "entries"]],
    [{ batches: [{ ...webBatch, companyId: "123" }] }, "invalid_company_id", ["batches", 0, "companyId"]],
    [{ batches: [{ ...webBatch, secCode: "CCD" as "PPD" }] }, "invalid_sec_code", ["batches", 0, "secCode"]],
    [{ firstTraceSequence: 9_999_999 }, "invalid_field", ["firstTraceSequence"]],
  ])("refuses a file with %o: %s", (change, code, path) => {
    const result = buildAchFile({ ...fileOf([webBatch]), ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, path });
  });

  it("refuses totals over 12 digits of cents (a batch of 101 maximal entries)", () => {
    const entries = Array.from({ length: 101 }, () => ({ ...debitEntry, amountMinor: 9_999_999_999n }));
    const result = buildAchFile(fileOf([{ ...webBatch, entries }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("ach_total_too_large");
  });

  it("keeps the last 10 digits of an entry hash that overflows: 140 × 72000000 = 10,080,000,000", () => {
    const routing = `72000000${abaCheckDigit("72000000")}`;
    const entries = Array.from({ length: 140 }, () => ({ ...debitEntry, routingNumber: routing }));
    const file = unwrap(buildAchFile(fileOf([{ ...webBatch, entries }])));
    expect(file.totals.entryHash).toBe(80_000_000n);
    expect(checkAchControls(unwrap(parseAchFile(file.text)))).toEqual([]);
  });

  it("keeps the effective entry date the caller gives", () => {
    const file = unwrap(buildAchFile(fileOf([{ ...webBatch, effectiveEntryDate: date("2027-01-04") }])));
    expect(file.text.split("\n")[1]?.slice(69, 75)).toBe("270104");
  });
});
