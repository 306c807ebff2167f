import { formatTaxId, maskTaxId, type TaxIdType } from "@lendstack/core/parties";
import type { PartyRow } from "../db/schema/index.js";
import type { PartyBody } from "./response-schemas.js";
import type { PartyPii } from "./sealed-fields.js";

/** What a masked date of birth shows. */
export const MASKED_DATE = "****-**-**";

/** Everything of a party but its tax id and date of birth, as stored in `profile`. */
// biome-ignore lint/suspicious/noExplicitAny: jsonb read back as the shape it was written with
type Profile = Record<string, any>;

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * A party as the API renders it: the tax id masked (`***-**-6789`) and the date of birth hidden unless
 * `revealed` carries them (a `pii:read` token on get or list).
 *
 * @example
 * c.json(toPartyBody(row, undefined), 200);
 */
export function toPartyBody(row: PartyRow, revealed: PartyPii | undefined): PartyBody {
  const profile = row.profile as Profile;
  const taxIdType = row.taxIdType as TaxIdType;
  const common = {
    id: row.id,
    object: "party" as const,
    displayName: row.displayName,
    taxId:
      revealed === undefined ? maskTaxId(taxIdType, row.taxIdLastFour) : formatTaxId(taxIdType, revealed.taxIdDigits),
    piiRevealed: revealed !== undefined,
    hold:
      row.holdReason === null || row.heldAt === null
        ? null
        : { reason: "sanctions_review" as const, since: row.heldAt.toISOString() },
    otherNames: profile.otherNames ?? [],
    addresses: profile.addresses ?? [],
    phones: profile.phones ?? [],
    emails: profile.emails ?? [],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (row.type === "business") {
    return {
      ...common,
      type: "business",
      taxIdType: "ein",
      legalName: profile.legalName,
      dbaName: orNull(profile.dbaName),
      entityType: profile.entityType,
      formationDate: profile.formationDate,
      formationState: profile.formationState,
      naicsCode: orNull(profile.naicsCode),
      beneficialOwners: profile.beneficialOwners ?? [],
      controlPerson: profile.controlPerson,
    };
  }
  return {
    ...common,
    type: "individual",
    taxIdType: taxIdType === "itin" ? "itin" : "ssn",
    name: profile.name,
    dateOfBirth: revealed?.dateOfBirth ?? MASKED_DATE,
    employment: profile.employment ?? [],
    statedAnnualIncome: orNull(profile.statedAnnualIncome),
    currency: orNull(profile.currency),
    citizenship: orNull(profile.citizenship),
    countryOfCitizenship: orNull(profile.countryOfCitizenship),
  };
}
