import { addDays, type LocalDate } from "@lendstack/core/calendar";
import { fail, ok, type Result } from "@lendstack/core/errors";
import { type Decimal, dec, formatDecimal } from "@lendstack/core/money";
import { planScraProtection, replay, type ScraPlan, scraProtectedThrough } from "@lendstack/core/servicing";
import { joinTransaction, type OpenTransaction } from "../db/ambient.js";
import { type ChangeContext, writeAudit } from "../db/audit.js";
import type { LoanServicememberRow } from "../db/schema/index.js";
import type { Db } from "../db/types.js";
import { recordEvent } from "../events/record.js";
import { appendLoanEvent, type ChangeKind, type EventDraft, todayOf } from "../loans/append-event.js";
import { type LoadedLoan, loadLoan } from "../loans/load.js";
import { loansStore } from "../loans/store.js";
import type { SetServicememberRequest } from "./schemas.js";
import { findServicemember, isMortgageProduct, saveServicemember } from "./store.js";
import { toServicememberBody } from "./view.js";

const kinds = {
  start: { prefix: "scra", action: "loan.scra_protection_started", mayBeFuture: true },
  end: { prefix: "scra", action: "loan.scra_protection_ended", mayBeFuture: true },
  rate: { prefix: "rtc", action: "loan.rate_changed", mayBeFuture: true },
} satisfies Record<string, ChangeKind>;

const protection =
  (phase: "start" | "end", effectiveDate: LocalDate): EventDraft =>
  (_loaded, id, postedAt) =>
    ok({ id, type: "scra-protection", effectiveDate, postedAt, phase });

const fixedRate =
  (effectiveDate: LocalDate, annualRatePercent: Decimal): EventDraft =>
  (_loaded, id, postedAt) =>
    ok({ id, type: "rate-change", effectiveDate, postedAt, rate: { kind: "fixed", annualRatePercent } });

interface Step {
  readonly draft: EventDraft;
  readonly kind: ChangeKind;
}

/** Appends the events in order (each validated against all before it); their ids, or the first refusal. */
async function appendAll(
  tx: OpenTransaction,
  context: ChangeContext,
  loanId: string,
  steps: ReadonlyArray<Step>,
): Promise<Result<string[]>> {
  const ids: string[] = [];
  for (const step of steps) {
    const appended = await appendLoanEvent(tx, context, loanId, step.draft, step.kind);
    if (!appended.ok) return appended;
    ids.push(appended.value.event.id);
  }
  return ok(ids);
}

/** The end's events: protection ends, and the original rate is back, unless the loan has closed by then. */
function endSteps(loaded: LoadedLoan, endsOn: LocalDate, originalRatePercent: string | null): Step[] {
  const steps: Step[] = [{ draft: protection("end", endsOn), kind: kinds.end }];
  if (originalRatePercent === null) return steps;
  const then = replay(loaded.loan, loaded.events, endsOn);
  if (then.ok && then.value.status !== "active") return steps;
  return [...steps, { draft: fixedRate(endsOn, dec(originalRatePercent)), kind: kinds.rate }];
}

function startSteps(plan: ScraPlan): Step[] {
  const steps: Step[] = [{ draft: protection("start", plan.protectedFrom), kind: kinds.start }];
  if (plan.cappedRatePercent !== null) {
    steps.push({ draft: fixedRate(plan.protectedFrom, plan.cappedRatePercent), kind: kinds.rate });
  }
  return steps;
}

async function recordOutcome(
  tx: OpenTransaction,
  context: ChangeContext,
  row: LoanServicememberRow,
  type: "loan.scra_protection_started" | "loan.scra_protection_ended" | "loan.servicemember_updated",
): Promise<void> {
  const data = toServicememberBody(row, todayOf(context));
  await writeAudit(tx, context, {
    action: type,
    resourceType: "loan",
    resourceId: row.loanId,
    details: { activeDutyStartDate: row.activeDutyStartDate, activeDutyEndDate: row.activeDutyEndDate },
  });
  await recordEvent(tx, context, { type, resourceType: "loan", resourceId: row.loanId, data });
}

/** A new period of service: the start (and the end when known) recorded as loan events. */
async function startPeriod(
  tx: OpenTransaction,
  context: ChangeContext,
  loaded: LoadedLoan,
  input: SetServicememberRequest,
): Promise<Result<LoanServicememberRow>> {
  const { row: loan } = loaded;
  const start = input.activeDutyStartDate as LocalDate;
  const before = replay(loaded.loan, loaded.events, start);
  if (!before.ok) return before;
  const isMortgage = await isMortgageProduct(tx, context.tenantId, loan.productId, loan.productVersion);
  const plan = planScraProtection({
    obligationDate: loaded.loan.terms.disbursementDate,
    activeDutyStartDate: start,
    activeDutyEndDate: (input.activeDutyEndDate ?? null) as LocalDate | null,
    isMortgage,
    ratePercent: before.value.annualRatePercent,
  });
  if (!plan.ok) return plan;
  const started = await appendAll(tx, context, loan.id, startSteps(plan.value));
  if (!started.ok) return started;
  const original = plan.value.restoredRatePercent === null ? null : formatDecimal(plan.value.restoredRatePercent);
  const row = await saveServicemember(tx, {
    tenantId: context.tenantId,
    loanId: loan.id,
    activeDutyStartDate: start,
    activeDutyEndDate: input.activeDutyEndDate ?? null,
    protectedThrough: null,
    isMortgage,
    evidenceType: input.evidence.type,
    evidenceReference: input.evidence.reference,
    originalRatePercent: original,
    cappedRatePercent: plan.value.cappedRatePercent === null ? null : formatDecimal(plan.value.cappedRatePercent),
    startEventIds: started.value,
    endEventIds: [],
    recordedBy: context.actor,
    endedBy: null,
    createdAt: context.now,
    updatedAt: context.now,
  });
  await recordOutcome(tx, context, row, "loan.scra_protection_started");
  if (input.activeDutyEndDate == null) return ok(row);
  return endPeriod(tx, context, loan.id, row, input.activeDutyEndDate as LocalDate);
}

