import type { LocalDate } from "../calendar/index.js";
import type { PostalAddress } from "./application.js";

// A generated document as data: a title and a list of blocks, each with its text already formatted (money from
// minor units, dates as people read them). The server renders it to PDF; nothing here knows about pages or fonts.

/** One labelled figure of a disclosure box row (the TILA "federal box"). */
export interface DisclosureBox {
  readonly label: string;
  readonly description: string;
  readonly value: string;
}

/** A table column: its header, its share of the line's width (the shares of a table add to 1) and alignment. */
export interface LayoutColumn {
  readonly header: string;
  readonly share: number;
  readonly align: "left" | "right";
}

/**
 * A block of a generated document.
 *
 * @example const block: LayoutBlock = { kind: "paragraph", text: "You promise to pay…" };
 */
export type LayoutBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "fields"; readonly rows: ReadonlyArray<{ readonly label: string; readonly value: string }> }
  | { readonly kind: "boxes"; readonly boxes: ReadonlyArray<DisclosureBox> }
  | {
      readonly kind: "table";
      readonly columns: ReadonlyArray<LayoutColumn>;
      readonly rows: ReadonlyArray<ReadonlyArray<string>>;
    }
  | { readonly kind: "signatures"; readonly names: ReadonlyArray<string> };

/**
 * A generated document: its title, subject and author (the PDF's metadata), the business date it is issued on
 * (its creation date, so the same input renders the same bytes), and its blocks in reading order.
 *
 * @example const layout: DocumentLayout = { title: "Truth in Lending Disclosure", subject, author, issuedOn, blocks };
 */
export interface DocumentLayout {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly issuedOn: LocalDate;
  readonly blocks: ReadonlyArray<LayoutBlock>;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * A business date as US documents print it, month first.
 *
 * @example formatUsDate("2027-01-04") === "01/04/2027"
 */
export function formatUsDate(date: LocalDate | string): string {
  const [year, month, day] = date.split("-");
  return `${month}/${day}/${year}`;
}

/**
 * A business date written out in English.
 *
 * @example formatLongDate("2027-01-04") === "January 4, 2027"
 */
export function formatLongDate(date: LocalDate | string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}

/**
 * An address on one line, its absent parts left out.
 *
 * @example formatAddress({ line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508" }) === "1 Main St, Lincoln, NE 68508"
 */
export function formatAddress(address: PostalAddress): string {
  const place = [address.region, address.postalCode].filter((part) => part !== undefined).join(" ");
  return [address.line1, address.line2, address.city, place === "" ? undefined : place]
    .filter((part) => part !== undefined && part !== "")
    .join(", ");
}
