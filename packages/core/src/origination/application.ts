/**
 * The data of an application as the borrower fills it in. Every field is optional while the
 * application is a draft; `checkCompleteness` says what is still missing before it can be
 * submitted. Amounts are integers in the currency's minor unit (`bigint`), one `currency` for the
 * whole application.
 *
 * @example
 * const form: ApplicationForm = { productId: "prd_1", amountMinor: 1_500_000n, currency: "USD", numberOfPayments: 36 };
 */
export interface ApplicationForm {
  readonly productId?: string;
  /** Requested amount, minor units. */
  readonly amountMinor?: bigint;
  readonly currency?: string;
  /** The term, as a number of scheduled payments at the product's frequency. */
  readonly numberOfPayments?: number;
  readonly purpose?: string;
  readonly applicants?: ReadonlyArray<ApplicantEntry>;
  readonly collateral?: Collateral;
  readonly debts?: ReadonlyArray<DeclaredDebt>;
  readonly assets?: ReadonlyArray<DeclaredAsset>;
  readonly consents?: ReadonlyArray<Consent>;
  readonly channel?: string;
  readonly referringPartner?: string;
}

/** @example applicantRoles[0] === "primary" */
export const applicantRoles = ["primary", "co_borrower", "guarantor"] as const;
/** @example const role: ApplicantRole = "guarantor"; */
export type ApplicantRole = (typeof applicantRoles)[number];

/** A party on the application and the role it plays. @example const a: ApplicantEntry = { partyId: "pty_1", role: "primary" }; */
export interface ApplicantEntry {
  readonly partyId?: string;
  readonly role?: ApplicantRole;
}

/** @example collateralTypes.includes("none") */
export const collateralTypes = ["vehicle", "real_estate", "none"] as const;
/** @example const type: CollateralType = "vehicle"; */
export type CollateralType = (typeof collateralTypes)[number];

/** A vehicle securing the loan. @example const v: VehicleCollateral = { type: "vehicle", vin: "1M8GDM9AXKP042788" }; */
export interface VehicleCollateral {
  readonly type: "vehicle";
  readonly vin?: string;
  readonly year?: number;
  readonly make?: string;
  readonly model?: string;
  readonly mileage?: number;
  /** Value, minor units of the application's currency. */
  readonly valueMinor?: bigint;
}

/** A postal address; US addresses get state and ZIP checks elsewhere (parties). @example const a: PostalAddress = { line1: "1 Main St", city: "Austin", region: "TX", postalCode: "78701", country: "US" }; */
export interface PostalAddress {
  readonly line1?: string;
  readonly line2?: string;
  readonly city?: string;
  readonly region?: string;
  readonly postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
}

/** @example realEstateOccupancies.includes("primary_residence") */
export const realEstateOccupancies = ["primary_residence", "second_home", "investment"] as const;

/** Real estate securing the loan. @example const r: RealEstateCollateral = { type: "real_estate", propertyType: "single_family" }; */
export interface RealEstateCollateral {
  readonly type: "real_estate";
  readonly address?: PostalAddress;
  readonly propertyType?: string;
  readonly occupancy?: (typeof realEstateOccupancies)[number];
  /** Appraised value, minor units. */
  readonly appraisedValueMinor?: bigint;
}

/** @example const c: Collateral = { type: "none" }; */
export type Collateral = VehicleCollateral | RealEstateCollateral | { readonly type: "none" };

/** A debt the applicants declare. @example const d: DeclaredDebt = { kind: "auto", monthlyPaymentMinor: 45_000n, balanceMinor: 1_200_000n }; */
export interface DeclaredDebt {
  readonly kind?: string;
  readonly creditor?: string;
  /** Outstanding balance, minor units. */
  readonly balanceMinor?: bigint;
  /** Monthly payment, minor units. */
  readonly monthlyPaymentMinor?: bigint;
}

/** An asset the applicants declare. @example const a: DeclaredAsset = { kind: "checking", valueMinor: 500_000n }; */
export interface DeclaredAsset {
  readonly kind?: string;
  readonly description?: string;
  /** Value, minor units. */
  readonly valueMinor?: bigint;
}

/** @example consentTypes.length === 2 */
export const consentTypes = ["credit_report", "electronic_records"] as const;
/** @example const type: ConsentType = "electronic_records"; */
export type ConsentType = (typeof consentTypes)[number];

/**
 * One applicant's consent: to a credit report being obtained (FCRA permissible purpose) or to
 * electronic records (E-SIGN Act § 101(c)), with the disclosure's version, when and from where.
 *
 * @example const c: Consent = { type: "credit_report", partyId: "pty_1", disclosureVersion: "2026-01", acceptedAt: "2026-03-02T14:05:00Z", ipAddress: "203.0.113.7" };
 */
export interface Consent {
  readonly type?: ConsentType;
  readonly partyId?: string;
  readonly disclosureVersion?: string;
  /** UTC instant the applicant agreed. */
  readonly acceptedAt?: string;
  readonly ipAddress?: string;
}
