import { formatDecimal } from "../money/index.js";
import {
  type DocumentLayout,
  formatUsDate,
  type LayoutBlock,
  type LayoutColumn,
  printMoney,
} from "../origination/index.js";
import type { DelinquencyInformation, PaymentParts, Statement, StatementBalances } from "./model.js";

// A statement as a printable document (core's document layout; the server draws it with pdf-lib). Every
// figure is printed exactly from minor units by `printMoney`; nothing is computed here that the statement
// does not hold, so the PDF and the JSON cannot disagree.

const right = (header: string, share: number): LayoutColumn => ({ header, share, align: "right" });
const left = (header: string, share: number): LayoutColumn => ({ header, share, align: "left" });

/** How a borrower reaches the servicer, as printed on the first page (12 CFR 1026.41(d)(6)). */
export interface ServicerContactLines {
  /** A toll-free number, as printed, e.g. `1-800-555-0100`. */
  readonly telephone: string;
  readonly email?: string;
  readonly mailingAddress?: string;
}

/** Who the statement is for and from: the loan's reference and the servicer (with its contact), as printed. */
export interface StatementParties {
  readonly loanReference: string;
  readonly servicer: string;
  readonly contact?: ServicerContactLines;
}

/**
 * The servicer's name and contact lines, for a document's first block.
 *
 * @example rows.push(...servicerRows({ loanReference: "loan_…", servicer: "Acme", contact: { telephone: "1-800-555-0100" } }));
 */
export function servicerRows(parties: StatementParties): { label: string; value: string }[] {
  const c = parties.contact;
  return [
    { label: "Servicer", value: parties.servicer },
    ...(c === undefined ? [] : [{ label: "Customer service", value: c.telephone }]),
    ...(c?.email === undefined ? [] : [{ label: "Email", value: c.email }]),
    ...(c?.mailingAddress === undefined ? [] : [{ label: "Mailing address", value: c.mailingAddress }]),
  ];
}

function amountDueBlocks(s: Statement, money: (m: bigint) => string): LayoutBlock[] {
  const due = s.amountDue;
  const dueDate = due.dueDate === null ? "None" : formatUsDate(due.dueDate);
  const late =
    due.lateFee === null
      ? "No late fee"
      : `${money(due.lateFee.amountMinor)} late fee if not paid by ${formatUsDate(due.lateFee.chargedOn)}`;
  const regular = due.regularPayment;
  return [
    {
      kind: "boxes",
      boxes: [
        { label: "Payment Due Date", description: "Pay by this date", value: dueDate },
        {
          label: "Amount Due",
          description: "The next installment plus what is past due",
          value: money(due.totalMinor),
        },
        {
          label: "Late Fee",
          description: "If paid late",
          value: due.lateFee === null ? "None" : money(due.lateFee.amountMinor),
        },
      ],
    },
    { kind: "paragraph", text: late },
    { kind: "heading", text: "Explanation of Amount Due" },
    {
      kind: "table",
      columns: [left("", 0.7), right("Amount", 0.3)],
      rows: [
        ["Principal", money(regular.principalMinor)],
        ["Interest", money(regular.interestMinor)],
        ...(s.format === "mortgage" ? [["Escrow (for taxes and insurance)", money(regular.escrowMinor)]] : []),
        ["Installment fees", money(regular.feesMinor)],
        ["Regular payment", money(regular.totalMinor)],
        ["Past due", money(due.pastDueMinor)],
        ["Fees and charges due", money(due.feesDueMinor)],
        ["Unapplied funds used", money(due.unappliedCreditMinor)],
        ["Total amount due", money(due.totalMinor)],
      ],
    },
  ];
}

function balanceRows(s: Statement, money: (m: bigint) => string): string[][] {
  const row = (label: string, pick: (b: StatementBalances) => bigint) => [
    label,
    money(pick(s.opening)),
    money(pick(s.closing)),
  ];
  return [
    row("Principal", (b) => b.principalMinor),
    row("Interest", (b) => b.interestMinor),
    row("Fees", (b) => b.feesMinor),
    row("Unapplied funds", (b) => b.unappliedMinor),
    row("Total", (b) => b.totalMinor),
  ];
}

function activityBlocks(s: Statement, money: (m: bigint) => string): LayoutBlock[] {
  return [
    { kind: "heading", text: "Balances" },
    {
      kind: "table",
      columns: [left("", 0.4), right("Opening", 0.3), right("Closing", 0.3)],
      rows: balanceRows(s, money),
    },
    { kind: "heading", text: `Transaction Activity (${formatUsDate(s.periodStart)} to ${formatUsDate(s.periodEnd)})` },
    {
      kind: "table",
      columns: [
        left("Date", 0.11),
        left("Description", 0.29),
        right("Amount", 0.12),
        right("Principal", 0.12),
        right("Interest", 0.12),
        right("Fees", 0.12),
        right("Unapplied", 0.12),
      ],
      rows: s.lines.map((line) => [
        formatUsDate(line.date),
        line.description,
        money(line.amountMinor),
        money(line.change.principalMinor),
        money(line.change.interestMinor),
        money(line.change.feesMinor),
        money(line.change.unappliedMinor),
      ]),
    },
    {
      kind: "fields",
      rows: [
        { label: "Charges this period", value: money(s.chargesMinor) },
        { label: "Credits this period", value: money(s.creditsMinor) },
        { label: "Interest charged this period", value: money(s.interestChargedMinor) },
        { label: "Fees charged this period", value: money(s.feesChargedMinor) },
        { label: "Interest charged this year", value: money(s.interestChargedYearToDateMinor) },
        { label: "Fees charged this year", value: money(s.feesChargedYearToDateMinor) },
        { label: "Days past due", value: String(s.daysPastDue) },
      ],
    },
  ];
}

