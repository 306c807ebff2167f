import { addDays, type LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";

/**
 * How the borrower pays a settlement: one lump sum by a date, or installments (dates and amounts) that
 * sum exactly to the settlement amount. Amounts in minor units of the loan's currency.
 *
 * @example const plan: SettlementPlan = { kind: "lump-sum", dueDate: date("2026-09-30") };
 */
export type SettlementPlan =
  | { readonly kind: "lump-sum"; readonly dueDate: LocalDate }
  | {
      readonly kind: "installments";
      readonly installments: ReadonlyArray<{ readonly dueDate: LocalDate; readonly amountMinor: bigint }>;
    };

/**
 * A settlement offer to check: accept `amountMinor` instead of the loan's balance, paid by `plan`, the
 * agreement lapsing after `expiresOn`.
 *
 * @example const terms: SettlementTerms = { amountMinor: 300_000n, plan, expiresOn: date("2026-10-31") };
 */
export interface SettlementTerms {
  readonly amountMinor: bigint;
  readonly plan: SettlementPlan;
  readonly expiresOn: LocalDate;
}

/** One payment the plan expects: its number (1-based), due date and amount, minor units. */
export interface SettlementInstallment {
  readonly number: number;
  readonly dueDate: LocalDate;
  readonly amountMinor: bigint;
}

/**
 * A settlement that passed the checks: what is owed, what is accepted, what would be forgiven (balance −
 * amount, minor units), and the payments expected, in date order.
 *
 * @example quote.forgivenMinor === quote.balanceMinor - quote.amountMinor
 */
export interface SettlementQuote {
  readonly balanceMinor: bigint;
  readonly amountMinor: bigint;
  readonly forgivenMinor: bigint;
  readonly schedule: ReadonlyArray<SettlementInstallment>;
}

function scheduleOf(terms: SettlementTerms): SettlementInstallment[] {
  if (terms.plan.kind === "lump-sum")
    return [{ number: 1, dueDate: terms.plan.dueDate, amountMinor: terms.amountMinor }];
  return terms.plan.installments.map((row, index) => ({ number: index + 1, ...row }));
}

function checkSchedule(terms: SettlementTerms, schedule: ReadonlyArray<SettlementInstallment>, today: LocalDate) {
  const isLump = terms.plan.kind === "lump-sum";
  const at = (index: number, field: string) =>
    isLump ? ["plan", field] : ["plan", "installments", index, field === "dueDate" ? "dueDate" : "amount"];
  if (schedule.length === 0)
    return fail("invalid_settlement_plan", "the plan has no payments", ["plan", "installments"]);
  let previous: LocalDate | undefined;
  let sum = 0n;
  for (const [index, row] of schedule.entries()) {
    if (row.amountMinor <= 0n) return fail("invalid_amount", "each payment must be positive", at(index, "amount"));
    if (row.dueDate < today) {
      return fail(
        "settlement_date_in_past",
        `${row.dueDate} is before today's business date ${today}`,
        at(index, "dueDate"),
      );
    }
    if (previous !== undefined && row.dueDate <= previous) {
      return fail("invalid_settlement_plan", "payment dates must be in increasing order", at(index, "dueDate"));
    }
    previous = row.dueDate;
    sum += row.amountMinor;
  }
  if (sum !== terms.amountMinor) {
    return fail(
      "settlement_plan_mismatch",
      `the plan's payments sum to ${sum}, not the settlement amount ${terms.amountMinor}`,
      ["plan", "installments"],
      { planTotalMinor: sum.toString(), amountMinor: terms.amountMinor.toString() },
    );
  }
  if (previous !== undefined && terms.expiresOn < previous) {
    return fail("invalid_settlement_plan", `expiresOn ${terms.expiresOn} is before the last payment ${previous}`, [
      "expiresOn",
    ]);
  }
  return ok(true as const);
}

/**
 * Checks a settlement against the loan's balance on `today` (the business date): the amount must be above 0
 * (`invalid_amount`) and below the balance (`settlement_not_below_balance`, path `amount`); each payment
 * positive, dated today or later (`settlement_date_in_past`) and after the one before, the payments summing
 * exactly to the amount (`settlement_plan_mismatch`, path `plan.installments`), and `expiresOn` not before the
 * last payment. Paths name the request body's fields (`plan.dueDate` of a lump sum, `plan.installments.2.amount`).
 *
 * @example
 * planSettlement({ amountMinor: 300_000n, plan: { kind: "lump-sum", dueDate: date("2026-09-30") }, expiresOn: date("2026-10-10") }, 512_340n, date("2026-09-01"));
 * // ok: { balanceMinor: 512_340n, amountMinor: 300_000n, forgivenMinor: 212_340n, schedule: [ … ] }
 */
export function planSettlement(
  terms: SettlementTerms,
  balanceMinor: bigint,
  today: LocalDate,
): Result<SettlementQuote> {
  if (terms.amountMinor <= 0n) return fail("invalid_amount", "the settlement amount must be positive", ["amount"]);
  if (terms.amountMinor >= balanceMinor) {
    return fail(
      "settlement_not_below_balance",
      `the settlement amount ${terms.amountMinor} is not below the balance of ${balanceMinor}`,
      ["amount"],
      { balanceMinor: balanceMinor.toString() },
    );
  }
  const schedule = scheduleOf(terms);
  const checked = checkSchedule(terms, schedule, today);
  if (!checked.ok) return checked;
  return ok({
    balanceMinor,
    amountMinor: terms.amountMinor,
    forgivenMinor: balanceMinor - terms.amountMinor,
    schedule,
  });
}

/**
 * Money received toward a settlement (a payment or a recovery not returned), minor units.
 *
 * @example const receipt: SettlementReceipt = { amountMinor: 100_000n, receivedOn: date("2026-09-15") };
 */
export interface SettlementReceipt {
  readonly amountMinor: bigint;
  readonly receivedOn: LocalDate;
}

/**
 * Where a settlement stands on a business date:
 * - `active`: on track, not fully paid; `completed`: the amount paid, every payment by its due date plus grace
 *   (`completedOn`: the date of the receipt that completed it);
 * - `broken`: a payment was not made by its due date plus grace (`missedInstallment`), or the amount was not
 *   paid by `expiresOn` (`missedInstallment` null).
 * `paidMinor`: received from the start date through the business date (or through `completedOn`), minor units.
 */
export interface SettlementProgress {
  readonly status: "active" | "completed" | "broken";
  readonly paidMinor: bigint;
  readonly completedOn: LocalDate | null;
  readonly brokenOn: LocalDate | null;
  readonly missedInstallment: number | null;
}

/** What the progress check needs besides the receipts: the schedule, start date, grace days and expiry. */
export interface SettlementWatch {
  readonly amountMinor: bigint;
  readonly schedule: ReadonlyArray<SettlementInstallment>;
  readonly startsOn: LocalDate;
  readonly graceDays: number;
  readonly expiresOn: LocalDate;
}

/**
 * The plan's progress as of `asOf` (receipts dated after it are not seen, nor those before `startsOn`).
 * Receipts count in date order; installment k is missed when what was received by its due date plus
 * `graceDays` is short of the plan's total through k, and that day is before `asOf` (a payment on the last
 * day of grace still counts) and before the plan completed. A settlement not paid in full by `expiresOn` is
 * broken the day after. Completion and breaking are exclusive: whichever comes first decides.
 *
 * @example
 * settlementProgress(watch, [{ amountMinor: 300_000n, receivedOn: date("2026-09-30") }], date("2026-09-30")).status // "completed"
 */
export function settlementProgress(
  watch: SettlementWatch,
  receipts: ReadonlyArray<SettlementReceipt>,
  asOf: LocalDate,
): SettlementProgress {
  const seen = receipts
    .filter((r) => r.receivedOn >= watch.startsOn && r.receivedOn <= asOf && r.amountMinor > 0n)
    .sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
  const paidBy = (day: LocalDate) => seen.reduce((sum, r) => (r.receivedOn <= day ? sum + r.amountMinor : sum), 0n);
  let running = 0n;
  let completedOn: LocalDate | null = null;
  for (const r of seen) {
    running += r.amountMinor;
    if (running >= watch.amountMinor) {
      completedOn = r.receivedOn;
      break;
    }
  }
  let due = 0n;
  for (const row of watch.schedule) {
    due += row.amountMinor;
    const lastDay = addDays(row.dueDate, watch.graceDays);
    if (lastDay >= asOf || (completedOn !== null && completedOn <= lastDay)) continue;
    if (paidBy(lastDay) < due) {
      const brokenOn = addDays(lastDay, 1);
      return { status: "broken", paidMinor: paidBy(asOf), completedOn: null, brokenOn, missedInstallment: row.number };
    }
  }
  if (completedOn !== null) {
    if (completedOn <= watch.expiresOn)
      return { status: "completed", paidMinor: running, completedOn, brokenOn: null, missedInstallment: null };
  } else if (watch.expiresOn >= asOf) {
    return { status: "active", paidMinor: paidBy(asOf), completedOn: null, brokenOn: null, missedInstallment: null };
  }
  const brokenOn = addDays(watch.expiresOn, 1);
  return { status: "broken", paidMinor: paidBy(asOf), completedOn: null, brokenOn, missedInstallment: null };
}
