import type { LocalDate } from "../calendar/index.js";
import { fail, ok, type Result } from "../errors/index.js";
import { type JournalEntry, type JournalLine, reverseEntry } from "../ledger/index.js";
import { addCharge, feeAmount } from "./charges.js";
import { compareEvents, type LoanEvent, type PaymentEvent, type PaymentReversalEvent } from "./events.js";
import type { Loan } from "./state.js";
import type { Working } from "./working.js";

/**
 * One reversal resolved against its payment: how much it returns (`amountMinor`: its own, or all that was
 * left) and how much earlier reversals of the same payment had returned (`priorMinor`).
 */
export interface ReversalPart {
  readonly reversal: PaymentReversalEvent;
  readonly payment: PaymentEvent;
  readonly amountMinor: bigint;
  readonly priorMinor: bigint;
}

/** Replays `events` to `asOf` (the replay itself, passed in to keep this module below it). */
export type Runner = (loan: Loan, events: ReadonlyArray<LoanEvent>, asOf: LocalDate) => Result<Working>;

/**
 * Resolves every reversal, in event order, against the payment it names: the payment must come before it;
 * a reversal with `amountMinor` returns that much of what is left, one without returns all that is left;
 * a payment with nothing left is `already_reversed`, more than is left is `reversal_exceeds_payment`.
 *
 * @example const parts = resolveReversals(events, byId); // Map<reversal id, ReversalPart>
 */
export function resolveReversals(
  events: ReadonlyArray<LoanEvent>,
  byId: ReadonlyMap<string, LoanEvent>,
): Result<Map<string, ReversalPart>> {
  const parts = new Map<string, ReversalPart>();
  const reversedMinor = new Map<string, bigint>();
  const reversals = events.filter((e): e is PaymentReversalEvent => e.type === "payment-reversal");
  for (const event of [...reversals].sort(compareEvents)) {
    const target = byId.get(event.transactionId);
    const details = { eventId: event.id };
    if (target?.type !== "payment" || compareEvents(target, event) > 0) {
      return fail(
        "unknown_transaction",
        `no payment ${event.transactionId} before this reversal`,
        ["transactionId"],
        details,
      );
    }
    const priorMinor = reversedMinor.get(target.id) ?? 0n;
    const leftMinor = target.amountMinor - priorMinor;
    if (leftMinor === 0n) {
      return fail("already_reversed", `payment ${target.id} is already reversed`, ["transactionId"], details);
    }
    const amountMinor = event.amountMinor ?? leftMinor;
    if (amountMinor > leftMinor) {
      return fail(
        "reversal_exceeds_payment",
        `only ${leftMinor} minor units of payment ${target.id} are left to reverse`,
        ["amountMinor"],
        { ...details, reversibleMinor: leftMinor },
      );
    }
    reversedMinor.set(target.id, priorMinor + amountMinor);
    parts.set(event.id, { reversal: event, payment: target, amountMinor, priorMinor });
  }
  return ok(parts);
}

/** How much of each payment the reversals dated on or before `asOf` returned. */
export function reversedAsOf(parts: ReadonlyMap<string, ReversalPart>, asOf: LocalDate): Map<string, bigint> {
  const reversed = new Map<string, bigint>();
  for (const part of parts.values()) {
    if (part.reversal.effectiveDate > asOf) continue;
    reversed.set(part.payment.id, (reversed.get(part.payment.id) ?? 0n) + part.amountMinor);
  }
  return reversed;
}

/** The payment's postings had it been `amountMinor` (replayed up to it), with its transaction. */
function postingsAt(
  w: Working,
  run: Runner,
  events: ReadonlyArray<LoanEvent>,
  payment: PaymentEvent,
  amountMinor: bigint,
) {
  const sized = { ...payment, amountMinor };
  const upTo = events.filter((e) => compareEvents(e, payment) <= 0).map((e) => (e.id === payment.id ? sized : e));
  const before = run(w.loan, upTo, payment.effectiveDate);
  if (!before.ok) return before;
  return ok({
    entries: before.value.journal.filter((entry) => entry.eventId === payment.id),
    transaction: before.value.transactions.find((t) => t.id === payment.id),
  });
}

