// A sanctions list as screening reads it: entries with their aliases and addresses.

/** What an entry is: OFAC's SDN_Type (`-0-` on the list, an entity, is written `entity` here). */
export type SanctionsEntryType = "individual" | "entity" | "vessel" | "aircraft";

/** Another name of an entry: OFAC's alt.csv row. */
export interface SanctionsAlias {
  /** OFAC's `alt_num`, as text. */
  readonly id: string;
  /** `aka`, `fka` (formerly) or `nka` (now known as). */
  readonly type: string;
  readonly name: string;
  /** OFAC's `alt_remarks` (e.g. "a.k.a. weak"), or null. */
  readonly remarks: string | null;
}

/** An address of an entry: OFAC's add.csv row; any part may be null. */
export interface SanctionsAddress {
  /** OFAC's `add_num`, as text. */
  readonly id: string;
  readonly address: string | null;
  readonly cityStateProvincePostalCode: string | null;
  readonly country: string | null;
  readonly remarks: string | null;
}

/** One listed person, entity, vessel or aircraft: OFAC's sdn.csv row with its aliases and addresses. */
export interface SanctionsEntry {
  /** OFAC's `ent_num`, as text. */
  readonly id: string;
  /** The listed name, as published ("LAST, First" for individuals). */
  readonly name: string;
  readonly type: SanctionsEntryType;
  /** The sanctions programs (SDGT, IRAN, RUSSIA-EO14024, …). */
  readonly programs: ReadonlyArray<string>;
  readonly title: string | null;
  readonly remarks: string | null;
  readonly aliases: ReadonlyArray<SanctionsAlias>;
  readonly addresses: ReadonlyArray<SanctionsAddress>;
}
