import type { TaxIdType } from "./tax-id.js";

/** A postal address; `region` is the state code and `postalCode` the ZIP when `country` is `US`. */
export interface AddressInput {
  readonly kind: "residential" | "mailing" | "business" | "previous";
  readonly line1: string;
  readonly line2?: string | undefined;
  readonly city: string;
  readonly region?: string | undefined;
  readonly postalCode?: string | undefined;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** How long the party has lived (or been) at this address. */
  readonly monthsAtAddress?: number | undefined;
}

/** A job or other source of income; amounts in minor units of the party's `currency`. */
export interface EmploymentInput {
  readonly status: "employed" | "self-employed" | "retired" | "unemployed" | "student" | "other";
  readonly employerName?: string | undefined;
  readonly occupation?: string | undefined;
  readonly startDate?: string | undefined;
  readonly endDate?: string | undefined;
  readonly annualIncome?: number | undefined;
}

/** What an individual party is created with (dates `YYYY-MM-DD`). @example const input: IndividualInput = { … }; */
export interface IndividualInput {
  readonly type: "individual";
  readonly name: {
    readonly first: string;
    readonly middle?: string | undefined;
    readonly last: string;
    readonly suffix?: string | undefined;
  };
  readonly dateOfBirth: string;
  readonly taxIdType: Extract<TaxIdType, "ssn" | "itin">;
  readonly taxId: string;
  readonly addresses: ReadonlyArray<AddressInput>;
  readonly employment?: ReadonlyArray<EmploymentInput> | undefined;
  readonly statedAnnualIncome?: number | undefined;
  readonly currency?: string | undefined;
  readonly citizenship?: string | undefined;
  readonly countryOfCitizenship?: string | undefined;
}

/** A beneficial owner: an individual party owning `ownershipPercent` (a decimal string, 25 to 100). */
export interface BeneficialOwnerInput {
  readonly partyId: string;
  readonly ownershipPercent: string;
}

/** What a business party is created with. @example const input: BusinessInput = { … }; */
export interface BusinessInput {
  readonly type: "business";
  readonly legalName: string;
  readonly dbaName?: string | undefined;
  readonly taxIdType: "ein";
  readonly taxId: string;
  readonly entityType: string;
  readonly formationDate: string;
  readonly formationState: string;
  readonly naicsCode?: string | undefined;
  readonly addresses: ReadonlyArray<AddressInput>;
  readonly beneficialOwners: ReadonlyArray<BeneficialOwnerInput>;
  readonly controlPerson: { readonly partyId: string; readonly title: string };
}

/** Either kind of party. @example if (input.type === "business") … */
export type PartyInput = IndividualInput | BusinessInput;
