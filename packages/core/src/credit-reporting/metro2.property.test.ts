import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { buildMetro2File } from "./metro2-file.js";
import { delinquent, header } from "./metro2-fixtures.js";
import type { Metro2AccountState, Metro2Consumer, Metro2HistoryMonth } from "./metro2-input.js";
import { metro2BaseLayout, metro2TrailerLayout } from "./metro2-layout.js";
import { readMetro2Record } from "./metro2-record.js";

const month: fc.Arbitrary<Metro2HistoryMonth> = fc.oneof(
  fc.constant({ kind: "before-open" as const }),
  fc.constant({ kind: "charged-off" as const }),
  fc.integer({ min: 0, max: 400 }).map((daysPastDue) => ({ kind: "reported" as const, daysPastDue })),
);
const coBorrower: fc.Arbitrary<Metro2Consumer> = fc.record(
  {
    surname: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ""),
    firstName: fc.string({ maxLength: 25 }),
    ecoaCode: fc.constantFrom("2" as const, "5" as const, "Z" as const),
    socialSecurityNumber: fc.stringMatching(/^\d{9}$/),
    address: fc.constant(delinquent.primary.address),
  },
  { requiredKeys: ["surname", "firstName", "ecoaCode"] },
);
const account = fc
  .record({
    standing: fc.constantFrom(
      "open" as const,
      "paid" as const,
      "charged-off" as const,
      "paid-after-charge-off" as const,
    ),
    daysPastDue: fc.integer({ min: 0, max: 400 }),
    balance: fc.bigInt({ min: -10_000n, max: 99_999_999_999n }),
    history: fc.array(month, { maxLength: 24 }),
    coBorrowers: fc.array(coBorrower, { maxLength: 3 }),
  })
  .map(
    ({ standing, daysPastDue, balance, history, coBorrowers }): Metro2AccountState => ({
      ...delinquent,
      standing,
      daysPastDue,
      currentBalanceMinor: balance,
      paymentHistory: history,
      coBorrowers,
      originalChargeOffMinor: 100_000n,
      dateClosed: addDays(date("2026-11-01"), 10),
    }),
  );

/** Walks the segments after the base segment: J1 is 100 bytes, J2 200. */
function segmentIds(rest: string): string[] {
  const ids: string[] = [];
  for (let at = 0; at < rest.length; ) {
    const id = rest.slice(at, at + 2);
    ids.push(id);
    at += id === "J1" ? 100 : 200;
  }
  return ids;
}

describe("Metro 2 file properties", () => {
  it("every record is as long as its descriptor word says, and the trailer counts what the file holds", () => {
    fc.assert(
      fc.property(fc.array(account, { maxLength: 25 }), (accounts) => {
        const file = unwrap(buildMetro2File(header, accounts));
        const lines = file.text.split("\n").slice(0, -1);
        expect(lines).toHaveLength(accounts.length + 2);
        for (const line of lines) expect(line.length).toBe(Number(line.slice(0, 4)));
        const bases = lines.slice(1, -1).map((line) => readMetro2Record(metro2BaseLayout, line));
        const trailer = readMetro2Record(metro2TrailerLayout, lines.at(-1)!);
        expect(Number(trailer.totalBaseRecords)).toBe(accounts.length);
        const ids = lines.slice(1, -1).flatMap((line) => segmentIds(line.slice(426)));
        expect(Number(trailer.totalJ1Segments)).toBe(ids.filter((id) => id === "J1").length);
        expect(Number(trailer.totalJ2Segments)).toBe(ids.filter((id) => id === "J2").length);
        for (const code of ["11", "13", "64", "71", "78", "80", "82", "83", "84", "97"]) {
          expect(Number(trailer[`totalStatusCode${code}`])).toBe(bases.filter((b) => b.accountStatus === code).length);
        }
        const zCount = accounts.reduce((n, a) => n + (a.coBorrowers ?? []).filter((c) => c.ecoaCode === "Z").length, 0);
        expect(Number(trailer.totalEcoaCodeZ)).toBe(zCount);
        expect(Number(trailer.blockCount)).toBe(lines.length);
        bases.forEach((b, i) => {
          const balance = accounts[i]!.currentBalanceMinor;
          expect(BigInt(b.currentBalance!)).toBe(balance < 0n ? 0n : balance / 100n);
        });
      }),
      { numRuns: 100 },
    );
  });
});
