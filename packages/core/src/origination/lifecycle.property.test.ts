import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ApplicationCommand,
  type ApplicationState,
  applicationCommandTypes,
  applicationStates,
  isApplicationState,
  isTerminal,
  transition,
} from "./lifecycle.js";

const outcomes = ["approved", "declined", "referred"] as const;
const commandArbitrary: fc.Arbitrary<ApplicationCommand> = fc.oneof(
  fc.constantFrom(...outcomes).map((outcome): ApplicationCommand => ({ type: "decide", outcome })),
  fc
    .constantFrom(...applicationCommandTypes.filter((t) => t !== "decide"))
    .map((type) => ({ type }) as ApplicationCommand),
);
const stateArbitrary = fc.constantFrom(...applicationStates);

/** Applies every command, keeping the accepted ones; returns the visited states. */
function walk(commands: ReadonlyArray<ApplicationCommand>): ApplicationState[] {
  const visited: ApplicationState[] = ["draft"];
  for (const command of commands) {
    const next = transition(visited.at(-1)!, command);
    if (next.ok) visited.push(next.value);
  }
  return visited;
}

describe("lifecycle properties", () => {
  it("random command sequences never leave the lifecycle, and a refusal names the state", () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 60 }), (commands) => {
        let state: ApplicationState = "draft";
        for (const command of commands) {
          const next = transition(state, command);
          if (next.ok) {
            expect(isApplicationState(next.value)).toBe(true);
            state = next.value;
          } else {
            expect(next.error.currentState).toBe(state);
            expect(next.error.allowedCommands).not.toContain(command.type);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("terminal states accept no command", () => {
    fc.assert(
      fc.property(stateArbitrary, commandArbitrary, (state, command) => {
        if (isTerminal(state)) expect(transition(state, command).ok).toBe(false);
      }),
    );
  });

  it("funded is reached only by accepted → closing → fund", () => {
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 80 }), (commands) => {
        const visited = walk(commands);
        const at = visited.indexOf("funded");
        if (at === -1) return;
        expect(at).toBe(visited.length - 1); // nothing leaves funded
        expect(visited.slice(at - 2, at)).toEqual(["accepted", "closing"]);
        expect(visited).toContain("approved");
      }),
      { numRuns: 2_000 },
    );
  });

  it("a guided random walk reaches funded (the property above is not vacuous)", () => {
    const happy: ApplicationCommand[] = [
      { type: "submit" },
      { type: "start_review" },
      { type: "decide", outcome: "approved" },
      { type: "offer" },
      { type: "counter_offer" },
      { type: "accept" },
      { type: "start_closing" },
      { type: "fund" },
    ];
    fc.assert(
      fc.property(fc.array(commandArbitrary, { maxLength: 3 }), (noise) => {
        // Noise that is refused (or a counter-offer) must not stop the path.
        const safe = noise.filter((c) => !["withdraw", "expire", "decide", "decline"].includes(c.type));
        expect(walk([...happy.slice(0, 4), ...safe, ...happy.slice(4)]).at(-1)).toBe("funded");
      }),
    );
  });
});
