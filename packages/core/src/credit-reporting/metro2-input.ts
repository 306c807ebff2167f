import type { LocalDate } from "../calendar/index.js";

/**
 * ECOA codes: 1 individual, 2 joint contractual liability, 3 authorized user, 5 co-maker or
 * guarantor, 7 maker, T association terminated, X deceased, W business/commercial, Z delete.
 *
 * @example const ecoa: Metro2EcoaCode = "2";
 */
export type Metro2EcoaCode = "1" | "2" | "3" | "5" | "7" | "T" | "W" | "X" | "Z";

/** @example const address: Metro2Address = { line1: "1 Main St", city: "Austin", state: "TX", postalCode: "78701" }; */
export interface Metro2Address {
  readonly line1: string;
  readonly line2?: string;
  readonly city: string;
  /** Two-letter state code. */
  readonly state: string;
  /** Five or nine digits. */
  readonly postalCode: string;
  readonly countryCode?: string;
  readonly addressIndicator?: string;
  readonly residenceCode?: string;
}

/** A consumer on the account. A co-borrower with an `address` is reported in a J2 segment, without one in J1. */
export interface Metro2Consumer {
  readonly surname: string;
  readonly firstName: string;
  readonly middleName?: string;
  /** J junior, S senior, 2-9. */
  readonly generationCode?: string;
  /** Nine digits. */
  readonly socialSecurityNumber?: string;
  readonly dateOfBirth?: LocalDate;
  /** Ten digits. */
  readonly telephoneNumber?: string;
  readonly ecoaCode: Metro2EcoaCode;
  readonly consumerInformationIndicator?: string;
  readonly address?: Metro2Address;
}

/**
 * One month of payment history: `before-open` (B), `no-data` (D), `zero-balance` (E),
 * `charged-off` (L), or the days past due reported that month (0-6 by 30-day bucket).
 *
 * @example const month: Metro2HistoryMonth = { kind: "reported", daysPastDue: 35 };
 */
export type Metro2HistoryMonth =
  | { readonly kind: "before-open" }
  | { readonly kind: "no-data" }
  | { readonly kind: "zero-balance" }
  | { readonly kind: "charged-off" }
  | { readonly kind: "reported"; readonly daysPastDue: number };

/**
 * Where the account stands at month end: open (status by days past due), paid (13), charged off
 * (97), or paid in full after a charge-off (64).
 *
 * @example const standing: Metro2Standing = "open";
 */
export type Metro2Standing = "open" | "paid" | "charged-off" | "paid-after-charge-off";

/**
 * A loan's month-end state, as the server maps it from its snapshots. Amounts are USD cents and
 * are reported in whole dollars, cents dropped (rounding mode `down`).
 *
 * @example see `metro2-fixtures.ts`
 */
export interface Metro2AccountState {
  readonly accountNumber: string;
  /** I installment, M mortgage, R revolving, C line of credit, O open. */
  readonly portfolioType: "I" | "M" | "R" | "C" | "O";
  /** Two characters, e.g. "01" unsecured, "00" auto. */
  readonly accountType: string;
  readonly dateOpened: LocalDate;
  readonly dateOfAccountInformation: LocalDate;
  readonly creditLimitMinor?: bigint;
  /** Installment: the original loan amount. */
  readonly highestCreditMinor: bigint;
  readonly termsDurationMonths: number;
  /** M monthly, W weekly, B biweekly, E semimonthly, Q quarterly, T tri-annually, S semiannually, Y yearly, D deferred, P single payment. */
  readonly termsFrequency: "M" | "W" | "B" | "E" | "Q" | "T" | "S" | "Y" | "D" | "P";
  readonly scheduledMonthlyPaymentMinor: bigint;
  readonly actualPaymentMinor: bigint;
  readonly standing: Metro2Standing;
  /** Days past due at month end; for a paid account, when it was paid. */
  readonly daysPastDue: number;
  /** Up to 24 months before the date of account information, most recent first. */
  readonly paymentHistory: ReadonlyArray<Metro2HistoryMonth>;
  readonly specialComment?: string;
  /** e.g. XB: disputed, under investigation; XR removes an earlier code. */
  readonly complianceConditionCode?: Metro2ComplianceConditionCode;
  readonly currentBalanceMinor: bigint;
  readonly amountPastDueMinor: bigint;
  readonly originalChargeOffMinor?: bigint;
  readonly dateOfFirstDelinquency?: LocalDate;
  readonly dateClosed?: LocalDate;
  readonly dateOfLastPayment?: LocalDate;
  /** F fixed, V variable. */
  readonly interestTypeIndicator?: "F" | "V";
  readonly primary: Metro2Consumer & { readonly address: Metro2Address };
  readonly coBorrowers?: ReadonlyArray<Metro2Consumer>;
}

/**
 * Compliance condition codes (FCRA disputes and Fair Credit Billing Act).
 *
 * @example metro2ComplianceConditionCodes.includes("XB")
 */
export const metro2ComplianceConditionCodes = ["XA", "XB", "XC", "XD", "XE", "XF", "XG", "XH", "XJ", "XR"] as const;
export type Metro2ComplianceConditionCode = (typeof metro2ComplianceConditionCodes)[number];

/** The furnisher and the file. */
export interface Metro2FileHeaderInput {
  /** Furnisher identification number given by the bureaus (base segment field 4), up to 20 characters. */
  readonly identificationNumber: string;
  readonly cycleIdentifier?: string;
  readonly innovisProgramIdentifier?: string;
  readonly equifaxProgramIdentifier?: string;
  readonly experianProgramIdentifier?: string;
  readonly transUnionProgramIdentifier?: string;
  /** The reporting period's date (month end). */
  readonly activityDate: LocalDate;
  readonly dateCreated: LocalDate;
  readonly programDate?: LocalDate;
  readonly programRevisionDate?: LocalDate;
  readonly reporterName: string;
  readonly reporterAddress: string;
  readonly reporterTelephoneNumber?: string;
  readonly softwareVendorName?: string;
  readonly softwareVersionNumber?: string;
}
