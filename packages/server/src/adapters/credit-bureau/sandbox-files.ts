import { addMonths, type LocalDate } from "@lendstack/core/calendar";
import type {
  CreditInquiry,
  CreditScore,
  FraudAlert,
  PaymentHistoryCode,
  PublicRecord,
  Tradeline,
} from "@lendstack/core/credit-reporting";

// The sandbox bureau's files: realistic, fixed, dated back from the pull's date. Amounts in cents (USD).

/** What a sandbox file holds (the report's date, subject and the pull's own inquiry are added per pull). */
export interface SandboxFile {
  readonly score: CreditScore | null;
  readonly tradelines: ReadonlyArray<Tradeline>;
  readonly inquiries: ReadonlyArray<CreditInquiry>;
  readonly publicRecords: ReadonlyArray<PublicRecord>;
  readonly fraudAlerts: ReadonlyArray<FraudAlert>;
}

export const RANGE = { model: "sandbox-score-v1", rangeLow: 300, rangeHigh: 850 };

/** Score factor codes and statements in the style of the bureaus' reason codes. */
export const SANDBOX_SCORE_FACTORS = {
  "02": "Level of delinquency on accounts",
  "08": "Too many inquiries last 12 months",
  "10": "Proportion of balances to credit limits on revolving accounts is too high",
  "14": "Length of time accounts have been established",
  "18": "Number of accounts with delinquency",
  "20": "Length of time since derogatory public record or collection is too short",
  "05": "Too many accounts with balances",
  "09": "Too few accounts currently paid as agreed",
  "15": "Lack of recent revolving account information",
} as const;

type FactorCode = keyof typeof SANDBOX_SCORE_FACTORS;

/** @example factors(["18", "10"]) */
export function factors(codes: ReadonlyArray<FactorCode>): CreditScore["factors"] {
  return codes.map((code) => ({ code, description: SANDBOX_SCORE_FACTORS[code], isInquiries: code === "08" }));
}

export const current = (months = 24): PaymentHistoryCode[] => Array.from({ length: months }, () => "current");
export const monthsBefore = (on: LocalDate, months: number) => addMonths(on, -months);

/** One account, its history most recent first. @example account(on, { … }) */
export function account(
  on: LocalDate,
  fields: Omit<Tradeline, "openedOn" | "paymentHistory"> & {
    readonly openedMonthsAgo: number;
    readonly history?: ReadonlyArray<PaymentHistoryCode>;
  },
): Tradeline {
  const { openedMonthsAgo, history, ...rest } = fields;
  return {
    ...rest,
    openedOn: monthsBefore(on, openedMonthsAgo),
    paymentHistory: history ?? current(Math.min(24, openedMonthsAgo)),
  };
}

/** Test file 10: one secured card opened four months ago; too thin to score. */
export function thinFile(on: LocalDate): SandboxFile {
  return {
    score: null,
    tradelines: [
      account(on, {
        accountReference: "****4410",
        creditor: "Sandbox Secured Card",
        type: "revolving",
        status: "current",
        openedMonthsAgo: 4,
        balanceMinor: 120_00n,
        creditLimitMinor: 500_00n,
        monthlyPaymentMinor: 25_00n,
      }),
    ],
    inquiries: [],
    publicRecords: [],
    fraudAlerts: [],
  };
}

/** Test file 20: score 780; mortgage, auto loan, two cards at 10% utilization, all paid as agreed. */
export function primeFile(on: LocalDate): SandboxFile {
  return {
    score: { ...RANGE, value: 780, factors: factors(["14", "10", "05", "15"]) },
    tradelines: [
      account(on, {
        accountReference: "****2001",
        creditor: "Sandbox Home Loans",
        type: "mortgage",
        status: "current",
        openedMonthsAgo: 84,
        balanceMinor: 245_000_00n,
        creditLimitMinor: 300_000_00n,
        monthlyPaymentMinor: 1_650_00n,
      }),
      account(on, {
        accountReference: "****2002",
        creditor: "Sandbox Auto Finance",
        type: "installment",
        status: "current",
        openedMonthsAgo: 30,
        balanceMinor: 12_400_00n,
        creditLimitMinor: 28_000_00n,
        monthlyPaymentMinor: 385_00n,
      }),
      account(on, {
        accountReference: "****2003",
        creditor: "Sandbox Rewards Card",
        type: "revolving",
        status: "current",
        openedMonthsAgo: 120,
        balanceMinor: 1_200_00n,
        creditLimitMinor: 10_000_00n,
        monthlyPaymentMinor: 35_00n,
      }),
      account(on, {
        accountReference: "****2004",
        creditor: "Sandbox Store Card",
        type: "revolving",
        status: "current",
        openedMonthsAgo: 60,
        balanceMinor: 300_00n,
        creditLimitMinor: 5_000_00n,
        monthlyPaymentMinor: 25_00n,
      }),
    ],
    inquiries: [{ inquiredOn: monthsBefore(on, 4), subscriber: "Sandbox Auto Finance" }],
    publicRecords: [],
    fraudAlerts: [],
  };
}

