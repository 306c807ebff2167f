import type { DocumentLayout, LayoutBlock, LayoutColumn } from "./document-layout.js";
import { formatAddress, formatLongDate, formatUsDate } from "./document-layout.js";
import {
  type LoanDocumentTerms,
  lateChargeSentence,
  paymentRuns,
  prepaymentSentence,
  printMoney,
} from "./loan-document-terms.js";

// The Truth in Lending disclosure of a closed-end loan (12 CFR 1026.18), laid out like the federal box of
// Appendix H-2: the four figures side by side with their statutory descriptions, the payment schedule, the
// late charge and prepayment terms, and the itemization of the amount financed.

/** The frequency as the schedule's "when" column says it. */
const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  "semi-monthly": "Twice a month",
  monthly: "Monthly",
  quarterly: "Quarterly",
  "semi-annually": "Every six months",
  yearly: "Yearly",
};

/** The "when" of a run of payments. */
function whenDue(frequency: string, count: number, firstDueDate: string): string {
  if (count === 1) return `On ${formatUsDate(firstDueDate)}`;
  const every = FREQUENCY_WORDS[frequency] ?? `Every period (${frequency})`;
  return `${every} beginning ${formatUsDate(firstDueDate)}`;
}

const runColumns: ReadonlyArray<LayoutColumn> = [
  { header: "Number of Payments", share: 0.25, align: "right" },
  { header: "Amount of Each Payment", share: 0.3, align: "right" },
  { header: "When Payments Are Due", share: 0.45, align: "left" },
];

const paymentColumns: ReadonlyArray<LayoutColumn> = [
  { header: "Payment", share: 0.2, align: "right" },
  { header: "Due Date", share: 0.3, align: "right" },
  { header: "Amount", share: 0.25, align: "right" },
  { header: "Balance After", share: 0.25, align: "right" },
];

/** The four figures of the federal box. */
function federalBox(terms: LoanDocumentTerms): LayoutBlock {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  return {
    kind: "boxes",
    boxes: [
      {
        label: "ANNUAL PERCENTAGE RATE",
        description: "The cost of your credit as a yearly rate.",
        value: `${terms.disclosedAprPercent}%`,
      },
      {
        label: "FINANCE CHARGE",
        description: "The dollar amount the credit will cost you.",
        value: money(terms.financeChargeMinor),
      },
      {
        label: "Amount Financed",
        description: "The amount of credit provided to you or on your behalf.",
        value: money(terms.amountFinancedMinor),
      },
      {
        label: "Total of Payments",
        description: "The amount you will have paid after you have made all payments as scheduled.",
        value: money(terms.totalOfPaymentsMinor),
      },
    ],
  };
}

/** The itemization of the amount financed (§ 1026.18(c)). */
function itemization(terms: LoanDocumentTerms): LayoutBlock {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  const fee = terms.originationFee;
  const paidToYou =
    fee?.treatment === "financed" ? terms.amountFinancedMinor : terms.principalMinor - (fee?.amountMinor ?? 0n);
  return {
    kind: "fields",
    rows: [
      { label: "Amount given to you directly", value: money(paidToYou) },
      { label: "Loan principal", value: money(terms.principalMinor) },
      { label: "Prepaid finance charge (origination fee)", value: money(terms.prepaidFinanceChargesMinor) },
      { label: "Amount Financed", value: money(terms.amountFinancedMinor) },
    ],
  };
}

/**
 * The TILA disclosure of an accepted offer as a document layout: creditor and borrowers, the federal box (APR,
 * finance charge, amount financed, total of payments), the payment schedule by runs of equal payments and then
 * payment by payment, the late charge, prepayment, and the itemization of the amount financed.
 *
 * @see 12 CFR 1026.18 and Appendix H-2
 * @example const layout = buildTilaDisclosure(terms); // then rendered to PDF by the server
 */
export function buildTilaDisclosure(terms: LoanDocumentTerms): DocumentLayout {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  const runs = paymentRuns(terms.payments);
  const blocks: LayoutBlock[] = [
    {
      kind: "fields",
      rows: [
        { label: "Creditor", value: terms.creditor.name },
        { label: "Creditor address", value: formatAddress(terms.creditor.address) },
        { label: "Borrowers", value: terms.borrowerNames.join(", ") },
        { label: "Application", value: terms.applicationId },
        { label: "Offer", value: terms.offerId },
        { label: "Date of disclosure", value: formatLongDate(terms.issuedOn) },
        { label: "Loan date", value: formatLongDate(terms.disbursementDate) },
      ],
    },
    federalBox(terms),
    { kind: "heading", text: "Your payment schedule will be:" },
    {
      kind: "table",
      columns: runColumns,
      rows: runs.map((run) => [
        String(run.count),
        money(run.amountMinor),
        whenDue(terms.frequency, run.count, run.firstDueDate),
      ]),
    },
    { kind: "paragraph", text: lateChargeSentence(terms.lateCharge, terms.currency) },
    { kind: "paragraph", text: prepaymentSentence(terms.hasPrepaymentPenalty, terms.prepaidFinanceChargesMinor) },
    {
      kind: "paragraph",
      text: "See your contract documents for any additional information about nonpayment, default, any required repayment in full before the scheduled date, and prepayment refunds and penalties.",
    },
    { kind: "heading", text: "Itemization of the Amount Financed" },
    itemization(terms),
    { kind: "heading", text: "Payment by payment" },
    {
      kind: "table",
      columns: paymentColumns,
      rows: terms.payments.map((payment) => [
        String(payment.number),
        formatUsDate(payment.dueDate),
        money(payment.amountMinor),
        money(payment.balanceMinor),
      ]),
    },
  ];
  return {
    title: "Truth in Lending Disclosure",
    subject: `Federal Truth in Lending disclosure for application ${terms.applicationId}`,
    author: terms.creditor.name,
    issuedOn: terms.issuedOn,
    blocks,
  };
}
