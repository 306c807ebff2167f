import { describe, expect, it } from "vitest";
import { ConfigError } from "../config.js";
import { formatMetro2Summary, parseMetro2Args } from "./metro2.js";

describe("parseMetro2Args", () => {
  it.each([
    [["--month", "2026-11"], { month: "2026-11", out: undefined, tenantId: "demo" }],
    [
      ["--month", "2026-11", "--out", "nov.txt", "--tenant", "acme"],
      { month: "2026-11", out: "nov.txt", tenantId: "acme" },
    ],
  ])("%j", (args, want) => {
    expect(parseMetro2Args(args)).toEqual(want);
  });
  it.each([[[]], [["--month", "2026-13"]], [["--month", "11-2026"]], [["--month", "2026-11", "--bogus"]]])(
    "refuses %j",
    (args) => {
      expect(() => parseMetro2Args(args)).toThrow(ConfigError);
    },
  );
});

describe("formatMetro2Summary", () => {
  it("names the file, its counts by status and its skipped loans by reason", () => {
    const summary = formatMetro2Summary({
      id: "m2f_1",
      object: "metro2_file",
      month: "2026-11",
      activityDate: "2026-11-30",
      businessDate: "2026-12-01",
      accountCount: 3,
      statusCounts: { "11": 2, "97": 1 },
      skippedCount: 1,
      skippedByReason: { no_borrower_party: 1 },
      skipped: [{ loanId: "loan_1", reason: "no_borrower_party" }],
      totals: {},
      recordCount: 5,
      byteLength: 2130,
      createdAt: "2026-12-01T00:00:00.000Z",
    });
    expect(summary).toBe(
      "Metro 2 file m2f_1 for 2026-11: 3 accounts (11: 2, 97: 1), 5 records, 2130 bytes.\n  skipped 1: no_borrower_party: 1",
    );
  });
});
