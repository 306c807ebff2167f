import { describe, expect, it } from "vitest";
import { unwrap } from "../errors/index.js";
import {
  CHECKPOINT_FORMAT,
  type Checkpoint,
  decodeCheckpoint,
  encodeCheckpoint,
  replayToCheckpoint,
  resumeFromCheckpoint,
} from "./checkpoint.js";
import type { LoanEvent } from "./events.js";
import { disburse, makeLoan, on, pay } from "./fixtures.js";
import { replay } from "./replay.js";

const numbered = (events: LoanEvent[]) => events.map((event, i) => ({ ...event, postedAt: i + 1 }));
const fee = (day: string, id: string, postedAt: number): LoanEvent => ({
  id,
  type: "fee-charge",
  effectiveDate: on(day),
  amountMinor: 1_000n,
  postedAt,
});

describe("checkpoints", () => {
  const loan = makeLoan({}, { overpayment: "hold-as-credit" });
  // $2,000 held as credit on 01-15; on 02-01 installment 1 falls due and the fee is charged: both are paid
  // from the credit, as credit applications numbered within the day (credit:2026-02-01:1, :2).
  const stored = numbered([
    disburse("2026-01-01", 1_000_000n, "dsb"),
    pay("2026-01-15", 200_000n, "pmt"),
    fee("2026-02-01", "fee1", 0),
  ]);

  it("is taken after the last event, as of its date, whatever date the replay went on to", () => {
    const { checkpoint } = unwrap(replayToCheckpoint(loan, stored, on("2026-03-20")));
    expect(checkpoint?.state.asOf).toBe("2026-02-01");
    expect(checkpoint?.lastSequence).toBe(3);
    // It keeps the last day's transactions, not the history.
    expect(checkpoint?.state.transactions.map((t) => t.id)).toEqual([
      "credit:2026-02-01:1",
      "fee1",
      "credit:2026-02-01:2",
    ]);
  });

  it("numbers a same-day credit application after the checkpoint as a full replay does", () => {
    const { checkpoint } = unwrap(replayToCheckpoint(loan, stored, on("2026-02-01")));
    const next = fee("2026-02-01", "fee2", 4);
    const resumed = unwrap(resumeFromCheckpoint(loan, checkpoint as Checkpoint, [next], on("2026-02-01")) ?? fail());
    const full = unwrap(replay(loan, [...stored, next], on("2026-02-01")));
    expect(resumed.state.transactions.at(-1)?.id).toBe("credit:2026-02-01:3");
    expect(resumed.state.transactions.slice(-2)).toEqual(full.transactions.slice(-2));
    expect(resumed.state.creditBalanceMinor).toBe(full.creditBalanceMinor);
  });

  it("declines what needs the history: a reversal, an event dated before it, a replay to an earlier date", () => {
    const { checkpoint } = unwrap(replayToCheckpoint(loan, stored, on("2026-02-10")));
    const saved = checkpoint as Checkpoint;
    const reversal: LoanEvent = {
      id: "rev",
      type: "payment-reversal",
      effectiveDate: on("2026-02-05"),
      transactionId: "pmt",
      postedAt: 4,
    };
    expect(resumeFromCheckpoint(loan, saved, [reversal], on("2026-02-10"))).toBeUndefined();
    expect(
      resumeFromCheckpoint(loan, saved, [{ ...pay("2026-01-31", 100n), postedAt: 4 }], on("2026-02-10")),
    ).toBeUndefined();
    expect(resumeFromCheckpoint(loan, saved, [], on("2026-01-31"))).toBeUndefined();
    // An event without its sequence number, or one the checkpoint already covers, cannot be ordered after it.
    expect(resumeFromCheckpoint(loan, saved, [pay("2026-02-05", 100n)], on("2026-02-10"))).toBeUndefined();
    expect(
      resumeFromCheckpoint(loan, saved, [{ ...pay("2026-02-05", 100n), postedAt: 3 }], on("2026-02-10")),
    ).toBeUndefined();
  });

  it("is not taken before the loan is disbursed, nor while an event is dated after the replay's date", () => {
    const later = numbered([disburse("2026-01-10", 1_000_000n, "dsb")]);
    expect(unwrap(replayToCheckpoint(loan, later, on("2026-01-05"))).checkpoint).toBeUndefined();
    expect(unwrap(replayToCheckpoint(loan, stored, on("2026-01-20"))).checkpoint).toBeUndefined();
  });

  it("reads back exactly, and reads nothing it did not write", () => {
    const { checkpoint } = unwrap(replayToCheckpoint(loan, stored, on("2026-02-01")));
    const text = encodeCheckpoint(checkpoint as Checkpoint);
    expect(decodeCheckpoint(text, loan)).toEqual(checkpoint);
    expect(text).not.toContain("waterfall"); // the loan's policy is the loan record's, not stored again
    const other = text.replace(`"format":${CHECKPOINT_FORMAT}`, `"format":${CHECKPOINT_FORMAT + 1}`);
    expect(decodeCheckpoint(other, loan)).toBeUndefined();
    expect(decodeCheckpoint(text.slice(0, -10), loan)).toBeUndefined();
    expect(decodeCheckpoint('{"format":1,"lastSequence":3,"state":{"asOf":"2026-02-01"}}', loan)).toBeUndefined();
    expect(decodeCheckpoint(text.replace(/"#1000000"/, '"#1e6"'), loan)).toBeUndefined();
  });
});

function fail(): never {
  throw new Error("the checkpoint was not continued");
}
