import type { DocumentLayout, LayoutBlock } from "./document-layout.js";
import { formatAddress, formatLongDate, formatUsDate } from "./document-layout.js";
import { type LoanDocumentTerms, lateChargeSentence, prepaymentSentence, printMoney } from "./loan-document-terms.js";

// The loan agreement and promissory note of an accepted offer: the promise to pay, the terms, the schedule,
// late charge, prepayment, default, and signature lines. Its figures are the TILA disclosure's.

function promise(terms: LoanDocumentTerms): string {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  const [first] = terms.payments;
  const last = terms.payments.at(-1);
  const firstDue = first === undefined ? "" : formatUsDate(first.dueDate);
  const lastDue = last === undefined ? "" : formatUsDate(last.dueDate);
  return (
    `For value received, each Borrower named below, jointly and severally, promises to pay to the order of ` +
    `${terms.creditor.name} (the "Lender") the principal sum of ${money(terms.principalMinor)}, with interest on ` +
    `the unpaid principal at the rate of ${terms.ratePercent}% a year, in ${terms.payments.length} payments as ` +
    `scheduled below, the first due ${firstDue} and the last due ${lastDue}.`
  );
}

/** Every payment with its principal, interest, amount and the balance after it. */
function scheduleTable(terms: LoanDocumentTerms): LayoutBlock {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  return {
    kind: "table",
    columns: [
      { header: "Payment", share: 0.12, align: "right" },
      { header: "Due Date", share: 0.18, align: "right" },
      { header: "Principal", share: 0.17, align: "right" },
      { header: "Interest", share: 0.17, align: "right" },
      { header: "Amount", share: 0.18, align: "right" },
      { header: "Balance After", share: 0.18, align: "right" },
    ],
    rows: terms.payments.map((payment) => [
      String(payment.number),
      formatUsDate(payment.dueDate),
      money(payment.principalMinor),
      money(payment.interestMinor),
      money(payment.amountMinor),
      money(payment.balanceMinor),
    ]),
  };
}

/**
 * The loan agreement / promissory note of an accepted offer as a document layout.
 *
 * @example const layout = buildLoanAgreement(terms); // rendered to PDF by the server
 */
export function buildLoanAgreement(terms: LoanDocumentTerms): DocumentLayout {
  const money = (amount: bigint) => printMoney(amount, terms.currency);
  const fee = terms.originationFee;
  const blocks: LayoutBlock[] = [
    {
      kind: "fields",
      rows: [
        { label: "Lender", value: `${terms.creditor.name}, ${formatAddress(terms.creditor.address)}` },
        { label: "Borrowers", value: terms.borrowerNames.join(", ") },
        { label: "Agreement date", value: formatLongDate(terms.issuedOn) },
        { label: "Loan date", value: formatLongDate(terms.disbursementDate) },
        { label: "Principal", value: money(terms.principalMinor) },
        { label: "Interest rate", value: `${terms.ratePercent}% a year` },
        { label: "Annual percentage rate", value: `${terms.disclosedAprPercent}%` },
        {
          label: "Origination fee",
          value: fee === undefined ? money(0n) : `${money(fee.amountMinor)} (${fee.treatment})`,
        },
        { label: "Amount financed", value: money(terms.amountFinancedMinor) },
        { label: "Finance charge", value: money(terms.financeChargeMinor) },
        { label: "Total of payments", value: money(terms.totalOfPaymentsMinor) },
        { label: "Number of payments", value: String(terms.payments.length) },
      ],
    },
    { kind: "heading", text: "1. Promise to pay" },
    { kind: "paragraph", text: promise(terms) },
    { kind: "heading", text: "2. Payments" },
    {
      kind: "paragraph",
      text: "Each payment is applied as the Lender's payment allocation order provides. The schedule below assumes every payment is made on its due date.",
    },
    scheduleTable(terms),
    { kind: "heading", text: "3. Late charge and prepayment" },
    { kind: "paragraph", text: lateChargeSentence(terms.lateCharge, terms.currency) },
    { kind: "paragraph", text: prepaymentSentence(terms.hasPrepaymentPenalty, terms.prepaidFinanceChargesMinor) },
    { kind: "heading", text: "4. Default" },
    {
      kind: "paragraph",
      text: "If a payment is not made when due and stays unpaid, the Lender may, after any notice and cure period the law requires, declare the unpaid principal and the interest accrued on it due at once.",
    },
    { kind: "heading", text: "5. Electronic records and signatures" },
    {
      kind: "paragraph",
      text: "The Borrowers agree that this note may be signed electronically and that an electronic signature has the same effect as a handwritten one (15 U.S.C. 7001).",
    },
    { kind: "signatures", names: terms.borrowerNames },
  ];
  return {
    title: "Loan Agreement and Promissory Note",
    subject: `Loan agreement for application ${terms.applicationId}, offer ${terms.offerId}`,
    author: terms.creditor.name,
    issuedOn: terms.issuedOn,
    blocks,
  };
}
