import { type DomainError, invariant, type Result } from "../errors/index.js";

/**
 * Every state an application can be in. `approved`, `declined` and `referred` are the decided
 * states; `declined`, `funded`, `withdrawn` and `expired` are terminal.
 *
 * @example applicationStates.includes("in_review") === true
 */
export const applicationStates = [
  "draft",
  "submitted",
  "in_review",
  "approved",
  "declined",
  "referred",
  "offered",
  "accepted",
  "closing",
  "funded",
  "withdrawn",
  "expired",
] as const;

/** @example const state: ApplicationState = "offered"; */
export type ApplicationState = (typeof applicationStates)[number];

/** The outcome of a decision: the three decided states. @example const outcome: DecisionOutcome = "referred"; */
export type DecisionOutcome = "approved" | "declined" | "referred";

/** @example decidedStates.has("referred") === true */
export const decidedStates: ReadonlySet<ApplicationState> = new Set<ApplicationState>([
  "approved",
  "declined",
  "referred",
]);

/** States no command leaves. @example terminalStates.has("funded") === true */
export const terminalStates: ReadonlySet<ApplicationState> = new Set<ApplicationState>([
  "declined",
  "funded",
  "withdrawn",
  "expired",
]);

/**
 * The command names. `decide` carries an outcome (the automated decision); `approve` and `decline`
 * are an underwriter's answer to a referral; `counter_offer` replaces the offers of an offered
 * application (it stays `offered`).
 *
 * @example applicationCommandTypes.length === 12
 */
export const applicationCommandTypes = [
  "submit",
  "start_review",
  "decide",
  "approve",
  "decline",
  "offer",
  "counter_offer",
  "accept",
  "start_closing",
  "fund",
  "withdraw",
  "expire",
] as const;

/** @example const type: ApplicationCommandType = "start_review"; */
export type ApplicationCommandType = (typeof applicationCommandTypes)[number];

/**
 * A command sent to an application.
 *
 * @example const command: ApplicationCommand = { type: "decide", outcome: "referred" };
 */
export type ApplicationCommand =
  | { readonly type: "decide"; readonly outcome: DecisionOutcome }
  | { readonly type: Exclude<ApplicationCommandType, "decide"> };

/**
 * The transition table: for each state, the commands it accepts and where each leads. `decide`
 * leads to its outcome, so it is written as the marker `"outcome"`. A state not listed for a
 * command refuses it. Terminal states accept nothing.
 *
 * `decide` is accepted only from `in_review`: an automated decision on a submitted application is
 * `start_review` then `decide` (two transitions, two audit records).
 *
 * @example transitionTable.referred.approve === "approved"
 */
export const transitionTable: Readonly<
  Record<ApplicationState, Readonly<Partial<Record<ApplicationCommandType, ApplicationState | "outcome">>>>
> = {
  draft: { submit: "submitted", withdraw: "withdrawn", expire: "expired" },
  submitted: { start_review: "in_review", withdraw: "withdrawn", expire: "expired" },
  in_review: { decide: "outcome", withdraw: "withdrawn", expire: "expired" },
  referred: { approve: "approved", decline: "declined", withdraw: "withdrawn", expire: "expired" },
  approved: { offer: "offered", withdraw: "withdrawn", expire: "expired" },
  offered: { accept: "accepted", counter_offer: "offered", withdraw: "withdrawn", expire: "expired" },
  accepted: { start_closing: "closing", withdraw: "withdrawn", expire: "expired" },
  closing: { fund: "funded", withdraw: "withdrawn" },
  declined: {},
  funded: {},
  withdrawn: {},
  expired: {},
};

/**
 * The refusal of a command the current state does not accept: the server answers 409 with
 * `currentState` and `allowedCommands`.
 *
 * @example
 * const error: IllegalTransitionError = { code: "illegal_transition", message: "…", currentState: "funded", command: "withdraw", allowedCommands: [] };
 */
export interface IllegalTransitionError extends DomainError {
  readonly code: "illegal_transition";
  readonly currentState: ApplicationState;
  readonly command: ApplicationCommandType;
  /** The commands `currentState` accepts, in `applicationCommandTypes` order (empty when terminal). */
  readonly allowedCommands: ReadonlyArray<ApplicationCommandType>;
}

/**
 * The commands a state accepts, in `applicationCommandTypes` order.
 *
 * @example allowedCommands("referred") // ["approve", "decline", "withdraw", "expire"]
 */
export function allowedCommands(state: ApplicationState): ReadonlyArray<ApplicationCommandType> {
  const row = transitionTable[state];
  return applicationCommandTypes.filter((type) => row[type] !== undefined);
}

/** @example isDecided("approved") === true */
export function isDecided(state: ApplicationState): boolean {
  return decidedStates.has(state);
}

/** @example isTerminal("withdrawn") === true */
export function isTerminal(state: ApplicationState): boolean {
  return terminalStates.has(state);
}

/** @example isApplicationState("closing") === true; isApplicationState("open") === false */
export function isApplicationState(value: unknown): value is ApplicationState {
  return typeof value === "string" && (applicationStates as ReadonlyArray<string>).includes(value);
}

/**
 * Applies a command to a state by the transition table. A command the state does not accept is an
 * `IllegalTransitionError` (code `illegal_transition`) carrying the current state and the commands
 * allowed from it; the state itself is never changed in place.
 *
 * @example
 * transition("in_review", { type: "decide", outcome: "approved" }) // ok("approved")
 * transition("funded", { type: "withdraw" }) // { ok: false, error: { code: "illegal_transition", allowedCommands: [] , … } }
 */
export function transition(
  state: ApplicationState,
  command: ApplicationCommand,
): Result<ApplicationState, IllegalTransitionError> {
  const target = transitionTable[state][command.type];
  if (target === undefined) {
    const allowed = allowedCommands(state);
    const error: IllegalTransitionError = {
      code: "illegal_transition",
      message: `cannot ${command.type} an application that is ${state}${
        allowed.length === 0 ? " (a final state)" : `; allowed: ${allowed.join(", ")}`
      }`,
      currentState: state,
      command: command.type,
      allowedCommands: allowed,
      details: { currentState: state, allowedCommands: allowed },
    };
    return { ok: false, error };
  }
  if (target === "outcome") {
    invariant(command.type === "decide", `only decide leads to its outcome, not ${command.type}`);
    return { ok: true, value: command.outcome };
  }
  return { ok: true, value: target };
}