/** The end of service becomes known: protection ends the day after the last protected day. */
async function endPeriod(
  tx: OpenTransaction,
  context: ChangeContext,
  loanId: string,
  current: LoanServicememberRow,
  end: LocalDate,
): Promise<Result<LoanServicememberRow>> {
  if (end < current.activeDutyStartDate) {
    return fail("invalid_date_range", `activeDutyEndDate ${end} is before activeDutyStartDate`, ["activeDutyEndDate"]);
  }
  const loaded = await loadLoan(loansStore(tx, context.tenantId), loanId);
  if (!loaded.ok) return loaded;
  const protectedThrough = scraProtectedThrough(end, current.isMortgage);
  const steps = endSteps(loaded.value, addDays(protectedThrough, 1), current.originalRatePercent);
  const ended = await appendAll(tx, context, loanId, steps);
  if (!ended.ok) return ended;
  const values = { activeDutyEndDate: end, protectedThrough, endEventIds: ended.value, endedBy: context.actor };
  const row = await saveServicemember(tx, { ...current, ...values, updatedAt: context.now });
  await recordOutcome(tx, context, row, "loan.scra_protection_ended");
  return ok(row);
}

function datesRecorded(current: LoanServicememberRow): Result<never> {
  return fail(
    "scra_dates_recorded",
    `service from ${current.activeDutyStartDate} is recorded with its loan events; its start, and its end once set, cannot change (a new period may start after ${current.protectedThrough ?? "its end"})`,
    ["activeDutyStartDate"],
  );
}

/**
 * Records a borrower's active-duty service on a loan (`PUT …/servicemember`), under the loan's row lock, in one
 * transaction. A new period (none recorded, or starting after the last one's protection) records an
 * `scra-protection` start event and, when the rate is above 6 %, a rate change to 6 %, both dated the start of
 * service (a past date re-flows the loan); with the end known, it also records the end: an `scra-protection` end
 * and a rate change back to the original rate, dated the day after the last protected day. Setting the end of an
 * open period records those; changing only the evidence records no loan event. Changing a recorded start or end is
 * 409 `scra_dates_recorded`.
 *
 * @example
 * const saved = await setServicemember(db, context, "loan_…", { activeDutyStartDate: "2026-03-01", evidence: { type: "orders", reference: "A-1" } });
 */
export async function setServicemember(
  db: Db,
  context: ChangeContext,
  loanId: string,
  input: SetServicememberRequest,
): Promise<Result<LoanServicememberRow>> {
  return joinTransaction(db, async (tx) => {
    const loaded = await loadLoan(loansStore(tx, context.tenantId), loanId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const current = await findServicemember(tx, context.tenantId, loanId);
    const end = input.activeDutyEndDate ?? null;
    const isNewPeriod =
      current === undefined ||
      (current.protectedThrough !== null && input.activeDutyStartDate > current.protectedThrough);
    if (isNewPeriod) return startPeriod(tx, context, loaded.value, input);
    if (input.activeDutyStartDate !== current.activeDutyStartDate) return datesRecorded(current);
    const isEndNew = current.activeDutyEndDate === null && end !== null;
    if (!isEndNew && end !== current.activeDutyEndDate) return datesRecorded(current);
    const evidence = { evidenceType: input.evidence.type, evidenceReference: input.evidence.reference };
    const updated = await saveServicemember(tx, { ...current, ...evidence, updatedAt: context.now });
    if (isEndNew) return endPeriod(tx, context, loanId, updated, end as LocalDate);
    await recordOutcome(tx, context, updated, "loan.servicemember_updated");
    return ok(updated);
  });
}

/**
 * Ends an open period of service today (`DELETE …/servicemember`): as `setServicemember` with today's business
 * date as the end. A period whose end is already recorded is returned as it is. 404 `servicemember_not_found`.
 *
 * @example
 * const ended = await endServicemember(db, context, "loan_…");
 */
export async function endServicemember(
  db: Db,
  context: ChangeContext,
  loanId: string,
): Promise<Result<LoanServicememberRow>> {
  return joinTransaction(db, async (tx) => {
    const loaded = await loadLoan(loansStore(tx, context.tenantId), loanId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const current = await findServicemember(tx, context.tenantId, loanId);
    if (current === undefined) return servicememberNotFound(loanId);
    if (current.activeDutyEndDate !== null) return ok(current);
    return endPeriod(tx, context, loanId, current, todayOf(context));
  });
}

/** @example return servicememberNotFound("loan_…"); */
export function servicememberNotFound(loanId: string) {
  return fail("servicemember_not_found", `Loan ${loanId} has no servicemember record.`, ["loanId"]);
}
