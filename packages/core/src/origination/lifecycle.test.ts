import { describe, expect, it } from "vitest";
import {
  type ApplicationCommand,
  type ApplicationState,
  allowedCommands,
  applicationStates,
  isDecided,
  isTerminal,
  transition,
} from "./lifecycle.js";

function run(commands: ReadonlyArray<ApplicationCommand>, from: ApplicationState = "draft"): ApplicationState {
  let state = from;
  for (const command of commands) {
    const next = transition(state, command);
    if (!next.ok) throw new Error(next.error.message);
    state = next.value;
  }
  return state;
}

describe("transition", () => {
  // given a state and a command → want the next state (the lifecycle, draft → … → funded)
  const cases: Array<[ApplicationState, ApplicationCommand, ApplicationState]> = [
    ["draft", { type: "submit" }, "submitted"],
    ["submitted", { type: "start_review" }, "in_review"],
    ["in_review", { type: "decide", outcome: "approved" }, "approved"],
    ["in_review", { type: "decide", outcome: "declined" }, "declined"],
    ["in_review", { type: "decide", outcome: "referred" }, "referred"],
    ["referred", { type: "approve" }, "approved"],
    ["referred", { type: "decline" }, "declined"],
    ["approved", { type: "offer" }, "offered"],
    ["offered", { type: "counter_offer" }, "offered"],
    ["offered", { type: "accept" }, "accepted"],
    ["accepted", { type: "start_closing" }, "closing"],
    ["closing", { type: "fund" }, "funded"],
    ["draft", { type: "withdraw" }, "withdrawn"],
    ["closing", { type: "withdraw" }, "withdrawn"],
    ["offered", { type: "expire" }, "expired"],
  ];
  it.each(cases)("%s + %o → %s", (state, command, want) => {
    expect(transition(state, command)).toEqual({ ok: true, value: want });
  });

  it("walks the happy path draft → funded", () => {
    const path: ApplicationCommand[] = [
      { type: "submit" },
      { type: "start_review" },
      { type: "decide", outcome: "referred" },
      { type: "approve" },
      { type: "offer" },
      { type: "accept" },
      { type: "start_closing" },
      { type: "fund" },
    ];
    expect(run(path)).toBe("funded");
  });

  it("refuses an illegal command with the current state and the allowed commands", () => {
    expect(transition("submitted", { type: "fund" })).toEqual({
      ok: false,
      error: {
        code: "illegal_transition",
        message: "cannot fund an application that is submitted; allowed: start_review, withdraw, expire",
        currentState: "submitted",
        command: "fund",
        allowedCommands: ["start_review", "withdraw", "expire"],
        details: { currentState: "submitted", allowedCommands: ["start_review", "withdraw", "expire"] },
      },
    });
  });

  it("refuses decide outside in_review and approve outside referred", () => {
    expect(transition("submitted", { type: "decide", outcome: "approved" })).toMatchObject({
      ok: false,
      error: { currentState: "submitted" },
    });
    expect(transition("in_review", { type: "approve" })).toMatchObject({
      ok: false,
      error: { allowedCommands: ["decide", "withdraw", "expire"] },
    });
  });

  it("a closing application can be withdrawn but not expired", () => {
    expect(allowedCommands("closing")).toEqual(["fund", "withdraw"]);
  });

  it("classifies decided and terminal states", () => {
    expect(applicationStates.filter(isDecided)).toEqual(["approved", "declined", "referred"]);
    expect(applicationStates.filter(isTerminal)).toEqual(["declined", "funded", "withdrawn", "expired"]);
    for (const state of applicationStates) expect(allowedCommands(state).length === 0).toBe(isTerminal(state));
  });
});
