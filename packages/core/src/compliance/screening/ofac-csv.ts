// OFAC's legacy SDN files (sdn.csv, alt.csv, add.csv) read into sanctions entries.

import { fail, ok, type Result } from "../../errors/index.js";
import type { SanctionsAddress, SanctionsAlias, SanctionsEntry, SanctionsEntryType } from "./sanctions-list.js";

/** The three files as text, as downloaded from OFAC (`add` may be left out). */
export interface OfacSdnFiles {
  readonly sdn: string;
  readonly alt: string;
  readonly add?: string;
}

/** A row OFAC's files should not have: which file, which line (1-based) and what is wrong. */
export interface OfacFileIssue {
  readonly file: "sdn.csv" | "alt.csv" | "add.csv";
  readonly line: number;
  readonly message: string;
}

/** Fields of each file, in order (the files have no header row). @see OFAC, "SDN Data Specification" (dat_spec.txt). */
const FIELD_COUNTS = { "sdn.csv": 12, "alt.csv": 5, "add.csv": 6 } as const;

/**
 * Rows of a comma-separated file: fields optionally double-quoted (a quote inside written twice), rows
 * ended by CRLF or LF; the DOS end-of-file mark (0x1A) OFAC appends, and blank lines, are skipped. Each
 * row carries its first line number.
 *
 * @example
 * parseCsvRows('36,"AEROCARIBBEAN AIRLINES","-0- "\r\n'); // [{ line: 1, fields: ["36", "AEROCARIBBEAN AIRLINES", "-0- "] }]
 */
export function parseCsvRows(text: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let started = false;
  const endRow = () => {
    if (started || field !== "" || fields.length > 0) {
      fields.push(field);
      rows.push({ line: rowLine, fields });
    }
    fields = [];
    field = "";
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      quoted = true;
      started = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      started = true;
    } else if (char === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else if (char !== "\r" && char !== "\u001a") {
      field += char;
      started = true;
    }
  }
  endRow();
  return rows;
}

/** OFAC writes an empty field as `-0-` (followed by a space in the CSV files). */
function value(field: string | undefined): string | null {
  const trimmed = (field ?? "").trim();
  return trimmed === "" || trimmed === "-0-" ? null : trimmed;
}

const ENTRY_TYPES: ReadonlyMap<string, SanctionsEntryType> = new Map([
  ["individual", "individual"],
  ["vessel", "vessel"],
  ["aircraft", "aircraft"],
]);

/** Rows of one file with the right field count and a whole-number first field; the rest as issues. */
function rowsOf(file: keyof typeof FIELD_COUNTS, text: string, issues: OfacFileIssue[]) {
  const good: Array<{ line: number; fields: string[] }> = [];
  for (const { line, fields } of parseCsvRows(text)) {
    if (fields.length !== FIELD_COUNTS[file]) {
      issues.push({ file, line, message: `expected ${FIELD_COUNTS[file]} fields, found ${fields.length}` });
    } else if (!/^\d+$/.test((fields[0] ?? "").trim()) || (file !== "sdn.csv" && !/^\d+$/.test(fields[1]!.trim()))) {
      issues.push({ file, line, message: "the record numbers must be whole numbers" });
    } else {
      good.push({ line, fields });
    }
  }
  return good;
}

/**
 * Reads OFAC's SDN list from its legacy CSV files: `sdn.csv` (ent_num, SDN_Name, SDN_Type, Program,
 * Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks), `alt.csv` (ent_num,
 * alt_num, alt_type, alt_name, alt_remarks) and `add.csv` (ent_num, add_num, Address,
 * City/State/Province/Postal Code, Country, add_remarks). `-0-` is an empty field; an SDN_Type of
 * `-0-` is an entity; programs are written `SDGT] [IRGC`. A malformed row, a name missing, a
 * duplicate ent_num or an alias of an unknown entry fails the whole read (`invalid_sanctions_list`
 * with every issue), so a half-read list is never screened against.
 *
 * @see https://ofac.treasury.gov/sdn-list-data-formats-data-schemas (the SDN data specification)
 * @example
 * const list = parseOfacSdnFiles({ sdn, alt, add });
 * if (list.ok) console.log(list.value.length);
 */
export function parseOfacSdnFiles(files: OfacSdnFiles): Result<SanctionsEntry[]> {
  const issues: OfacFileIssue[] = [];
  const sdnRows = rowsOf("sdn.csv", files.sdn, issues);
  const altRows = rowsOf("alt.csv", files.alt, issues);
  const addRows = files.add === undefined ? [] : rowsOf("add.csv", files.add, issues);
  const aliases = new Map<string, SanctionsAlias[]>();
  const addresses = new Map<string, SanctionsAddress[]>();
  const entries: Array<Omit<SanctionsEntry, "aliases" | "addresses">> = [];
  const seen = new Set<string>();
  for (const { line, fields } of sdnRows) {
    const id = String(Number(fields[0]));
    const name = value(fields[1]);
    if (name === null) issues.push({ file: "sdn.csv", line, message: `entry ${id} has no name` });
    if (seen.has(id)) issues.push({ file: "sdn.csv", line, message: `ent_num ${id} appears twice` });
    seen.add(id);
    const type = ENTRY_TYPES.get((value(fields[2]) ?? "").toLowerCase()) ?? "entity";
    const programs = (value(fields[3]) ?? "").split(/\]\s*\[/).map((program) => program.replace(/[[\]]/g, "").trim());
    entries.push({
      id,
      name: name ?? "",
      type,
      programs: programs.filter((program) => program !== ""),
      title: value(fields[4]),
      remarks: value(fields[11]),
    });
  }
  const owner = (file: "alt.csv" | "add.csv", fields: string[], line: number) => {
    const id = String(Number(fields[0]));
    if (!seen.has(id)) issues.push({ file, line, message: `ent_num ${id} is not in sdn.csv` });
    return id;
  };
  for (const { line, fields } of altRows) {
    const id = owner("alt.csv", fields, line);
    const name = value(fields[3]);
    if (name === null) issues.push({ file: "alt.csv", line, message: `alias ${fields[1]} has no name` });
    const list = aliases.get(id) ?? [];
    const type = (value(fields[2]) ?? "aka").toLowerCase();
    list.push({ id: String(Number(fields[1])), type, name: name ?? "", remarks: value(fields[4]) });
    aliases.set(id, list);
  }
  for (const { line, fields } of addRows) {
    const id = owner("add.csv", fields, line);
    const list = addresses.get(id) ?? [];
    list.push({
      id: String(Number(fields[1])),
      address: value(fields[2]),
      cityStateProvincePostalCode: value(fields[3]),
      country: value(fields[4]),
      remarks: value(fields[5]),
    });
    addresses.set(id, list);
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, 20);
    return fail("invalid_sanctions_list", `The SDN files have ${issues.length} bad rows.`, [], { issues: shown });
  }
  return ok(
    entries.map((entry) => ({
      ...entry,
      aliases: aliases.get(entry.id) ?? [],
      addresses: addresses.get(entry.id) ?? [],
    })),
  );
}