/** One entry netting `high` less `low` account by account (both balanced, so it balances too). */
function difference(
  high: ReadonlyArray<JournalEntry>,
  low: ReadonlyArray<JournalEntry>,
  header: Pick<JournalEntry, "id" | "date" | "eventId" | "currency" | "memo">,
): JournalEntry {
  const net = new Map<string, bigint>();
  const add = (line: JournalLine, sign: bigint) =>
    net.set(line.account, (net.get(line.account) ?? 0n) + sign * (line.debitMinor - line.creditMinor));
  for (const entry of high) for (const line of entry.lines) add(line, 1n);
  for (const entry of low) for (const line of entry.lines) add(line, -1n);
  const lines: JournalLine[] = [];
  for (const [account, amount] of net) {
    if (amount === 0n) continue;
    const code = account as JournalLine["account"];
    lines.push(
      amount > 0n
        ? { account: code, debitMinor: amount, creditMinor: 0n }
        : { account: code, debitMinor: 0n, creditMinor: -amount },
    );
  }
  return { ...header, lines };
}

/** Books the returned part's postings: on the payment's date as received, reversed on the reversal's date. */
function bookReturned(w: Working, run: Runner, events: ReadonlyArray<LoanEvent>, part: ReversalPart): Result<true> {
  const { reversal, payment } = part;
  const leftMinor = payment.amountMinor - part.priorMinor;
  const high = postingsAt(w, run, events, payment, leftMinor);
  if (!high.ok) return high;
  const reverse = (entry: JournalEntry, k: number) =>
    reverseEntry(entry, { id: `${reversal.id}:${k + 1}`, date: reversal.effectiveDate, eventId: reversal.id });
  if (part.amountMinor === leftMinor) {
    // All that was left: the replay left the payment out, so its postings come in here and are cancelled.
    if (high.value.transaction) w.transactions.push({ ...high.value.transaction, reversedById: reversal.id });
    w.journal.push(...high.value.entries);
    w.journal.push(...high.value.entries.map(reverse));
    return ok(true);
  }
  // Part of it: the replay posted the payment smaller; the part returned is received then cancelled.
  const low = postingsAt(w, run, events, payment, leftMinor - part.amountMinor);
  if (!low.ok) return low;
  const memo = `part of payment ${payment.id} returned by ${reversal.id}`;
  const received = difference(high.value.entries, low.value.entries, {
    id: `${reversal.id}:0`,
    date: payment.effectiveDate,
    eventId: payment.id,
    currency: w.currency,
    memo,
  });
  w.journal.push(received, reverse(received, 0));
  return ok(true);
}

/**
 * Applies one reversal: the returned part's postings (see `bookReturned`), the reversal's transaction (the
 * amount it returned) and, when asked, the NSF fee (on the payment's full amount, as the policy says).
 *
 * @example const applied = applyReversal(w, part, events, run);
 */
export function applyReversal(
  w: Working,
  part: ReversalPart,
  events: ReadonlyArray<LoanEvent>,
  run: Runner,
): Result<true> {
  const booked = bookReturned(w, run, events, part);
  if (!booked.ok) return booked;
  const { reversal, payment } = part;
  w.transactions.push({
    id: reversal.id,
    type: "payment-reversal",
    date: reversal.effectiveDate,
    amountMinor: part.amountMinor,
  });
  const policyFee = reversal.nsf && w.loan.policy.nsfFee ? feeAmount(w.loan.policy.nsfFee, payment.amountMinor) : 0n;
  const nsf = reversal.nsfFeeMinor ?? policyFee;
  if (nsf > 0n) {
    const id = `${reversal.id}:nsf`;
    addCharge(w, { id, kind: "fee", label: "NSF fee", date: reversal.effectiveDate, amountMinor: nsf });
    w.transactions.push({ id, type: "nsf-fee", date: reversal.effectiveDate, amountMinor: nsf });
  }
  return ok(true);
}

/**
 * What each payment still stands at once its reversals (dated whenever) are taken off: its amount less what
 * partial reversals returned, 0 when reversed in full. For what counts a payment as received (promises,
 * settlements).
 *
 * @example paymentsNetOfReversals(events).get("pmt_1") // 60_000n after a 30_000n partial reversal of 90_000n
 */
export function paymentsNetOfReversals(events: ReadonlyArray<LoanEvent>): Map<string, bigint> {
  const net = new Map<string, bigint>();
  for (const event of events) if (event.type === "payment") net.set(event.id, event.amountMinor);
  const reversals = events.filter((e): e is PaymentReversalEvent => e.type === "payment-reversal");
  for (const reversal of [...reversals].sort(compareEvents)) {
    const left = net.get(reversal.transactionId);
    if (left === undefined) continue;
    const returned = reversal.amountMinor === undefined || reversal.amountMinor > left ? left : reversal.amountMinor;
    net.set(reversal.transactionId, left - returned);
  }
  return net;
}
