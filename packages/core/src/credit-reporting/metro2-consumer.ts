import type { LocalDate } from "../calendar/index.js";
import type { Metro2Address, Metro2Consumer, Metro2EcoaCode } from "./metro2-input.js";

/** A person as a party record holds them (names and addresses as given, the PII opened). */
export interface Metro2Person {
  readonly name: { readonly first: string; readonly middle?: string; readonly last: string; readonly suffix?: string };
  /** Nine digits (SSN or ITIN). */
  readonly taxIdDigits?: string;
  readonly dateOfBirth?: string;
  readonly addresses: ReadonlyArray<{
    readonly kind: string;
    readonly line1: string;
    readonly line2?: string;
    readonly city: string;
    readonly region?: string;
    readonly postalCode?: string;
    readonly country: string;
  }>;
  /** E.164 numbers; a US one (+1 and ten digits) is reported. */
  readonly phones?: ReadonlyArray<{ readonly number: string }>;
}

const ADDRESS_PREFERENCE = ["residential", "mailing", "previous", "business"];

const GENERATION: Readonly<Record<string, string>> = {
  JR: "J",
  SR: "S",
  II: "2",
  III: "3",
  IV: "4",
  V: "5",
  VI: "6",
  VII: "7",
  VIII: "8",
  IX: "9",
};

/**
 * The address Metro 2 reports: the person's US address, residential first, then mailing, previous,
 * business; undefined when they have no US address with a state and a ZIP.
 *
 * @example metro2AddressOf(person)?.postalCode === "68508"
 */
export function metro2AddressOf(person: Metro2Person): Metro2Address | undefined {
  const us = person.addresses.filter(
    (a) => a.country === "US" && /^[A-Za-z]{2}$/.test(a.region ?? "") && /^\d{5}(-?\d{4})?$/.test(a.postalCode ?? ""),
  );
  const rank = (kind: string) => {
    const at = ADDRESS_PREFERENCE.indexOf(kind);
    return at === -1 ? ADDRESS_PREFERENCE.length : at;
  };
  const chosen = [...us].sort((a, b) => rank(a.kind) - rank(b.kind))[0];
  if (chosen === undefined) return undefined;
  return {
    line1: chosen.line1,
    ...(chosen.line2 === undefined ? {} : { line2: chosen.line2 }),
    city: chosen.city,
    state: (chosen.region ?? "").toUpperCase(),
    postalCode: (chosen.postalCode ?? "").replace("-", ""),
  };
}

/**
 * A consumer segment's data from a person: names (suffix as the generation code: J, S, 2-9), SSN,
 * date of birth, a US phone's ten digits, the ECOA code, and the address when `withAddress`.
 *
 * @example metro2ConsumerOf(person, "1", true).address?.state === "NE"
 */
export function metro2ConsumerOf(person: Metro2Person, ecoaCode: Metro2EcoaCode, withAddress: boolean): Metro2Consumer {
  const generationCode = GENERATION[(person.name.suffix ?? "").replaceAll(".", "").trim().toUpperCase()];
  const phone = (person.phones ?? []).map((p) => /^\+1(\d{10})$/.exec(p.number)?.[1]).find((n) => n !== undefined);
  const address = withAddress ? metro2AddressOf(person) : undefined;
  return {
    surname: person.name.last,
    firstName: person.name.first,
    ...(person.name.middle === undefined ? {} : { middleName: person.name.middle }),
    ...(generationCode === undefined ? {} : { generationCode }),
    ...(person.taxIdDigits === undefined ? {} : { socialSecurityNumber: person.taxIdDigits }),
    ...(person.dateOfBirth === undefined ? {} : { dateOfBirth: person.dateOfBirth as LocalDate }),
    ...(phone === undefined ? {} : { telephoneNumber: phone }),
    ecoaCode,
    ...(address === undefined ? {} : { address }),
  };
}

/**
 * Whether two addresses are the same place (a co-borrower living with the primary is reported in a J1
 * segment, without an address; otherwise in a J2 with theirs).
 *
 * @example isSameAddress(a, a) === true
 */
export function isSameAddress(a: Metro2Address | undefined, b: Metro2Address | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const fold = (address: Metro2Address) =>
    [address.line1, address.line2 ?? "", address.city, address.state, address.postalCode.slice(0, 5)]
      .map((part) => part.trim().toUpperCase().replace(/\s+/g, " "))
      .join("|");
  return fold(a) === fold(b);
}
