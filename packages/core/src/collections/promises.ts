import { addDays, type LocalDate } from "../calendar/index.js";

/**
 * A borrower's promise to pay `amountMinor` by `dueDate`, made on `promisedOn`.
 *
 * @example const promise: PromiseToPay = { id: "ptp_1", amountMinor: 25_000n, dueDate: date("2026-12-10"), promisedOn: date("2026-12-03") };
 */
export interface PromiseToPay {
  readonly id: string;
  /** Minor units of the loan's currency. */
  readonly amountMinor: bigint;
  readonly dueDate: LocalDate;
  readonly promisedOn: LocalDate;
}

/**
 * A payment that counts toward promises (settled; a returned payment is left out by the caller).
 *
 * @example const payment: PromisePayment = { amountMinor: 25_000n, receivedOn: date("2026-12-09") };
 */
export interface PromisePayment {
  /** Minor units of the loan's currency. */
  readonly amountMinor: bigint;
  readonly receivedOn: LocalDate;
}

/** Where a promise stands on the business date. */
export interface PromiseOutcome {
  readonly promiseId: string;
  /** `kept`: paid in full by the due date (plus grace); `broken`: the date passed short; `pending`: not yet due. */
  readonly status: "pending" | "kept" | "broken";
  /** Minor units applied to this promise. */
  readonly paidMinor: bigint;
  /** Minor units still missing (0 when kept). */
  readonly shortMinor: bigint;
  /** The date of the payment that completed it, when kept. */
  readonly keptOn: LocalDate | null;
}

/**
 * Marks promises kept, broken or pending as of `asOf`. Payments are applied in date order to the
 * open promises in due-date order (then promise date, then input order); a payment counts toward
 * a promise only when received from its promise date through its due date plus `graceDays`, and
 * any amount over a promise goes on to the next. Payments after `asOf` are not seen. A promise
 * whose last counting day is before `asOf` and is not fully paid is broken.
 *
 * @example
 * evaluatePromises([promise], [payment], date("2026-12-11"))[0]?.status === "kept"
 */
export function evaluatePromises(
  promises: ReadonlyArray<PromiseToPay>,
  payments: ReadonlyArray<PromisePayment>,
  asOf: LocalDate,
  options: { readonly graceDays?: number } = {},
): ReadonlyArray<PromiseOutcome> {
  const grace = options.graceDays ?? 0;
  const order = promises
    .map((promise, index) => ({
      promise,
      index,
      paid: 0n,
      keptOn: null as LocalDate | null,
      lastDay: addDays(promise.dueDate, grace),
    }))
    .sort(
      (a, b) =>
        compare(a.promise.dueDate, b.promise.dueDate) ||
        compare(a.promise.promisedOn, b.promise.promisedOn) ||
        a.index - b.index,
    );
  const seen = payments
    .filter((p) => p.receivedOn <= asOf && p.amountMinor > 0n)
    .sort((a, b) => compare(a.receivedOn, b.receivedOn));
  for (const payment of seen) {
    let left = payment.amountMinor;
    for (const slot of order) {
      if (left === 0n) break;
      const open = slot.paid < slot.promise.amountMinor;
      if (!open || payment.receivedOn < slot.promise.promisedOn || payment.receivedOn > slot.lastDay) continue;
      const applied = minBigint(left, slot.promise.amountMinor - slot.paid);
      slot.paid += applied;
      left -= applied;
      if (slot.paid === slot.promise.amountMinor) slot.keptOn = payment.receivedOn;
    }
  }
  const outcomes = new Array<PromiseOutcome>(promises.length);
  for (const slot of order) {
    const short = slot.promise.amountMinor - slot.paid;
    const status = short === 0n ? "kept" : slot.lastDay < asOf ? "broken" : "pending";
    outcomes[slot.index] = {
      promiseId: slot.promise.id,
      status,
      paidMinor: slot.paid,
      shortMinor: short,
      keptOn: slot.keptOn,
    };
  }
  return outcomes;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minBigint(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
