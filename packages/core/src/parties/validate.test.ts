import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import type { BusinessInput, IndividualInput } from "./party-input.js";
import { percentHundredths, validateBusiness } from "./validate-business.js";
import { validateIndividual } from "./validate-individual.js";

const asOf = date("2026-12-03");

const person: IndividualInput = {
  type: "individual",
  name: { first: "Ada", last: "Lovelace" },
  dateOfBirth: "1985-06-15",
  taxIdType: "ssn",
  taxId: "123-45-6789",
  addresses: [
    { kind: "residential", line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  ],
  statedAnnualIncome: 8_500_000,
  currency: "USD",
};

const business: BusinessInput = {
  type: "business",
  legalName: "Analytical Engines LLC",
  taxIdType: "ein",
  taxId: "12-3456789",
  entityType: "llc",
  formationDate: "2015-01-20",
  formationState: "DE",
  naicsCode: "522291",
  addresses: [
    {
      kind: "business",
      line1: "2 Market St",
      city: "Wilmington",
      region: "DE",
      postalCode: "19801-1234",
      country: "US",
    },
  ],
  beneficialOwners: [
    { partyId: "pty_a", ownershipPercent: "50" },
    { partyId: "pty_b", ownershipPercent: "25.5" },
  ],
  controlPerson: { partyId: "pty_a", title: "CEO" },
};

const codesAt = (issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>) =>
  issues.map((found) => `${found.path.join("/")}:${found.code}`);

describe("validateIndividual", () => {
  it("accepts a complete individual", () => {
    expect(validateIndividual(person, asOf)).toEqual([]);
  });

  it("lists every bad field at once", () => {
    const bad: IndividualInput = {
      ...person,
      dateOfBirth: "2030-01-01",
      taxId: "666-00-0000",
      addresses: [
        { kind: "residential", line1: "1 Main St", city: "Lincoln", region: "XX", postalCode: "685", country: "US" },
        { kind: "mailing", line1: "10 Downing St", city: "London", postalCode: "SW1A 2AA", country: "GB" },
      ],
      employment: [{ status: "employed", startDate: "2020-05-01", endDate: "2019-01-01", annualIncome: 100 }],
      currency: undefined,
    };
    expect(codesAt(validateIndividual(bad, asOf))).toEqual([
      "dateOfBirth:date_in_future",
      "taxId:invalid_ssn_area",
      "taxId:invalid_ssn_group",
      "taxId:invalid_ssn_serial",
      "addresses/0/region:invalid_us_state",
      "addresses/0/postalCode:invalid_us_zip",
      "employment/0/endDate:end_before_start",
      "currency:currency_required",
    ]);
  });

  it("applies the age of majority of the state of residence", () => {
    const eighteen = { ...person, dateOfBirth: "2008-06-01" };
    expect(codesAt(validateIndividual(eighteen, asOf))).toEqual(["dateOfBirth:under_age_of_majority"]);
    const inTexas = { ...eighteen, addresses: [{ ...person.addresses[0]!, region: "TX", postalCode: "73301" }] };
    expect(validateIndividual(inTexas, asOf)).toEqual([]);
    const abroad = {
      ...eighteen,
      addresses: [{ kind: "residential" as const, line1: "x", city: "Paris", country: "FR" }],
    };
    expect(validateIndividual(abroad, asOf)).toEqual([]);
  });

  it("refuses a date that does not exist and one over 130 years back", () => {
    expect(codesAt(validateIndividual({ ...person, dateOfBirth: "1990-02-30" }, asOf))).toEqual([
      "dateOfBirth:invalid_date",
    ]);
    expect(codesAt(validateIndividual({ ...person, dateOfBirth: "1890-01-01" }, asOf))).toEqual([
      "dateOfBirth:implausible_date_of_birth",
    ]);
  });

  it("checks an ITIN against the ITIN ranges", () => {
    expect(validateIndividual({ ...person, taxIdType: "itin", taxId: "912-70-1234" }, asOf)).toEqual([]);
    expect(codesAt(validateIndividual({ ...person, taxIdType: "itin", taxId: "123-45-6789" }, asOf))).toEqual([
      "taxId:invalid_itin_area",
      "taxId:invalid_itin_group",
    ]);
  });
});

describe("validateBusiness", () => {
  it("accepts a complete business", () => {
    expect(validateBusiness(business, asOf)).toEqual([]);
  });

  it("lists every bad field at once, owners included (CDD rule: 25% each, 100% in all)", () => {
    const bad: BusinessInput = {
      ...business,
      taxId: "07-1234567",
      formationDate: "2027-01-01",
      formationState: "ZZ",
      naicsCode: "99",
      beneficialOwners: [
        { partyId: "pty_a", ownershipPercent: "60" },
        { partyId: "pty_b", ownershipPercent: "24.99" },
        { partyId: "pty_c", ownershipPercent: "30" },
        { partyId: "pty_a", ownershipPercent: "25.123" },
      ],
    };
    expect(codesAt(validateBusiness(bad, asOf))).toEqual([
      "taxId:invalid_ein_prefix",
      "formationDate:date_in_future",
      "formationState:invalid_us_state",
      "naicsCode:invalid_naics_code",
      "beneficialOwners/1/ownershipPercent:below_ownership_threshold",
      "beneficialOwners/3/partyId:duplicate_owner",
      "beneficialOwners/3/ownershipPercent:invalid_percent",
      "beneficialOwners:ownership_over_100",
    ]);
  });

  it("accepts owners totalling exactly 100% and refuses 100.01%", () => {
    const owners = (second: string) => [
      { partyId: "pty_a", ownershipPercent: "50" },
      { partyId: "pty_b", ownershipPercent: second },
    ];
    expect(validateBusiness({ ...business, beneficialOwners: owners("50.00") }, asOf)).toEqual([]);
    expect(codesAt(validateBusiness({ ...business, beneficialOwners: owners("50.01") }, asOf))).toEqual([
      "beneficialOwners:ownership_over_100",
    ]);
  });

  it("reads percents exactly in hundredths", () => {
    expect(percentHundredths("33.33")).toBe(3333);
    expect(percentHundredths("25.5")).toBe(2550);
    expect(percentHundredths("100")).toBe(10_000);
    expect(percentHundredths("1e2")).toBeUndefined();
    expect(percentHundredths("-25")).toBeUndefined();
  });
});
