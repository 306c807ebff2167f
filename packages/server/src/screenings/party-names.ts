import type { PartyRow } from "../db/schema/index.js";

/** A person's name as the party holds it. */
interface StoredName {
  readonly first?: string;
  readonly middle?: string;
  readonly last?: string;
  readonly suffix?: string;
}

/**
 * The names a party is screened under: a person's full name and first-and-last name, a business's legal
 * and doing-business-as names, and any other names it gave (`otherNames`: aliases, former names). Names
 * are not PII Lendstack seals (tax ids and dates of birth are), so they come from the profile.
 *
 * @example
 * partyNames(row); // ["Ada King Lovelace", "Ada Lovelace"]
 */
export function partyNames(row: Pick<PartyRow, "type" | "profile" | "displayName">): string[] {
  const profile = row.profile as Record<string, unknown>;
  const names: string[] = [];
  if (row.type === "individual") {
    const name = (profile.name ?? {}) as StoredName;
    const parts = [name.first, name.middle, name.last].filter((part): part is string => typeof part === "string");
    names.push(parts.join(" "), [name.first, name.last].filter((part) => typeof part === "string").join(" "));
  } else {
    for (const field of ["legalName", "dbaName"]) {
      const value = profile[field];
      if (typeof value === "string") names.push(value);
    }
  }
  const others = Array.isArray(profile.otherNames) ? profile.otherNames : [];
  for (const other of others) if (typeof other === "string") names.push(other);
  const distinct = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ""))];
  return distinct.length > 0 ? distinct : [row.displayName];
}
