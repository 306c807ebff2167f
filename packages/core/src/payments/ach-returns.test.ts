import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import { checkAchControls } from "./ach-check.js";
import { parseAchFile } from "./ach-parse.js";
import { readAchReturns } from "./ach-returns.js";

/**
 * A hand-made returns/NOC file as an ODFI sends it back (NACHA Appendix Four and Five layouts):
 * two returned debits (transaction code 26) with addenda 99, and a NOC (zero amount, SEC COR)
 * with addenda 98. Entry hash: 01100001 + 12100024 + 01100001 = 14300026.
 */
const lines = [
  `101 0210000211234567890261205${"0800"}A094101${"LENDSTACK DEMO".padEnd(23)}${"JPMORGAN CHASE".padEnd(23)}        `,
  `5200${"LENDSTACK DEMO".padEnd(36)}1234567890PPD${"LOAN PMT".padEnd(16)}261204339102100002${"0000001"}`,
  `626011000015${"123456789".padEnd(17)}0000012500${"LOAN_1".padEnd(15)}${"JOSE NUNEZ".padEnd(22)}  1011000010000009`,
  `799R01021000020000001      01100001${" ".repeat(44)}011000010000009`,
  `626121000248${"98765".padEnd(17)}0000000100${"LOAN_2".padEnd(15)}${"ADA".padEnd(22)}  1121000240000003`,
  `799R02021000020000002      12100024${"ACCOUNT CLOSED".padEnd(44)}121000240000003`,
  // type, service class, count, hash, debits (26 returns a debit), credits, company id, 25 blanks, ODFI, batch
  `8200${"000004"}${"0013200025"}${"000000012600"}${"000000000000"}1234567890${" ".repeat(25)}021000020000001`,
  `5200${"LENDSTACK DEMO".padEnd(36)}1234567890COR${"LOAN PMT".padEnd(16)}261204339102100002${"0000002"}`,
  `626011000015${"123456789".padEnd(17)}0000000000${"LOAN_1".padEnd(15)}${"JOSE NUNEZ".padEnd(22)}  1011000010000010`,
  `798C01021000020000007      01100001${"987654321".padEnd(29)}${" ".repeat(15)}011000010000010`,
  `8200${"000002"}${"0001100001"}${"000000000000"}${"000000000000"}1234567890${" ".repeat(25)}021000020000002`,
  `9${"000002"}${"000002"}${"00000006"}${"0014300026"}${"000000012600"}${"000000000000"}${" ".repeat(39)}`,
];
const text = `${[...lines, ...Array(8).fill("9".repeat(94))].join("\r\n")}\r\n`;

describe("returns and notifications of change", () => {
  it("the hand-made file is 94-character records whose controls add up", () => {
    for (const line of lines) expect(line).toHaveLength(94);
    expect(checkAchControls(unwrap(parseAchFile(text)))).toEqual([]);
  });

  it("reads each return's R code, the original trace number and the amount", () => {
    const report = readAchReturns(unwrap(parseAchFile(text)));
    expect(report.returns).toEqual([
      {
        returnCode: "R01",
        originalTraceNumber: "021000020000001",
        amountMinor: 12_500n,
        transactionCode: "26",
        individualId: "LOAN_1",
        individualName: "JOSE NUNEZ",
        dateOfDeath: "",
        information: "",
        effectiveEntryDate: "2026-12-04",
      },
      expect.objectContaining({
        returnCode: "R02",
        originalTraceNumber: "021000020000002",
        information: "ACCOUNT CLOSED",
      }),
    ]);
    expect(report.problems).toEqual([]);
  });

  it("reads a C01 notification of change into the corrected account number", () => {
    const report = readAchReturns(unwrap(parseAchFile(text)));
    expect(report.changes).toEqual([
      {
        changeCode: "C01",
        originalTraceNumber: "021000020000007",
        individualId: "LOAN_1",
        correctedData: "987654321".padEnd(29),
        correction: { ok: true, value: { accountNumber: "987654321" } },
      },
    ]);
  });

  it("finds a control that does not match its entries", () => {
    const tampered = text.replace("0000012500LOAN_1", "0000012600LOAN_1");
    const errors = checkAchControls(unwrap(parseAchFile(tampered)));
    expect(errors.map((e) => e.path)).toEqual([
      ["batches", 0, "totalDebitMinor"],
      ["control", "totalDebitMinor"],
    ]);
  });

  it("names the line of a malformed record", () => {
    expect(parseAchFile(`${lines[0]}\nX${"0".repeat(93)}\n`)).toMatchObject({
      ok: false,
      error: { code: "ach_parse_error", path: ["lines", 2] },
    });
    expect(parseAchFile(lines.slice(0, 3).join("\n"))).toMatchObject({ ok: false, error: { code: "ach_parse_error" } });
    expect(parseAchFile(`${lines[0]}\n${lines[3]}\n`)).toMatchObject({
      ok: false,
      error: { code: "ach_parse_error", message: "line 2: an entry, addenda or batch control outside a batch" },
    });
  });

  it("reports an entry with neither a return nor a change addenda", () => {
    const noAddenda = lines.filter((_, i) => i !== 3).join("\n");
    const report = readAchReturns(unwrap(parseAchFile(noAddenda)));
    expect(report.problems).toMatchObject([{ code: "ach_not_a_return", path: ["batches", 0, "entries", 0] }]);
  });
});
