import type { Metro2Consumer, Metro2EcoaCode, Metro2Person } from "@lendstack/core/credit-reporting";
import { isSameAddress, metro2AddressOf, metro2ConsumerOf } from "@lendstack/core/credit-reporting";
import { formOf } from "../applications/view.js";
import type { ApplicationRow, LoanRow, PartyRow } from "../db/schema/index.js";
import { openPartyPii } from "../parties/sealed-fields.js";
import type { TenantKeys } from "../pii/tenant-keys.js";

/** Why a loan has no consumer to report. */
export type ConsumerSkipReason = "no_borrower_party" | "borrower_not_individual" | "no_reportable_address";

/** The consumers of an account: the primary (with an address) and the co-borrowers and guarantors. */
export type AccountConsumers =
  | {
      readonly ok: true;
      readonly primary: Metro2Consumer & { readonly address: NonNullable<Metro2Consumer["address"]> };
      readonly coBorrowers: Metro2Consumer[];
    }
  | { readonly ok: false; readonly reason: ConsumerSkipReason };

const ECOA_BY_ROLE: Readonly<Record<string, Metro2EcoaCode>> = { co_borrower: "2", guarantor: "5" };

/** The party ids a loan's consumers come from: the borrower and the application's other applicants. */
export function consumerPartyIds(loan: LoanRow, application: ApplicationRow | undefined): string[] {
  const applicants = application === undefined ? [] : (formOf(application).applicants ?? []);
  const borrower = loan.borrowerReference?.startsWith("pty_") ? [loan.borrowerReference] : [];
  return [...borrower, ...applicants.map((applicant) => applicant.partyId)];
}

/** A party as core's `Metro2Person`, its tax id and date of birth opened (never logged). */
function personOf(keys: TenantKeys, row: PartyRow): Metro2Person {
  const profile = row.profile as unknown as Omit<Metro2Person, "taxIdDigits" | "dateOfBirth">;
  const pii = openPartyPii(keys, row);
  return {
    name: profile.name,
    addresses: profile.addresses ?? [],
    phones: profile.phones ?? [],
    taxIdDigits: pii.taxIdDigits,
    ...(pii.dateOfBirth === undefined ? {} : { dateOfBirth: pii.dateOfBirth }),
  };
}

/**
 * The account's consumers. The borrower is the loan's `borrowerReference` when it names a party, else the
 * primary applicant of the application it was funded from; co-borrowers (ECOA 2, and the primary then 2
 * too) and guarantors (ECOA 5) come from that application. A co-borrower at the primary's address goes in
 * a J1 segment, another in a J2 with their address. Only individuals are reported.
 *
 * @example const consumers = accountConsumers(keys, loan, application, partiesById);
 */
export function accountConsumers(
  keys: TenantKeys,
  loan: LoanRow,
  application: ApplicationRow | undefined,
  partiesById: ReadonlyMap<string, PartyRow>,
): AccountConsumers {
  const applicants = application === undefined ? [] : (formOf(application).applicants ?? []);
  const reference = loan.borrowerReference ?? "";
  const borrowerId = partiesById.has(reference)
    ? reference
    : applicants.find((applicant) => applicant.role === "primary")?.partyId;
  const borrower = borrowerId === undefined ? undefined : partiesById.get(borrowerId);
  if (borrower === undefined) return { ok: false, reason: "no_borrower_party" };
  if (borrower.type !== "individual") return { ok: false, reason: "borrower_not_individual" };
  const others = applicants.filter(
    (applicant) => applicant.partyId !== borrowerId && ECOA_BY_ROLE[applicant.role] !== undefined,
  );
  const isJoint = others.some((applicant) => applicant.role === "co_borrower");
  const primary = metro2ConsumerOf(personOf(keys, borrower), isJoint ? "2" : "1", true);
  if (primary.address === undefined) return { ok: false, reason: "no_reportable_address" };
  const coBorrowers: Metro2Consumer[] = [];
  for (const applicant of others) {
    const party = partiesById.get(applicant.partyId);
    if (party?.type !== "individual") continue;
    const person = personOf(keys, party);
    const ownAddress = !isSameAddress(metro2AddressOf(person), primary.address);
    coBorrowers.push(metro2ConsumerOf(person, ECOA_BY_ROLE[applicant.role] ?? "2", ownAddress));
  }
  return { ok: true, primary: { ...primary, address: primary.address }, coBorrowers };
}
