import type { LocalDate } from "../calendar/index.js";
import type { ReceiptParts } from "../ledger/index.js";
import type { LoanEvent, LoanState, Transaction } from "../servicing/index.js";
import { balances, zeroBalances } from "./balances.js";
import type { StatementBalances, StatementLine, StatementLineType } from "./model.js";

/** A receipt's parts as a change of balances: each bucket settled goes down, the part kept as credit goes up. */
function receiptChange(parts: ReceiptParts | undefined, sign: 1n | -1n, fromCredit: boolean): StatementBalances {
  if (parts === undefined) return zeroBalances;
  const credit = fromCredit
    ? -(parts.principalMinor + parts.interestMinor + parts.feesMinor + parts.penaltiesMinor)
    : 0n;
  return balances(
    -sign * parts.principalMinor,
    -sign * parts.interestMinor,
    -sign * (parts.feesMinor + parts.penaltiesMinor),
    sign * (parts.creditMinor + credit),
  );
}

const DESCRIPTIONS: Record<StatementLineType, string> = {
  "opening-balance": "Balances brought over (loan migrated)",
  disbursement: "Loan disbursed",
  "disbursement-fee": "Fee paid at disbursement",
  payment: "Payment received",
  "payment-reversal": "Payment returned",
  "credit-application": "Unapplied funds applied",
  refund: "Credit balance refunded",
  interest: "Interest charged",
  fee: "Fee charged",
  "late-fee": "Late fee",
  "nsf-fee": "Returned payment (NSF) fee",
  "penalty-interest": "Penalty interest",
  "prepayment-fee": "Prepayment fee",
  "installment-fee": "Installment fee",
  "fee-waiver": "Fee waived",
  capitalization: "Interest and arrears added to principal",
  "rate-change": "Interest rate changed",
  "payment-holiday": "Payment holiday granted",
  reschedule: "Loan rescheduled",
  "charge-off": "Charged off",
  recovery: "Recovery received",
  "write-off": "Written off",
  "settlement-forgiveness": "Balance forgiven (settled for less than the full balance)",
  adjustment: "Balances recomputed for earlier activity",
};

/** The label of a line type. @example describeLine("late-fee") === "Late fee" */
export function describeLine(type: StatementLineType): string {
  return DESCRIPTIONS[type];
}

/** What the statement needs besides the transaction: the closing state's charges and charged-off buckets. */
interface LineContext {
  readonly state: LoanState;
  readonly events: ReadonlyArray<LoanEvent>;
  /** Fees and penalties a restructure moved to principal in the period, spread over its capitalization lines. */
  feesCapitalizedLeftMinor: bigint;
}

function capitalizationChange(t: Transaction, context: LineContext): StatementBalances {
  // A payment holiday capitalizes interest only (`capitalization:<n>`); a restructure also fees and penalties.
  const isHoliday = /^capitalization:\d+$/.test(t.id);
  let fees = isHoliday ? 0n : context.feesCapitalizedLeftMinor;
  if (fees > t.amountMinor) fees = t.amountMinor;
  context.feesCapitalizedLeftMinor -= fees;
  return balances(t.amountMinor, -(t.amountMinor - fees), -fees, 0n);
}

/** What a migrated loan's opening balances brought onto the statement (as `applyOpening` books them). */
function openingChange(t: Transaction, context: LineContext): StatementBalances {
  const event = context.events.find((e) => e.id === t.id);
  if (event?.type !== "opening-balance") return zeroBalances;
  let interest = event.accruedInterestMinor + (event.deferredInterestMinor ?? 0n);
  for (const row of event.due) interest += row.interestMinor;
  let fees = 0n;
  for (const charge of event.charges) fees += charge.amountMinor;
  return balances(event.principalMinor, interest, fees, event.creditBalanceMinor ?? 0n);
}

