import { type DocumentLayout, formatUsDate, type LayoutBlock, printMoney } from "../origination/index.js";
import { delinquencyHistoryBlocks, type StatementParties, servicerRows } from "./layout.js";
import type { Notice } from "./notices.js";

const TITLES = { "late-payment": "Late Payment Notice", delinquency: "Delinquency Notice" } as const;

function delinquencyBlocks(notice: Notice, money: (m: bigint) => string): LayoutBlock[] {
  const d = notice.delinquency;
  if (d === null) return [];
  return [
    { kind: "paragraph", text: d.riskNotice },
    { kind: "heading", text: "Recent Account History" },
    ...delinquencyHistoryBlocks(d, money),
  ];
}

/**
 * A notice as a document: what is late, the late fee, what it takes to bring the loan current, and for a
 * delinquency notice the risk, history, loss-mitigation, foreclosure and counseling information.
 *
 * @example const layout = noticeLayout(notice, { loanReference: "loan_…", servicer: "Acme Lending" });
 */
export function noticeLayout(notice: Notice, parties: StatementParties): DocumentLayout {
  const money = (amountMinor: bigint) => printMoney(amountMinor, notice.currency);
  const title = TITLES[notice.kind];
  const intro =
    notice.kind === "late-payment"
      ? `We have not received the full payment due on ${notice.dueDate === null ? "its due date" : formatUsDate(notice.dueDate)}. A late fee of ${money(notice.lateFeeMinor)} has been charged.`
      : `Your loan has been delinquent since ${notice.dueDate === null ? "its due date" : formatUsDate(notice.dueDate)}.`;
  return {
    title,
    subject: `${title} ${notice.noticeDate}`,
    author: parties.servicer,
    issuedOn: notice.noticeDate,
    blocks: [
      {
        kind: "fields",
        rows: [
          { label: "Notice date", value: formatUsDate(notice.noticeDate) },
          { label: "Loan", value: parties.loanReference },
          ...servicerRows(parties),
        ],
      },
      { kind: "paragraph", text: intro },
      {
        kind: "fields",
        rows: [
          { label: "Late fee charged", value: money(notice.lateFeeMinor) },
          { label: "Past due", value: money(notice.pastDueMinor) },
          { label: "Fees and charges due", value: money(notice.feesDueMinor) },
          { label: "Amount to bring current", value: money(notice.amountToBringCurrentMinor) },
          { label: "Days past due", value: String(notice.daysPastDue) },
        ],
      },
      ...delinquencyBlocks(notice, money),
    ],
  };
}
