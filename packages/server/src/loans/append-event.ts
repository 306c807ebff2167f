import { type LocalDate, maxDate } from "@lendstack/core/calendar";
import { type DomainError, fail, ok, type Result } from "@lendstack/core/errors";
import { type LoanEvent, type LoanState, validateEvent } from "@lendstack/core/servicing";
import { joinTransaction } from "../db/ambient.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { Db, Executor } from "../db/database.js";
import type { LoanRow } from "../db/schema/index.js";
import { checkSafeIntegers } from "../http/safe-integer.js";
import { businessDateOf } from "../tenants/business-date.js";
import { eventColumns } from "./codec.js";
import { type LoadedLoan, loadLoan } from "./load.js";
import { loansStore } from "./store.js";

/**
 * Builds the new event from the loaded loan, its id and its sequence number (its `postedAt`), or fails
 * with a precise error (path into the request body).
 */
export type EventDraft = (loaded: LoadedLoan, id: string, sequence: number) => Result<LoanEvent>;

/** What a change is called: the id prefix of its event and the audit action. @example { prefix: "pmt", action: "loan.payment_posted" } */
export interface ChangeKind {
  readonly prefix: string;
  readonly action: string;
  /** Reschedules, holidays and rate changes may take effect after today; money movements may not. */
  readonly mayBeFuture?: boolean;
}

/** Optional optimistic-concurrency check: the loan `version` the caller saw. @example { expectedVersion: 7 } */
export interface ChangeOptions {
  readonly expectedVersion?: number | undefined;
}

/** The stored event, the loan row after the change, and the loan replayed with it. */
export interface LoanChange {
  readonly row: LoanRow;
  readonly event: LoanEvent;
  readonly sequence: number;
  readonly recordedAt: Date | null;
  readonly state: LoanState;
}

/** Core's event field names -> where the value sits in the request body. */
const BODY_PATHS: Readonly<Record<string, ReadonlyArray<string>>> = {
  amountMinor: ["amount"],
  nsfFeeMinor: ["nsfFee"],
  installmentMinor: ["installment"],
  annualRatePercent: ["ratePercent"],
};

/** A core failure with its path re-pointed at the request body's field names. */
export function inBodyTerms(error: DomainError): { readonly ok: false; readonly error: DomainError } {
  const [head, ...rest] = (error.path ?? []).map(String);
  const path = head === undefined ? error.path : [...(BODY_PATHS[head] ?? [head]), ...rest];
  return fail(error.code, error.message, path, error.details);
}

/** The change's business date: the tenant's (settings, test clock), else the UTC date of its instant. */
export function todayOf(context: Pick<ChangeContext, "now" | "businessDate">): LocalDate {
  return (context.businessDate ?? businessDateOf(context.now)) as LocalDate;
}

function checkVersion(row: LoanRow, options: ChangeOptions): Result<true> {
  if (options.expectedVersion === undefined || options.expectedVersion === row.version) return ok(true);
  return fail("loan_version_conflict", `loan ${row.id} is at version ${row.version}, not ${options.expectedVersion}`, [
    "If-Match",
  ]);
}

function nextSequence(events: ReadonlyArray<LoanEvent>): number {
  let last = 0;
  for (const event of events) last = Math.max(last, event.postedAt ?? 0);
  return last + 1;
}

function check(loaded: LoadedLoan, event: LoanEvent, kind: ChangeKind, today: LocalDate): Result<LoanState> {
  if (kind.mayBeFuture !== true && event.effectiveDate > today) {
    return fail("effective_date_in_future", `effectiveDate ${event.effectiveDate} is after today (${today})`, [
      "effectiveDate",
    ]);
  }
  // Validate against every stored event, including ones dated after today (a future rate change or
  // reschedule), then answer with the loan as of today or the event's date if later.
  const asOf = maxDate(today, event.effectiveDate);
  const horizon = loaded.events.reduce((latest, stored) => maxDate(latest, stored.effectiveDate), asOf);
  if (horizon > asOf) {
    const later = validateEvent(loaded.loan, loaded.events, event, horizon);
    if (!later.ok) return inBodyTerms(later.error);
  }
  const state = validateEvent(loaded.loan, loaded.events, event, asOf);
  if (!state.ok) return inBodyTerms(state.error);
  // A change whose replay holds a figure beyond 2^53 − 1 is refused before it commits (http/safe-integer.ts).
  const safe = checkSafeIntegers(state.value, "loan");
  return safe.ok ? state : safe;
}

/**
 * Appends one event to a loan, safely under concurrency: in one transaction it locks the loan row
 * (`SELECT … FOR UPDATE`), loads the events, builds the new one, validates it with core's `validateEvent`
 * against the replay of all of them (as of today or the event's date if later), appends it with the next
 * sequence number, bumps the loan's `version`, stores its status, and writes the audit record. With
 * `expectedVersion` it first fails with `loan_version_conflict` (409) if the loan has moved on. Any failure
 * stores nothing.
 *
 * @example
 * const result = await appendLoanEvent(db, context, "loan_…", draftPayment(body), { prefix: "pmt", action: "loan.payment_posted" });
 */
export async function appendLoanEvent(
  db: Db,
  context: ChangeContext,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions = {},
): Promise<Result<LoanChange>> {
  return joinTransaction(db, async (tx) => {
    const store = loansStore(tx, context.tenantId);
    const loaded = await loadLoan(store, loanId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const current = checkVersion(loaded.value.row, options);
    if (!current.ok) return current;
    const sequence = nextSequence(loaded.value.events);
    const event = draft(loaded.value, context.ids.next(kind.prefix), sequence);
    if (!event.ok) return event;
    const state = check(loaded.value, event.value, kind, todayOf(context));
    if (!state.ok) return state;
    const changes = { version: loaded.value.row.version + 1, status: state.value.status, updatedAt: context.now };
    const stored = {
      ...eventColumns(event.value),
      loanId,
      sequence,
      recordedAt: context.now,
      recordedBy: context.actor,
    };
    await store.appendEvent(stored, changes);
    await context.faults?.("after_event_insert");
    await writeAudit(tx, context, {
      action: kind.action,
      resourceType: "loan",
      resourceId: loanId,
      details: { eventId: event.value.id, type: event.value.type, sequence, version: changes.version },
    });
    const row = { ...loaded.value.row, ...changes };
    return ok({ row, event: event.value, sequence, recordedAt: context.now, state: state.value });
  });
}

/**
 * What `appendLoanEvent` would do, without storing anything (no lock, no audit): the state after the event.
 *
 * @example
 * const preview = await previewLoanEvent(db, context, "loan_…", draftReschedule(body), { prefix: "rsc", action: "" });
 */
export async function previewLoanEvent(
  executor: Executor,
  context: Pick<ChangeContext, "tenantId" | "now" | "ids">,
  loanId: string,
  draft: EventDraft,
  kind: ChangeKind,
  options: ChangeOptions = {},
): Promise<Result<LoanChange>> {
  const loaded = await loadLoan(loansStore(executor, context.tenantId), loanId);
  if (!loaded.ok) return loaded;
  const current = checkVersion(loaded.value.row, options);
  if (!current.ok) return current;
  const sequence = nextSequence(loaded.value.events);
  const event = draft(loaded.value, context.ids.next(kind.prefix), sequence);
  if (!event.ok) return event;
  const state = check(loaded.value, event.value, kind, todayOf(context));
  if (!state.ok) return state;
  return ok({ row: loaded.value.row, event: event.value, sequence, recordedAt: null, state: state.value });
}