function chargeOffChange(context: LineContext): StatementBalances {
  const off = context.state.chargedOff;
  if (off === null) return zeroBalances;
  return balances(-off.principalMinor, -off.interestMinor, -(off.feesMinor + off.penaltiesMinor), 0n);
}

function changeOf(t: Transaction, context: LineContext, reversed: ReadonlyMap<string, Transaction>): StatementBalances {
  switch (t.type) {
    case "disbursement":
      return balances(t.amountMinor, 0n, 0n, 0n);
    case "opening-balance":
      return openingChange(t, context);
    case "payment":
      return receiptChange(t.allocation, 1n, false);
    case "credit-application":
      return receiptChange(t.allocation, 1n, true);
    case "payment-reversal":
      return receiptChange(reversed.get(t.id)?.allocation, -1n, false);
    case "refund":
      return balances(0n, 0n, 0n, -t.amountMinor);
    case "fee-charge":
    case "late-fee":
    case "nsf-fee":
    case "penalty-interest":
    case "prepayment-fee":
      return balances(0n, 0n, t.amountMinor, 0n);
    case "fee-waiver":
      return balances(0n, 0n, -t.amountMinor, 0n);
    case "capitalization":
      return capitalizationChange(t, context);
    case "charge-off":
      return chargeOffChange(context);
    case "settlement-forgiveness":
      return t.allocation === undefined ? zeroBalances : receiptChange(t.allocation, 1n, false);
    case "write-off":
      return context.state.transactions.some((other) => other.type === "charge-off")
        ? zeroBalances
        : chargeOffChange(context);
    default:
      return zeroBalances;
  }
}

function lineTypeOf(t: Transaction): StatementLineType {
  return t.type === "fee-charge" ? "fee" : t.type;
}

/** Fees and penalties moved to principal by restructures, by the closing state's charges. */
function feesCapitalizedMinor(state: LoanState): bigint {
  let total = 0n;
  for (const charge of state.charges) total += charge.capitalizedMinor ?? 0n;
  return total;
}

/**
 * The statement lines of the transactions dated after `after` through `through`, in the state's
 * order, each with its change of balances; installment fees (charges with no transaction of their
 * own) are lines too; `events` give a migrated loan's opening balances their parts. `feesCapitalizedBeforeMinor`: what restructures had capitalized by `after`.
 *
 * @example transactionLines(closing, events, date("2026-01-31"), date("2026-02-28"), 0n)
 */
export function transactionLines(
  state: LoanState,
  events: ReadonlyArray<LoanEvent>,
  after: LocalDate,
  through: LocalDate,
  feesCapitalizedBeforeMinor: bigint,
): StatementLine[] {
  const context: LineContext = {
    state,
    events,
    feesCapitalizedLeftMinor: feesCapitalizedMinor(state) - feesCapitalizedBeforeMinor,
  };
  const reversed = new Map<string, Transaction>();
  for (const t of state.transactions) if (t.reversedById !== undefined) reversed.set(t.reversedById, t);
  const lines: StatementLine[] = [];
  for (const t of state.transactions) {
    if (t.date <= after || t.date > through) continue;
    const type = lineTypeOf(t);
    const description = describeLine(type);
    lines.push({
      id: t.id,
      date: t.date,
      type,
      description,
      amountMinor: t.amountMinor,
      change: changeOf(t, context, reversed),
      ...(t.reversedById === undefined ? {} : { reversedById: t.reversedById }),
    });
  }
  for (const charge of state.charges) {
    if (!charge.id.startsWith("installment-fee:") || charge.dueDate <= after || charge.dueDate > through) continue;
    lines.push({
      id: charge.id,
      date: charge.dueDate,
      type: "installment-fee",
      description: describeLine("installment-fee"),
      amountMinor: charge.amountMinor,
      change: balances(0n, 0n, charge.amountMinor, 0n),
    });
  }
  return lines;
}

/** The fees state's restructures had capitalized (for the next period's split). @example feesCapitalized(opening) */
export const feesCapitalized = feesCapitalizedMinor;
