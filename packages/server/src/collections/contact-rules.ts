import { type CallRecord, checkCallAllowed, localReading } from "@lendstack/core/collections";
import { fail, ok, type Result } from "@lendstack/core/errors";
import type { CollectionContactRow, ContactPreferencesRow } from "../db/schema/index.js";
import type { LogContactInput } from "./contact-schemas.js";

// The checks an outbound contact passes before it is logged: the borrower's flags and hours, then
// Regulation F's call limits through core's checkCallAllowed.

const NOT_CONNECTED = new Set(["busy", "not_connected"]);
const TALKED = new Set(["conversation", "promise_to_pay", "refused_to_pay", "dispute"]);

/** Core's codes renamed to the API's. */
const CODE_BY_REFUSAL = {
  reg_f_call_frequency: "call_limit_reached",
  reg_f_after_conversation: "call_after_conversation",
  reg_f_inconvenient_time: "call_outside_hours",
} as const;

/** A logged phone contact as core's call record. @example toCallRecord(row).isConversation */
export function toCallRecord(
  row: Pick<CollectionContactRow, "occurredAt" | "direction" | "outcome" | "rightPartyContact">,
): CallRecord {
  const connected = !NOT_CONNECTED.has(row.outcome);
  return {
    at: row.occurredAt.toISOString(),
    direction: row.direction === "inbound" ? "inbound" : "outbound",
    connected,
    isConversation: connected && row.rightPartyContact && TALKED.has(row.outcome),
  };
}

function withinPreferredTimes(
  windows: ReadonlyArray<{ readonly from: string; readonly to: string }>,
  secondOfDay: number,
): boolean {
  const seconds = (time: string) => Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60;
  return windows.some((window) => secondOfDay >= seconds(window.from) && secondOfDay < seconds(window.to));
}

/**
 * The borrower's own limits on an outbound contact: cease-communication (409 `cease_communication`), the
 * channel's do-not-contact (409 `do_not_contact`) and consent (409 `contact_consent_withdrawn`), and for a
 * call or text its preferred local hours (422 `contact_outside_preferred_times`).
 *
 * @example
 * const allowed = checkPreferences(preferences, input, "America/Chicago");
 */
export function checkPreferences(
  preferences: ContactPreferencesRow | undefined,
  input: LogContactInput,
  timeZone: string,
): Result<true> {
  if (preferences === undefined) return ok(true);
  if (preferences.ceaseCommunication) {
    return fail("cease_communication", "The borrower asked that communication cease (12 CFR 1006.6(c)).");
  }
  const channel = preferences.channels[input.channel];
  if (channel === undefined) return ok(true);
  if (channel.doNotContact) return fail("do_not_contact", `The loan is marked do not contact by ${input.channel}.`);
  if (!channel.consent) {
    return fail("contact_consent_withdrawn", `The borrower has not consented to contact by ${input.channel}.`);
  }
  const timed = input.channel === "phone" || input.channel === "sms";
  if (timed && channel.preferredTimes.length > 0) {
    const local = localReading(Date.parse(input.occurredAt), timeZone);
    if (!withinPreferredTimes(channel.preferredTimes, local.secondOfDay)) {
      return fail(
        "contact_outside_preferred_times",
        `Outside the borrower's preferred ${input.channel} hours in ${timeZone}.`,
        ["occurredAt"],
      );
    }
  }
  return ok(true);
}

/**
 * Regulation F on an outbound call against the loan's phone history (core's `checkCallAllowed`): 422
 * `call_limit_reached` (an eighth attempt in 7 days), `call_after_conversation` (within 7 days after a
 * telephone conversation), `call_outside_hours` (before 8 a.m. or after 9 p.m. in `timeZone`). A call that did
 * not connect is no attempt, so only the hours apply to it.
 *
 * @example
 * const allowed = checkCall(input, history, "America/New_York");
 */
export function checkCall(
  input: LogContactInput,
  history: ReadonlyArray<CollectionContactRow>,
  timeZone: string,
): Result<true> {
  const decision = checkCallAllowed({
    proposedAt: input.occurredAt,
    timeZone,
    history: history.map(toCallRecord),
  });
  if (!decision.ok) return fail(decision.error.code, decision.error.message, ["occurredAt"]);
  const connected = !NOT_CONNECTED.has(input.outcome);
  const refusal = decision.value.refusals.find(
    (candidate) => connected || candidate.code === "reg_f_inconvenient_time",
  );
  if (refusal === undefined) return ok(true);
  return fail(CODE_BY_REFUSAL[refusal.code], `Regulation F: ${refusal.message}.`, ["occurredAt"]);
}