function partsRows(since: PaymentParts, year: PaymentParts, money: (m: bigint) => string): string[][] {
  const row = (label: string, pick: (p: PaymentParts) => bigint) => [label, money(pick(since)), money(pick(year))];
  return [
    row("Principal", (p) => p.principalMinor),
    row("Interest", (p) => p.interestMinor),
    row("Escrow (taxes and insurance)", (p) => p.escrowMinor),
    row("Fees", (p) => p.feesMinor),
    row("Partial payment (unapplied)", (p) => p.unappliedMinor),
    row("Total", (p) => p.totalMinor),
  ];
}

function mortgageBlocks(s: Statement, money: (m: bigint) => string): LayoutBlock[] {
  const m = s.mortgage;
  if (m === null) return [];
  const blocks: LayoutBlock[] = [
    { kind: "heading", text: "Past Payments Breakdown" },
    {
      kind: "table",
      columns: [left("", 0.4), right("Paid Since Last Statement", 0.3), right("Paid Year to Date", 0.3)],
      rows: partsRows(m.paymentsSinceLastStatement, m.paymentsYearToDate, money),
    },
    { kind: "heading", text: "Account Information" },
    {
      kind: "fields",
      rows: [
        { label: "Outstanding principal", value: money(m.outstandingPrincipalMinor) },
        { label: "Interest rate", value: `${formatDecimal(s.annualRatePercent)}%` },
        { label: "Prepayment penalty", value: m.hasPrepaymentPenalty ? "Yes" : "No" },
      ],
    },
  ];
  const p = m.partialPayment;
  if (p !== null) {
    blocks.push(
      { kind: "heading", text: "Partial Payments" },
      {
        kind: "fields",
        rows: [
          { label: "Unapplied funds held", value: money(p.unappliedMinor) },
          { label: "Received since last statement", value: money(p.receivedSinceLastStatementMinor) },
        ],
      },
      { kind: "paragraph", text: p.explanation },
    );
  }
  const d = m.delinquency;
  if (d === null) return blocks;
  return [
    ...blocks,
    { kind: "heading", text: "Delinquency Notice" },
    { kind: "paragraph", text: d.riskNotice },
    {
      kind: "fields",
      rows: [
        { label: "Delinquent since", value: formatUsDate(d.delinquentSince) },
        { label: "Days delinquent", value: String(d.daysDelinquent) },
        { label: "Total needed to bring current", value: money(d.amountToBringCurrentMinor) },
      ],
    },
    ...delinquencyHistoryBlocks(d, money),
  ];
}

/**
 * The § 1026.41(d)(8) account history and the loss-mitigation, foreclosure and counseling notices, as the
 * statement and the delinquency notice both print them.
 *
 * @example blocks.push(...delinquencyHistoryBlocks(statement.mortgage.delinquency, money));
 */
export function delinquencyHistoryBlocks(d: DelinquencyInformation, money: (minor: bigint) => string): LayoutBlock[] {
  return [
    {
      kind: "table",
      columns: [left("Due Date", 0.25), right("Amount Due", 0.25), right("Paid", 0.25), right("Past Due", 0.25)],
      rows: d.history.map((row) => [
        formatUsDate(row.dueDate),
        money(row.dueMinor),
        money(row.paidMinor),
        money(row.remainingMinor),
      ]),
    },
    { kind: "paragraph", text: d.lossMitigationNotice },
    { kind: "paragraph", text: d.foreclosureNotice },
    { kind: "paragraph", text: d.counselingNotice },
  ];
}

/**
 * The statement as a document: the amount due box, the explanation of amount due, opening and closing
 * balances, every transaction with how it moved each balance, the period's and year's charges, and for
 * a mortgage the Regulation Z § 1026.41 past payments, account information and delinquency notice.
 *
 * @example const layout = statementLayout(statement, { loanReference: "loan_…", servicer: "Acme Lending" });
 */
export function statementLayout(s: Statement, parties: StatementParties): DocumentLayout {
  const money = (amountMinor: bigint) => printMoney(amountMinor, s.currency);
  const title = s.format === "mortgage" ? "Mortgage Statement" : "Loan Statement";
  return {
    title,
    subject: `${title} ${s.statementDate}`,
    author: parties.servicer,
    issuedOn: s.statementDate,
    blocks: [
      {
        kind: "fields",
        rows: [
          { label: "Statement date", value: formatUsDate(s.statementDate) },
          { label: "Loan", value: parties.loanReference },
          { label: "Statement period", value: `${formatUsDate(s.periodStart)} to ${formatUsDate(s.periodEnd)}` },
          { label: "Interest rate", value: `${formatDecimal(s.annualRatePercent)}%` },
          ...servicerRows(parties),
        ],
      },
      ...amountDueBlocks(s, money),
      ...activityBlocks(s, money),
      ...mortgageBlocks(s, money),
    ],
  };
}
