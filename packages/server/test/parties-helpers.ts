import { expect } from "vitest";
import { json } from "./helpers/products.js";
import type { TestApp } from "./helpers/test-app.js";

/** A valid individual living in Nebraska (age of majority 19); `overrides` replace top-level fields. */
export function individual(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "individual",
    name: { first: "Ada", last: "Lovelace" },
    dateOfBirth: "1985-06-15",
    taxIdType: "ssn",
    taxId: "123-45-6789",
    addresses: [
      {
        kind: "residential",
        line1: "1 Main St",
        city: "Lincoln",
        region: "NE",
        postalCode: "68508",
        country: "US",
        monthsAtAddress: 30,
      },
    ],
    phones: [{ kind: "mobile", number: "+14025550123" }],
    emails: [{ kind: "personal", address: "ada@example.com" }],
    employment: [
      { status: "employed", employerName: "Analytical Engines LLC", startDate: "2019-04-01", annualIncome: 8_500_000 },
    ],
    statedAnnualIncome: 8_500_000,
    currency: "USD",
    citizenship: "us-citizen",
    ...overrides,
  };
}

/** A valid Delaware LLC owned by `owners` (50% and 30%), controlled by the first. */
export function business(
  owners: ReadonlyArray<string>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: "business",
    legalName: "Analytical Engines LLC",
    dbaName: "Engines",
    taxIdType: "ein",
    taxId: "12-3456789",
    entityType: "llc",
    formationDate: "2015-01-20",
    formationState: "DE",
    naicsCode: "522291",
    addresses: [
      { kind: "business", line1: "2 Market St", city: "Wilmington", region: "DE", postalCode: "19801", country: "US" },
    ],
    beneficialOwners: owners.map((partyId, index) => ({ partyId, ownershipPercent: index === 0 ? "50" : "30" })),
    controlPerson: { partyId: owners[0], title: "CEO" },
    ...overrides,
  };
}

/** Creates a party (expects 201) and returns the response body. */
export async function createParty(api: TestApp, token: string, body: Record<string, unknown>) {
  const response = await api.call("POST", "/v1/parties", { token, body });
  const created = await json(response);
  expect(response.status, JSON.stringify(created)).toBe(201);
  return created;
}
