import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type LocalDate, maxDate } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import {
  type Checkpoint,
  decodeCheckpoint,
  encodeCheckpoint,
  replayToCheckpoint,
  resumeFromCheckpoint,
} from "./checkpoint.js";
import { compareEvents, type LoanEvent } from "./events.js";
import { eventsArb, loanArb } from "./replay-arbitrary.js";
import type { LoanState } from "./state.js";

/** The fields a resumed state shares with a full replay: everything but the history and the loan itself. */
function comparable(state: LoanState) {
  const { transactions: _t, journal: _j, scheduleHistory: _s, loan: _l, ...rest } = state;
  return rest;
}

/** Events in arrival order, numbered as the server numbers them (`postedAt` = sequence). */
function arrived(events: ReadonlyArray<LoanEvent>, backDated: LoanEvent | undefined): LoanEvent[] {
  const ordered = [...events].sort(compareEvents);
  if (backDated !== undefined) ordered.push(backDated);
  return ordered.map((event, i) => ({ ...event, postedAt: i + 1 }));
}

const continuable = new Set(["payment", "fee-charge", "fee-waiver", "refund", "recovery"]);

/** A history cut after `split` events, checkpointed `delay` days after the last of them (or the first day). */
const historyArb = fc.record({
  loan: loanArb,
  events: eventsArb,
  split: fc.nat({ max: 20 }),
  delay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
  after: fc.integer({ min: 0, max: 90 }),
  backDated: fc.option(fc.integer({ min: 1, max: 40 }), { freq: 4 }),
  keepRest: fc.boolean(),
  extra: fc.array(
    fc.record({
      kind: fc.constantFrom("payment", "fee-charge", "fee-waiver", "refund"),
      offset: fc.integer({ min: 0, max: 60 }),
      amountMinor: fc.bigInt({ min: 1n, max: 120_000n }),
    }),
    { maxLength: 5 },
  ),
});

type Extra = { kind: string; offset: number; amountMinor: bigint };

/** Continuable events dated on or after `from` (a waiver of the first late fee, a refund of held credit). */
function extras(specs: ReadonlyArray<Extra>, from: LocalDate): LoanEvent[] {
  return specs.map(({ kind, offset, amountMinor }, i) => {
    const base = { id: `x${i}`, effectiveDate: addDays(from, offset), amountMinor };
    if (kind === "fee-waiver") return { ...base, type: "fee-waiver", chargeId: "late-fee:1" };
    if (kind === "payment" || kind === "fee-charge" || kind === "refund") return { ...base, type: kind };
    throw new Error(kind);
  });
}

function roundTrip(checkpoint: Checkpoint, loan: LoanState["loan"]): Checkpoint {
  const decoded = decodeCheckpoint(encodeCheckpoint(checkpoint), loan);
  if (decoded === undefined) throw new Error("the checkpoint did not read back");
  return decoded;
}

describe("checkpoint + tail replay", () => {
  it("equals a full replay of the same events, or declines to continue", () => {
    let continued = 0;
    fc.assert(
      fc.property(historyArb, ({ loan, events, split, delay, after, backDated, keepRest, extra }) => {
        const history = [...events].sort(compareEvents);
        const cut = Math.min(split + 1, history.length); // the disbursement is always stored
        const lastStored = history[cut - 1]?.effectiveDate as LocalDate;
        const from = addDays(lastStored, delay);
        const sorted = [...history.slice(0, cut), ...(keepRest ? history.slice(cut) : []), ...extras(extra, from)];
        const late =
          backDated === null
            ? undefined
            : ({
                id: "late",
                type: "payment",
                effectiveDate: addDays(from, -backDated),
                amountMinor: 25_000n,
              } as const);
        const all = arrived(sorted, late);
        const stored = all.slice(0, cut);
        const tail = all.slice(cut);
        const saved = replayToCheckpoint(loan, stored, from);
        fc.pre(saved.ok && saved.value.checkpoint !== undefined);
        if (!saved.ok || saved.value.checkpoint === undefined) return;
        const checkpoint = roundTrip(saved.value.checkpoint, loan);
        expect(comparable(checkpoint.state)).toEqual(comparable(saved.value.checkpoint.state));
        const asOf = addDays(
          tail.reduce((latest, e) => maxDate(latest, e.effectiveDate), from),
          after,
        );
        const resumed = resumeFromCheckpoint(loan, checkpoint, tail, asOf);
        const full = replayToCheckpoint(loan, all, asOf);
        if (resumed === undefined) {
          const since = checkpoint.state.asOf;
          expect(tail.some((e) => !continuable.has(e.type) || e.effectiveDate < since)).toBe(true);
          return;
        }
        continued++;
        if (!full.ok) {
          expect(resumed.ok).toBe(false);
          if (!resumed.ok)
            expect([resumed.error.code, resumed.error.details]).toEqual([full.error.code, full.error.details]);
          return;
        }
        const { state, checkpoint: next } = unwrap(resumed);
        expect(comparable(state)).toEqual(comparable(full.value.state));
        // The history a resumed state holds (the checkpoint's last day, then the tail's) ends the full one.
        const ending = <T>(whole: ReadonlyArray<T>, part: ReadonlyArray<T>) => whole.slice(whole.length - part.length);
        expect(ending(full.value.state.transactions, state.transactions)).toEqual(state.transactions);
        expect(ending(full.value.state.journal, state.journal)).toEqual(state.journal);
        expect(next?.lastSequence).toBe(full.value.checkpoint?.lastSequence);
        expect(comparable(roundTrip(next as Checkpoint, loan).state)).toEqual(
          comparable((full.value.checkpoint as Checkpoint).state),
        );
      }),
      { numRuns: 600 },
    );
    expect(continued).toBeGreaterThan(100); // the resumed path was exercised, not only the declines
  });

  it("chains: each payment continuing the last checkpoint ends where one full replay does", () => {
    fc.assert(
      fc.property(
        loanArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 45 }), fc.bigInt({ min: 1n, max: 150_000n })), {
          minLength: 1,
          maxLength: 12,
        }),
        (loan, payments) => {
          const disbursement: LoanEvent = {
            id: "dsb",
            type: "disbursement",
            effectiveDate: "2026-01-01" as LocalDate,
            amountMinor: 1_000_000n,
            postedAt: 1,
          };
          let checkpoint = unwrap(replayToCheckpoint(loan, [disbursement], disbursement.effectiveDate)).checkpoint;
          const all: LoanEvent[] = [disbursement];
          let date = disbursement.effectiveDate;
          for (const [gap, amountMinor] of payments) {
            date = addDays(date, gap);
            const payment: LoanEvent = {
              id: `p${all.length}`,
              type: "payment",
              effectiveDate: date,
              amountMinor,
              postedAt: all.length + 1,
            };
            all.push(payment);
            const resumed = resumeFromCheckpoint(loan, roundTrip(checkpoint as Checkpoint, loan), [payment], date);
            const full = replayToCheckpoint(loan, all, date);
            expect(resumed).toBeDefined();
            if (!full.ok || resumed === undefined || !resumed.ok) {
              expect(resumed?.ok).toBe(full.ok);
              return;
            }
            expect(comparable(resumed.value.state)).toEqual(comparable(full.value.state));
            checkpoint = resumed.value.checkpoint;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