const late = (...recent: PaymentHistoryCode[]): PaymentHistoryCode[] => [...recent, ...current(24 - recent.length)];

/** Test file 30: score 560; near-maxed cards, a delinquent auto loan, a collection, a charge-off, a judgment. */
export function subprimeFile(on: LocalDate): SandboxFile {
  return {
    score: { ...RANGE, value: 560, factors: factors(["18", "10", "02", "08", "20"]) },
    tradelines: [
      account(on, {
        accountReference: "****3001",
        creditor: "Sandbox Platinum Card",
        type: "revolving",
        status: "current",
        openedMonthsAgo: 40,
        balanceMinor: 2_850_00n,
        creditLimitMinor: 3_000_00n,
        monthlyPaymentMinor: 95_00n,
        history: late("current", "late_30", "current", "late_60", "late_30"),
      }),
      account(on, {
        accountReference: "****3002",
        creditor: "Sandbox Retail Card",
        type: "revolving",
        status: "current",
        openedMonthsAgo: 28,
        balanceMinor: 1_900_00n,
        creditLimitMinor: 2_000_00n,
        monthlyPaymentMinor: null,
      }),
      account(on, {
        accountReference: "****3003",
        creditor: "Sandbox Auto Credit",
        type: "installment",
        status: "delinquent",
        openedMonthsAgo: 26,
        balanceMinor: 8_200_00n,
        creditLimitMinor: 15_000_00n,
        monthlyPaymentMinor: 340_00n,
        history: late("late_30", "late_90", "late_60", "late_30"),
      }),
      account(on, {
        accountReference: "****3004",
        creditor: "Sandbox Medical Collections",
        type: "open",
        status: "collection",
        openedMonthsAgo: 9,
        balanceMinor: 640_00n,
        creditLimitMinor: null,
        monthlyPaymentMinor: null,
        history: late("collection", "collection", "collection"),
      }),
      account(on, {
        accountReference: "****3005",
        creditor: "Sandbox Bank Card",
        type: "revolving",
        status: "charged_off",
        openedMonthsAgo: 50,
        balanceMinor: 1_450_00n,
        creditLimitMinor: 1_500_00n,
        monthlyPaymentMinor: null,
        history: late("charge_off", "late_180", "late_150", "late_120", "late_90", "late_60", "late_30"),
      }),
    ],
    inquiries: [
      { inquiredOn: monthsBefore(on, 1), subscriber: "Sandbox Payday Co" },
      { inquiredOn: monthsBefore(on, 2), subscriber: "Sandbox Card Services" },
      { inquiredOn: monthsBefore(on, 3), subscriber: "Sandbox Auto Credit" },
      { inquiredOn: monthsBefore(on, 5), subscriber: "Sandbox Personal Loans" },
    ],
    publicRecords: [{ type: "civil_judgment", filedOn: monthsBefore(on, 20), status: "filed", amountMinor: 2_300_00n }],
    fraudAlerts: [],
  };
}

/** Test file 40: the prime file with an initial fraud alert placed two months ago (one year long). */
export function fraudAlertFile(on: LocalDate): SandboxFile {
  const placedOn = monthsBefore(on, 2);
  return {
    ...primeFile(on),
    fraudAlerts: [{ type: "initial", placedOn, expiresOn: addMonths(placedOn, 12), contactPhone: "+1 555 010 0140" }],
  };
}
