import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import type { AccountingBasis } from "./accounts.js";
import { type JournalEntry, makeEntry, reverseEntry } from "./journal-entry.js";
import {
  accrualLines,
  capitalizationLines,
  chargeLines,
  chargeOffLines,
  disbursementLines,
  forgivenessLines,
  prepaidFeeLines,
  receiptLines,
  recoveryLines,
  refundLines,
  waiverLines,
} from "./postings.js";
import { trialBalance } from "./trial-balance.js";

const amount = fc.bigInt({ min: 0n, max: 10n ** 12n });
const parts = fc.record({
  principalMinor: amount,
  interestMinor: amount,
  feesMinor: amount,
  penaltiesMinor: amount,
  creditMinor: amount,
});
const basis = fc.constantFrom<AccountingBasis>("accrual", "cash");
const posting = fc.oneof(
  amount.map((a) => () => disbursementLines(a)),
  fc.tuple(amount, amount).map(
    ([net, fee]) =>
      () =>
        disbursementLines(net + fee, fee),
  ),
  amount.map((a) => () => prepaidFeeLines(a)),
  fc.tuple(amount, basis).map(
    ([a, b]) =>
      () =>
        accrualLines(a, b),
  ),
  fc.tuple(fc.constantFrom<"fee" | "penalty">("fee", "penalty"), amount, basis).map(
    ([k, a, b]) =>
      () =>
        chargeLines(k, a, b),
  ),
  fc.tuple(fc.constantFrom<"fee" | "penalty">("fee", "penalty"), amount, basis).map(
    ([k, a, b]) =>
      () =>
        waiverLines(k, a, b),
  ),
  fc.tuple(parts, basis, fc.boolean()).map(
    ([p, b, c]) =>
      () =>
        receiptLines(p, b, c),
  ),
  fc.tuple(parts, basis).map(
    ([p, b]) =>
      () =>
        forgivenessLines(p, b),
  ),
  fc.tuple(parts, basis).map(
    ([p, b]) =>
      () =>
        chargeOffLines(p, b),
  ),
  fc.tuple(amount, basis).map(
    ([a, b]) =>
      () =>
        capitalizationLines(a, b),
  ),
  amount.map((a) => () => refundLines(a)),
  amount.map((a) => () => recoveryLines(a)),
);

describe("ledger properties", () => {
  it("every posting rule balances and every trial balance sums to zero, at any date", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(posting, fc.nat(60)), { maxLength: 30 }), fc.nat(70), (postings, cut) => {
        const start = date("2026-01-01");
        const journal: JournalEntry[] = [];
        postings.forEach(([lines, day], index) => {
          const entry = makeEntry(
            { id: `e${index}`, date: addDays(start, day), eventId: `e${index}`, currency: "USD", memo: "" },
            lines(),
          );
          if (entry) journal.push(entry);
        });
        const tb = trialBalance(journal, addDays(start, cut));
        for (const total of tb.totals) expect(total.balanceMinor).toBe(0n);
      }),
    );
  });

  it("an entry plus its reversal nets every account to zero", () => {
    fc.assert(
      fc.property(posting, (lines) => {
        const entry = makeEntry(
          { id: "a", date: date("2026-01-01"), eventId: "a", currency: "USD", memo: "" },
          lines(),
        );
        fc.pre(entry !== undefined);
        if (!entry) return;
        const undo = reverseEntry(entry, { id: "b", date: date("2026-01-02"), eventId: "b" });
        for (const row of trialBalance([entry, undo], date("2026-01-02")).rows) expect(row.balanceMinor).toBe(0n);
      }),
    );
  });
});
