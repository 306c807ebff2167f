import type { LocalDate } from "../../calendar/index.js";
import type { TextItem } from "./layout.js";
import type { Located } from "./locate.js";

/** How often a pay stub's pay recurs. @example const frequency: PayFrequency = "biweekly"; */
export type PayFrequency = "weekly" | "biweekly" | "semi-monthly" | "monthly";

/** A box in PDF points: `x`/`y` its lower left corner (y grows upward), then its extent. */
export interface FieldBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Where a field came from: its page (1-based) and box. A derived field points at the figure it came from
 * (`monthlyIncome` at the gross pay); an inferred one (`payFrequency` from the period) or a count of nothing
 * at no place (null).
 */
interface FieldSource {
  readonly name: string;
  /** 0 to 1: how sure the reading is (see `LAYOUT_CONFIDENCE`). */
  readonly confidence: number;
  readonly page: number | null;
  readonly bbox: FieldBox | null;
}

/**
 * One field read from a document: its name (`grossPay`, `payPeriodStart` …), its value by kind (money in
 * integer minor units, dates `YYYY-MM-DD`, counts, text), its confidence and where it was on the page.
 *
 * @example const field: ParsedField = { name: "grossPay", kind: "money", value: 416_667n, confidence: 0.95, page: 1, bbox };
 */
export type ParsedField = FieldSource &
  (
    | { readonly kind: "money"; readonly value: bigint }
    | { readonly kind: "date"; readonly value: LocalDate }
    | { readonly kind: "text"; readonly value: string }
    | { readonly kind: "count"; readonly value: number }
    | { readonly kind: "frequency"; readonly value: PayFrequency }
  );

/** The smallest box holding every item (its baseline taken as the bottom). @example boxOf([item]) */
export function boxOf(items: ReadonlyArray<TextItem>): FieldBox | null {
  if (items.length === 0) return null;
  const left = Math.min(...items.map((item) => item.x));
  const bottom = Math.min(...items.map((item) => item.y));
  const right = Math.max(...items.map((item) => item.x + item.width));
  const top = Math.max(...items.map((item) => item.y + item.height));
  const round = (value: number) => Math.round(value * 100) / 100;
  return { x: round(left), y: round(bottom), width: round(right - left), height: round(top - bottom) };
}

/** Where a located value came from, as a field's source. */
export function sourceOf(name: string, located: Located<unknown>): FieldSource {
  return {
    name,
    confidence: located.confidence,
    page: located.sources[0]?.page ?? null,
    bbox: boxOf(located.sources),
  };
}

/** The field named `name` of a kind, if read. @example fieldOf(fields, "grossPay", "money")?.value */
export function fieldOf<K extends ParsedField["kind"]>(
  fields: ReadonlyArray<ParsedField>,
  name: string,
  kind: K,
): Extract<ParsedField, { kind: K }> | undefined {
  const field = fields.find((candidate) => candidate.name === name);
  return field?.kind === kind ? (field as Extract<ParsedField, { kind: K }>) : undefined;
}
