import type { LocalDate } from "../calendar/index.js";

// A consumer credit report as a bureau returns it, normalised: the same shape whichever bureau (or the
// sandbox) answered. Money is bigint minor units of the report's `currency`.

/**
 * The permissible purposes of FCRA § 604 (15 U.S.C. 1681b(a)) a report may be obtained for: a court order
 * (a)(1), the consumer's written instructions (a)(2), a credit transaction the consumer applied for or an
 * account's review or collection (a)(3)(A), employment (a)(3)(B), insurance underwriting (a)(3)(C), a
 * government license or benefit (a)(3)(D), an investor's or insurer's valuation of an obligation (a)(3)(E),
 * a legitimate business need in a transaction the consumer initiated (a)(3)(F)(i) or to review an account
 * (a)(3)(F)(ii), and a child support agency's request (a)(4)-(5).
 *
 * @see 15 U.S.C. 1681b(a)
 * @example permissiblePurposes.includes("credit_transaction") // true
 */
export const permissiblePurposes = [
  "court_order",
  "written_instructions",
  "credit_transaction",
  "account_review",
  "employment",
  "insurance_underwriting",
  "government_license_or_benefit",
  "investor_valuation",
  "legitimate_business_need",
  "child_support",
] as const;
/** @example const purpose: PermissiblePurpose = "credit_transaction"; */
export type PermissiblePurpose = (typeof permissiblePurposes)[number];

/** A soft pull (no inquiry other lenders see) or a hard pull (an inquiry on the file). @example "hard" */
export type PullKind = "soft" | "hard";

/** Metro 2 portfolio types: revolving (R), installment (I), mortgage (M), open (O), line of credit (C). */
export const tradelineTypes = ["revolving", "installment", "mortgage", "open", "line_of_credit"] as const;
/** @example const type: TradelineType = "revolving"; */
export type TradelineType = (typeof tradelineTypes)[number];

/** Where an account stands now. @example const status: TradelineStatus = "charged_off"; */
export const tradelineStatuses = ["current", "delinquent", "charged_off", "collection", "paid", "closed"] as const;
/** @example const status: TradelineStatus = "current"; */
export type TradelineStatus = (typeof tradelineStatuses)[number];

/** One month of an account's payment history: on time, days late, charged off, in collection, or not reported. */
export const paymentHistoryCodes = [
  "current",
  "late_30",
  "late_60",
  "late_90",
  "late_120",
  "late_150",
  "late_180",
  "charge_off",
  "collection",
  "no_data",
] as const;
/** @example const month: PaymentHistoryCode = "late_30"; */
export type PaymentHistoryCode = (typeof paymentHistoryCodes)[number];

/** The longest payment history a report carries: 24 months (Metro 2's payment history profile). */
export const paymentHistoryMonths = 24;

/** One account on the file. */
export interface Tradeline {
  /** The bureau's masked account reference, e.g. `****1234`. */
  readonly accountReference: string;
  readonly creditor: string;
  readonly type: TradelineType;
  readonly status: TradelineStatus;
  readonly openedOn: LocalDate;
  /** Balance owed, minor units. */
  readonly balanceMinor: bigint;
  /** Credit limit (revolving, lines) or original amount; null when the bureau reports none. Minor units. */
  readonly creditLimitMinor: bigint | null;
  /** Scheduled monthly payment; null when none is reported. Minor units. */
  readonly monthlyPaymentMinor: bigint | null;
  /** Most recent month first, at most {@link paymentHistoryMonths}. */
  readonly paymentHistory: ReadonlyArray<PaymentHistoryCode>;
}

/** A hard inquiry another lender (or this one) made. */
export interface CreditInquiry {
  readonly inquiredOn: LocalDate;
  readonly subscriber: string;
}

/** @example const type: PublicRecordType = "bankruptcy_chapter_7"; */
export const publicRecordTypes = [
  "bankruptcy_chapter_7",
  "bankruptcy_chapter_13",
  "civil_judgment",
  "tax_lien",
] as const;
/** @example const type: PublicRecordType = "tax_lien"; */
export type PublicRecordType = (typeof publicRecordTypes)[number];

/** A public record on the file (bankruptcy, judgment, lien). */
export interface PublicRecord {
  readonly type: PublicRecordType;
  readonly filedOn: LocalDate;
  readonly status: "filed" | "discharged" | "dismissed" | "satisfied";
  /** Minor units; null when none is stated. */
  readonly amountMinor: bigint | null;
}

/** FCRA § 605A alerts: initial (1 year), extended (7 years), active duty (1 year). */
export const fraudAlertTypes = ["initial", "extended", "active_duty"] as const;
/** @example const type: FraudAlertType = "initial"; */
export type FraudAlertType = (typeof fraudAlertTypes)[number];

/** A fraud alert: the creditor must verify the consumer's identity before extending credit (§ 605A(h)). */
export interface FraudAlert {
  readonly type: FraudAlertType;
  readonly placedOn: LocalDate;
  readonly expiresOn: LocalDate;
  /** The number the consumer asked to be called at, when given. */
  readonly contactPhone: string | null;
}

/** One reason code behind the score, most important first. */
export interface ScoreFactor {
  readonly code: string;
  readonly description: string;
  /** This factor is the number of inquiries (FCRA § 609(f)(1)(C) asks it disclosed when it is a key factor). */
  readonly isInquiries: boolean;
}

/** The bureau's credit score with its range and the factors that most hurt it. */
export interface CreditScore {
  readonly model: string;
  readonly value: number;
  readonly rangeLow: number;
  readonly rangeHigh: number;
  readonly factors: ReadonlyArray<ScoreFactor>;
}

/**
 * A normalised consumer credit report. `score` is null on a file too thin to score.
 *
 * @example
 * const report: CreditReport = { bureau: "sandbox", reportedOn: date("2026-03-02"), currency: "USD", subject: { taxIdLast4: "0102" }, score: null, tradelines: [], inquiries: [], publicRecords: [], fraudAlerts: [] };
 */
export interface CreditReport {
  readonly bureau: string;
  readonly reportedOn: LocalDate;
  /** ISO 4217 code of every amount. */
  readonly currency: string;
  /** Who the file belongs to: never the full tax id. */
  readonly subject: { readonly taxIdLast4: string };
  readonly score: CreditScore | null;
  readonly tradelines: ReadonlyArray<Tradeline>;
  readonly inquiries: ReadonlyArray<CreditInquiry>;
  readonly publicRecords: ReadonlyArray<PublicRecord>;
  readonly fraudAlerts: ReadonlyArray<FraudAlert>;
}
