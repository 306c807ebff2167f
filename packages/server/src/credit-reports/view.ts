import type { LocalDate } from "@lendstack/core/calendar";
import { type CreditReport, summarizeCreditReport } from "@lendstack/core/credit-reporting";
import type { CreditReportRow } from "../db/schema/index.js";
import { toJsonInteger } from "../http/safe-integer.js";
import type { CreditReportBody } from "./schemas.js";

const FROZEN = {
  code: "credit_file_frozen",
  message:
    "The consumer has placed a security freeze on the file (FCRA § 605A(i)): no report was released. Ask them to lift it, then pull again.",
};

const money = (value: bigint) => toJsonInteger(value, "credit report");
const maybe = (value: bigint | null) => (value === null ? null : money(value));

/** The figures a decision reads, as the API shows them. @example summaryOf(report) */
export function summaryOf(report: CreditReport): NonNullable<CreditReportBody["summary"]> {
  const summary = summarizeCreditReport(report, { asOf: report.reportedOn, utilizationRounding: "half-even" });
  const utilization = summary.revolvingUtilization;
  return {
    score: summary.score,
    keyFactors: (report.score?.factors ?? []).map((factor) => ({ ...factor })),
    monthlyDebt: money(summary.monthlyDebtMinor),
    derogatory: { ...summary.derogatory },
    revolvingUtilization: {
      balance: money(utilization.balanceMinor),
      limit: money(utilization.limitMinor),
      basisPoints: maybe(utilization.basisPoints),
    },
    inquiriesLast6Months: summary.inquiriesLast6Months,
    hasFraudAlert: summary.hasFraudAlert,
  };
}

/** The report itself, amounts as JSON integers, the tax id masked. @example contentsOf(report) */
export function contentsOf(report: CreditReport): NonNullable<CreditReportBody["report"]> {
  return {
    bureau: report.bureau,
    currency: report.currency,
    taxId: `***-**-${report.subject.taxIdLast4}`,
    score: report.score === null ? null : { ...report.score, factors: report.score.factors.map((f) => ({ ...f })) },
    tradelines: report.tradelines.map((line) => ({
      accountReference: line.accountReference,
      creditor: line.creditor,
      type: line.type,
      status: line.status,
      openedOn: line.openedOn,
      balance: money(line.balanceMinor),
      creditLimit: maybe(line.creditLimitMinor),
      monthlyPayment: maybe(line.monthlyPaymentMinor),
      paymentHistory: [...line.paymentHistory],
    })),
    inquiries: report.inquiries.map((inquiry) => ({ ...inquiry })),
    publicRecords: report.publicRecords.map(({ amountMinor, ...rest }) => ({ ...rest, amount: maybe(amountMinor) })),
    fraudAlerts: report.fraudAlerts.map((alert) => ({ ...alert })),
  };
}

/**
 * A stored credit report as the API returns it: the summary always (when there is a report), the report
 * itself only when `withReport` (a single GET).
 *
 * @example c.json(toCreditReportBody(row, report, { reused: false, withReport: true }), 200)
 */
export function toCreditReportBody(
  row: CreditReportRow,
  report: CreditReport | undefined,
  options: { readonly reused: boolean; readonly withReport: boolean },
): CreditReportBody {
  return {
    object: "credit_report",
    id: row.id,
    partyId: row.partyId,
    applicationId: row.applicationId,
    kind: row.kind as CreditReportBody["kind"],
    permissiblePurpose: row.permissiblePurpose as CreditReportBody["permissiblePurpose"],
    consent: { ...row.consent },
    provider: row.provider,
    providerReference: row.providerReference,
    status: row.status as CreditReportBody["status"],
    failure: row.status === "frozen" ? FROZEN : null,
    reportedOn: row.reportedOn as LocalDate,
    reused: options.reused,
    summary: report === undefined ? null : summaryOf(report),
    report: report !== undefined && options.withReport ? contentsOf(report) : null,
    requestedBy: row.requestedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
