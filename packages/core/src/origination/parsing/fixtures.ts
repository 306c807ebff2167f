import type { TextItem } from "./layout.js";

/** An item at (x, y) on a page, 10 pt high, 6 pt a character wide (a rough Helvetica 10). */
export const at = (text: string, x: number, y: number, page = 1): TextItem => ({
  text,
  page,
  x,
  y,
  width: text.length * 6,
  height: 10,
});

/** A label and its value: side by side, the value under the label, or in one item. */
export type Layout = "right" | "below" | "inline";

/** The items of `label` and `value` laid out at (x, y). */
export function labelled(label: string, value: string, x: number, y: number, layout: Layout): TextItem[] {
  if (layout === "inline") return [at(`${label}: ${value}`, x, y)];
  if (layout === "below") return [at(label, x, y), at(value, x, y - 14)];
  return [at(`${label}:`, x, y), at(value, x + 150, y)];
}

/** A one-page biweekly pay stub: $1,923.08 gross, $1,480.12 net, YTD $11,538.48 / $8,880.72, in a table. */
export function payStubItems(layout: Layout = "right"): TextItem[] {
  return [
    at("EARNINGS STATEMENT", 72, 760),
    ...labelled("Employer", "Acme Widgets, Inc.", 72, 720, layout),
    ...labelled("Employee", "Ada Lovelace", 320, 720, layout),
    ...labelled("Pay Period", "03/02/2026 - 03/15/2026", 72, 680, layout),
    ...labelled("Pay Date", "03/20/2026", 320, 680, layout),
    at("Description", 72, 600),
    at("Current", 260, 600),
    at("YTD", 400, 600),
    at("Gross Pay", 72, 580),
    at("$1,923.08", 260, 580),
    at("$11,538.48", 400, 580),
    at("Federal Income Tax", 72, 560),
    at("(212.54)", 260, 560),
    at("(1,275.24)", 400, 560),
    at("Net Pay", 72, 540),
    at("$1,480.12", 260, 540),
    at("$8,880.72", 400, 540),
  ];
}

/** A two-page statement: holder, period, balances and deposits on page 1, two fee lines on page 2. */
export function bankStatementItems(layout: Layout = "right"): TextItem[] {
  return [
    at("FIRST EXAMPLE BANK", 72, 760),
    ...labelled("Account Holder", "Ada Lovelace", 72, 720, layout),
    ...labelled("Statement Period", "March 1, 2026 through March 31, 2026", 72, 690, layout),
    ...labelled("Beginning Balance", "$2,500.00", 72, 640, layout),
    ...labelled("Total Deposits", "$8,333.34", 72, 610, layout),
    ...labelled("Ending Balance", "$1,204.11", 72, 580, layout),
    at("Date", 72, 700, 2),
    at("Description", 140, 700, 2),
    at("Amount", 400, 700, 2),
    at("03/05", 72, 680, 2),
    at("NSF Fee - Item Returned", 140, 680, 2),
    at("(35.00)", 400, 680, 2),
    at("03/09", 72, 660, 2),
    at("Payroll Deposit ACME", 140, 660, 2),
    at("4,166.67", 400, 660, 2),
    at("03/18", 72, 640, 2),
    at("OVERDRAFT FEE", 140, 640, 2),
    at("35.00-", 400, 640, 2),
    at("Total Overdraft Fees This Period", 72, 600, 2),
    at("$70.00", 400, 600, 2),
    at("Overdraft protection: not enrolled", 72, 580, 2),
  ];
}
