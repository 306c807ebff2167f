import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ApplicationRow, LoanRow, PartyRow } from "../db/schema/index.js";
import { sealPartyPii } from "../parties/sealed-fields.js";
import type { TenantKeys } from "../pii/tenant-keys.js";
import { accountConsumers, consumerPartyIds } from "./consumers.js";

const A = "pty_01JGFJJZ0000000000000000AA";
const B = "pty_01JGFJJZ0000000000000000BB";
const C = "pty_01JGFJJZ0000000000000000CC";
const BIZ = "pty_01JGFJJZ0000000000000000DD";
const keys: TenantKeys = { tenantId: "t", encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
const home = {
  kind: "residential",
  line1: "1 Main St",
  city: "Lincoln",
  region: "NE",
  postalCode: "68508",
  country: "US",
};

function party(id: string, last: string, taxId: string, overrides: Partial<PartyRow> = {}, address = home): PartyRow {
  return {
    tenantId: "t",
    id,
    type: "individual",
    taxIdType: "ssn",
    ...sealPartyPii(keys, id, { taxIdDigits: taxId, dateOfBirth: "1985-06-15" }),
    taxIdHash: "h",
    taxIdLastFour: taxId.slice(-4),
    nameBirthHash: null,
    displayName: last,
    profile: { name: { first: "Pat", last }, addresses: [address], phones: [] },
    holdReason: null,
    heldAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  };
}

const parties = new Map<string, PartyRow>([
  [A, party(A, "Primary", "123456781")],
  [B, party(B, "Cosigner", "123456782", {}, { ...home, line1: "9 Oak Ave", city: "Omaha", postalCode: "68102" })],
  [C, party(C, "Guarantor", "123456783")],
  [BIZ, party(BIZ, "Engines LLC", "123456784", { type: "business" })],
]);
const application = {
  id: "app_1",
  form: {
    applicants: [
      { partyId: A, role: "primary" },
      { partyId: B, role: "co_borrower" },
      { partyId: C, role: "guarantor" },
    ],
  },
} as unknown as ApplicationRow;
const loan = (borrowerReference: string | null) =>
  ({ id: "loan_1", borrowerReference, applicationId: "app_1" }) as unknown as LoanRow;

describe("accountConsumers", () => {
  it("takes the application's primary, a co-borrower elsewhere in J2 (ECOA 2) and a guarantor at home in J1 (ECOA 5)", () => {
    expect(consumerPartyIds(loan("ext-42"), application)).toEqual([A, B, C]);
    const consumers = accountConsumers(keys, loan("ext-42"), application, parties);
    if (!consumers.ok) throw new Error(consumers.reason);
    expect(consumers.primary).toMatchObject({ surname: "Primary", ecoaCode: "2", socialSecurityNumber: "123456781" });
    expect(consumers.coBorrowers).toEqual([
      expect.objectContaining({
        surname: "Cosigner",
        ecoaCode: "2",
        address: expect.objectContaining({ city: "Omaha" }),
      }),
      expect.objectContaining({ surname: "Guarantor", ecoaCode: "5", dateOfBirth: "1985-06-15" }),
    ]);
    expect(consumers.coBorrowers[1]?.address).toBeUndefined();
  });

  it("prefers the borrower party the loan names, and skips a loan without a reportable individual", () => {
    const named = accountConsumers(keys, loan(C), undefined, parties);
    expect(named.ok && named.primary).toMatchObject({ surname: "Guarantor", ecoaCode: "1" });
    expect(accountConsumers(keys, loan(null), undefined, parties)).toEqual({ ok: false, reason: "no_borrower_party" });
    expect(accountConsumers(keys, loan(BIZ), undefined, parties)).toEqual({
      ok: false,
      reason: "borrower_not_individual",
    });
    const abroad = new Map([[A, party(A, "Primary", "123456781", {}, { ...home, country: "GB" })]]);
    expect(accountConsumers(keys, loan(A), undefined, abroad)).toEqual({
      ok: false,
      reason: "no_reportable_address",
    });
  });
});
