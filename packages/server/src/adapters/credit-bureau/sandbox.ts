import { createHash } from "node:crypto";
import { date, type LocalDate } from "@lendstack/core/calendar";
import type { CreditReport, Tradeline } from "@lendstack/core/credit-reporting";
import type { CreditBureau, CreditPullRequest } from "./bureau.js";
import { encodeCreditReport } from "./report-codec.js";
import {
  account,
  factors,
  fraudAlertFile,
  monthsBefore,
  primeFile,
  RANGE,
  type SandboxFile,
  subprimeFile,
  thinFile,
} from "./sandbox-files.js";

/**
 * The sandbox bureau's documented test files, by the tax id's 4th and 5th digits (an SSN's group number:
 * `123-30-0001` is subprime), so they combine with the identity sandbox's last four digits. Any other
 * tax id gets a file derived from its SHA-256: the same file for the same tax id, every time. Listed in
 * the server README.
 */
export const SANDBOX_CREDIT_FILES = {
  "10": "thin file: one secured card, no score",
  "20": "prime: score 780, mortgage, auto loan, two cards at 10% utilization",
  "30": "subprime: score 560, cards near their limits, late payments, a collection, a charge-off, a judgment",
  "40": "fraud alert: the prime file with an initial fraud alert in force",
  "50": "frozen: a security freeze; no report (outcome `frozen`)",
} as const;

/** The file a tax id without a documented group gets: derived from its SHA-256, deterministic. */
function derivedFile(taxIdDigits: string, on: LocalDate): SandboxFile {
  const b = createHash("sha256").update(`sandbox-bureau:${taxIdDigits}`).digest();
  const at = (i: number) => b[i] ?? 0;
  const value = 300 + (((at(0) << 8) | at(1)) % 551);
  const cards: Tradeline[] = Array.from({ length: 1 + (at(2) % 3) }, (_, i) => {
    const limit = BigInt(1 + (at(3 + i) % 20)) * 500_00n;
    const balance = (limit * BigInt(at(6 + i) % 101)) / 100n;
    return account(on, {
      accountReference: `****5${String(i).padStart(3, "0")}`,
      creditor: `Sandbox Card ${i + 1}`,
      type: "revolving",
      status: "current",
      openedMonthsAgo: 6 + (at(9 + i) % 100),
      balanceMinor: balance,
      creditLimitMinor: limit,
      monthlyPaymentMinor: i === 0 ? null : balance / 40n,
      ...(value < 620
        ? { history: [...Array.from({ length: at(12) % 24 }, () => "current" as const), "late_30"] }
        : {}),
    });
  });
  const codes =
    value < 620
      ? (["18", "10", "02", "08"] as const)
      : value < 700
        ? (["10", "05", "14", "15"] as const)
        : (["14", "15", "05", "09"] as const);
  return {
    score: { ...RANGE, value, factors: factors(codes) },
    tradelines: cards,
    inquiries: Array.from({ length: at(13) % 4 }, (_, i) => ({
      inquiredOn: monthsBefore(on, i + 1),
      subscriber: `Sandbox Lender ${i + 1}`,
    })),
    publicRecords: [],
    fraudAlerts: [],
  };
}

function fileFor(taxIdDigits: string, on: LocalDate): SandboxFile | "frozen" {
  switch (taxIdDigits.slice(3, 5)) {
    case "10":
      return thinFile(on);
    case "20":
      return primeFile(on);
    case "30":
      return subprimeFile(on);
    case "40":
      return fraudAlertFile(on);
    case "50":
      return "frozen";
    default:
      return derivedFile(taxIdDigits, on);
  }
}

/**
 * The deterministic sandbox bureau: no network; the same file for the same tax id and date every time
 * (`SANDBOX_CREDIT_FILES`); a hard pull's report lists its own inquiry. Its raw document carries the full
 * tax id, as a real bureau's does, so the server's handling of raw reports is tested on one.
 *
 * @example
 * (await sandboxCreditBureau.pull({ kind: "soft", …, subject: { …, taxIdDigits: "123300001" } })).outcome; // "completed"
 */
export const sandboxCreditBureau: CreditBureau = {
  name: "sandbox",
  async pull(request: CreditPullRequest) {
    const on = date(request.requestedOn);
    const digits = request.subject.taxIdDigits;
    const providerReference = `sbc_${createHash("sha256").update(`${digits}:${request.requestedOn}:${request.kind}`).digest("hex").slice(0, 24)}`;
    const consumer = { ssn: digits, lastName: request.subject.name.last, dateOfBirth: request.subject.dateOfBirth };
    const file = fileFor(digits, on);
    if (file === "frozen") {
      return {
        outcome: "frozen",
        providerReference,
        raw: JSON.stringify({ status: "frozen", providerReference, consumer }),
      };
    }
    const ownInquiry = request.kind === "hard" ? [{ inquiredOn: on, subscriber: request.inquirer }] : [];
    const report: CreditReport = {
      bureau: "sandbox",
      reportedOn: on,
      currency: "USD",
      subject: { taxIdLast4: digits.slice(-4) },
      ...file,
      inquiries: [...ownInquiry, ...file.inquiries],
    };
    const raw = JSON.stringify({ status: "completed", providerReference, consumer, file: encodeCreditReport(report) });
    return { outcome: "completed", providerReference, report, raw };
  },
};
