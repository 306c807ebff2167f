/**
 * Replay's cursors are internal: the public LoanState does not declare them, yet every state replay
 * returns carries them so closeDay can continue it; a state built any other way cannot be continued.
 */
import { describe, expect, it } from "vitest";
import { InvariantError, unwrap } from "../errors/index.js";
import { disburse, makeLoan, on } from "./fixtures.js";
import { closeDay, replay } from "./replay.js";
import type { LoanState } from "./state.js";
import { replayStateOf } from "./working.js";

const loan = makeLoan();
const funded = [disburse("2026-01-01", 1_000_000n, "dsb")];

describe("replay cursors", () => {
  it("are not part of the public LoanState type", () => {
    const state: LoanState = unwrap(replay(loan, funded, on("2026-01-16")));
    // @ts-expect-error lateFeeIndex is replay's cursor, not a public field
    void state.lateFeeIndex;
    // @ts-expect-error the accrual cursor is internal
    void state.accrual;
    expect(replayStateOf(state).nextDueIndex).toBe(0);
    expect(replayStateOf(state).accrual.through).toBe("2026-01-16");
  });

  it("let closeDay continue a replayed state; a hand-built state is refused", () => {
    const state = unwrap(replay(loan, funded, on("2026-01-16")));
    expect(closeDay(state, on("2026-01-17")).accruedInterestMinor).toBe(1_600n); // one more day × 100
    const { accrual: _accrual, nextDueIndex: _next, ...publicOnly } = replayStateOf(state);
    expect(() => closeDay(publicOnly as LoanState, on("2026-01-17"))).toThrow(InvariantError);
  });
});
