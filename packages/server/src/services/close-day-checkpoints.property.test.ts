import { addDays } from "@lendstack/core/calendar";
import { ok } from "@lendstack/core/errors";
import { replay } from "@lendstack/core/servicing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxCheckpointGapDays, resumeFromCheckpoint } from "./close-day-checkpoints.js";
import { loanHistory } from "./close-day-histories.js";
import { encodeLoanState, loanStateFormat } from "./loan-state-codec.js";

// The close's shortcut against its oracle: a state saved at D (through JSON, as stored) and advanced
// to W must be exactly `replay(events, W)` whenever the shortcut is taken, and it must be taken exactly
// when the rule allows it (same version, no event dated in (D, W], W - D within the gap limit).

describe("resumeFromCheckpoint", () => {
  it("equals a full replay whenever it is used, and is used exactly when allowed", () => {
    fc.assert(
      fc.property(
        loanHistory(),
        fc.integer({ min: 0, max: 420 }),
        fc.integer({ min: 0, max: maxCheckpointGapDays + 3 }),
        fc.boolean(),
        (history, at, gap, sameVersion) => {
          const from = addDays(history.disbursed, at);
          const asOf = addDays(from, gap);
          const saved = replay(history.loan, history.events, from);
          fc.pre(saved.ok);
          if (!saved.ok) return;
          const version = history.events.length;
          const row = {
            tenantId: "t",
            loanId: "l",
            asOfDate: from,
            eventsVersion: sameVersion ? version : version - 1,
            format: loanStateFormat,
            state: JSON.parse(JSON.stringify(encodeLoanState(saved.value))),
            computedAt: new Date(0),
          };
          const hasEventsInGap = history.events.some((e) => e.effectiveDate > from && e.effectiveDate <= asOf);
          const resumed = resumeFromCheckpoint({ row, hasEventsInGap }, history.loan, version, asOf);
          const allowed = sameVersion && !hasEventsInGap && gap <= maxCheckpointGapDays;
          expect(resumed !== undefined).toBe(allowed);
          if (resumed !== undefined) expect(ok(resumed)).toStrictEqual(replay(history.loan, history.events, asOf));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ignores a checkpoint in another format or dated after the day wanted", () => {
    const [history] = fc.sample(loanHistory(0), { numRuns: 1, seed: 11 });
    if (history === undefined) throw new Error("no sample");
    const from = addDays(history.disbursed, 30);
    const saved = replay(history.loan, history.events, from);
    if (!saved.ok) throw new Error(saved.error.message);
    const row = {
      tenantId: "t",
      loanId: "l",
      asOfDate: from,
      eventsVersion: 1,
      format: loanStateFormat,
      state: encodeLoanState(saved.value),
      computedAt: new Date(0),
    };
    const use = (patch: Partial<typeof row>, asOf = addDays(from, 1)) =>
      resumeFromCheckpoint({ row: { ...row, ...patch }, hasEventsInGap: false }, history.loan, 1, asOf);
    expect(use({})).toBeDefined();
    expect(use({}, from)).toStrictEqual(saved.value);
    expect(use({ format: loanStateFormat + 1 })).toBeUndefined();
    expect(use({}, addDays(from, -1))).toBeUndefined();
    expect(use({ state: { ...row.state, asOf: "2020-01-01" } })).toBeUndefined();
  });
});
