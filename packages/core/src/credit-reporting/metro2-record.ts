import type { LocalDate } from "../calendar/index.js";
import { InvariantError } from "../errors/index.js";
import { alphanumeric, numeric } from "../fixed-width/index.js";
import type { Metro2Field } from "./metro2-layout.js";

/** A value for one field; absent means blank (`A`) or zeros (`N`, `D`). */
export type Metro2Value = string | bigint | number | undefined;

/** `MMDDYYYY` from a local date. @example metro2Date(date("2026-11-30")) === "11302026" */
export function metro2Date(d: LocalDate): string {
  return d.slice(5, 7) + d.slice(8, 10) + d.slice(0, 4);
}

function formatField(field: Metro2Field, value: Metro2Value): string {
  if (value === undefined || value === "") return (field.kind === "A" ? " " : "0").repeat(field.length);
  if (field.kind === "A") return alphanumeric(String(value), field.length);
  if (field.kind === "D") {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new InvariantError(`${field.name}: ${String(value)} is not a date`);
    return metro2Date(value as LocalDate);
  }
  return numeric(typeof value === "string" ? BigInt(value) : value, field.length);
}

/**
 * Writes a record field by field along a layout; a field not named in `values` is blank or zero.
 * Asserts each field starts where the previous one ended.
 *
 * @example writeMetro2Record(metro2J1Layout, { segmentIdentifier: "J1", surname: "Doe", ecoaCode: "2" }).length === 100
 */
export function writeMetro2Record(
  layout: ReadonlyArray<Metro2Field>,
  values: Readonly<Record<string, Metro2Value>>,
): string {
  let text = "";
  for (const field of layout) {
    if (text.length !== field.start - 1)
      throw new InvariantError(`${field.name} starts at ${field.start}, not ${text.length + 1}`);
    text += formatField(field, values[field.name]);
  }
  return text;
}

/**
 * Reads a record's fields as raw text along a layout (for checks and for reading files back).
 *
 * @example readMetro2Record(metro2J1Layout, segment).segmentIdentifier === "J1"
 */
export function readMetro2Record(layout: ReadonlyArray<Metro2Field>, text: string): Readonly<Record<string, string>> {
  const fields: Record<string, string> = {};
  for (const field of layout) fields[field.name] = text.slice(field.start - 1, field.start - 1 + field.length);
  return fields;
}
