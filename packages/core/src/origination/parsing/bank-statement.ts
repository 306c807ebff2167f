import { parseDateRangeText, parseDateText } from "./date-text.js";
import { boxOf, type ParsedField, sourceOf } from "./fields.js";
import { groupLines, normalizeLabel, type TextItem, type TextLine } from "./layout.js";
import { findLabeled, stopsOf } from "./locate.js";
import { moneyIn } from "./money-text.js";

/** The labels each bank statement field goes by, most specific first. */
export const BANK_STATEMENT_LABELS = {
  accountHolder: ["account holder", "account owner", "account name", "prepared for", "customer name"],
  period: ["statement period", "statement dates", "period covered", "for the period"],
  periodStart: ["period start", "statement start", "beginning date", "from"],
  periodEnd: ["period end", "statement end", "ending date", "through"],
  openingBalance: ["opening balance", "beginning balance", "starting balance", "previous balance", "balance forward"],
  closingBalance: ["closing balance", "ending balance", "new balance", "balance at end of period"],
  totalDeposits: [
    "total deposits",
    "total deposits and credits",
    "deposits and other credits",
    "deposits and credits",
    "total credits",
  ],
} as const;

const STOPS = stopsOf(BANK_STATEMENT_LABELS);

type MoneyName = "openingBalance" | "closingBalance" | "totalDeposits";

function moneyField(lines: ReadonlyArray<TextLine>, name: MoneyName): ParsedField | undefined {
  const located = findLabeled(lines, BANK_STATEMENT_LABELS[name], moneyIn, STOPS);
  return located === undefined ? undefined : { ...sourceOf(name, located), kind: "money", value: located.value };
}

const readText = (text: string) => (/\p{L}/u.test(text) ? text.trim() : undefined);

function periodFields(lines: ReadonlyArray<TextLine>): ParsedField[] {
  const range = findLabeled(lines, BANK_STATEMENT_LABELS.period, parseDateRangeText, STOPS);
  if (range !== undefined) {
    const source = (name: string) => sourceOf(name, range);
    return [
      { ...source("periodStart"), kind: "date", value: range.value.start },
      { ...source("periodEnd"), kind: "date", value: range.value.end },
    ];
  }
  const start = findLabeled(lines, BANK_STATEMENT_LABELS.periodStart, parseDateText, STOPS);
  const end = findLabeled(lines, BANK_STATEMENT_LABELS.periodEnd, parseDateText, STOPS);
  return [
    ...(start === undefined ? [] : [{ ...sourceOf("periodStart", start), kind: "date" as const, value: start.value }]),
    ...(end === undefined ? [] : [{ ...sourceOf("periodEnd", end), kind: "date" as const, value: end.value }]),
  ];
}

const NSF_WORDS = /\b(?:nsf|overdraft|od|returned item|returned check|insufficient funds)\b/;
const FEE_WORDS = /\b(?:fee|fees|charge|charged)\b/;
const SUMMARY_WORDS = /^(?:total|ytd|year to date)\b|\b(?:this period|to date)\b/;

/**
 * Whether a line is one NSF, overdraft or returned-item fee: it names one (`NSF`, `overdraft`, `returned
 * item`, `insufficient funds`) and a fee or charge, carries an amount, and is not a summary (`Total …`,
 * `… this period`, `… year to date`).
 */
export function isNsfFeeLine(line: TextLine): boolean {
  const text = normalizeLabel(line.items.map((item) => item.text).join(" "));
  if (!NSF_WORDS.test(text) || !FEE_WORDS.test(text) || SUMMARY_WORDS.test(text)) return false;
  return line.items.some((item) => moneyIn(item.text) !== undefined);
}

/** `nsfCount`: the fee lines counted, at the first one (none: no place, confidence 0.8). */
function nsfField(lines: ReadonlyArray<TextLine>): ParsedField {
  const fees = lines.filter(isNsfFeeLine);
  const first = fees[0];
  if (first === undefined)
    return { name: "nsfCount", kind: "count", value: 0, confidence: 0.8, page: null, bbox: null };
  return {
    name: "nsfCount",
    kind: "count",
    value: fees.length,
    confidence: 0.9,
    page: first.page,
    bbox: boxOf(first.items),
  };
}

/**
 * Reads a bank statement from its text items: `accountHolder`, `periodStart`, `periodEnd`, `openingBalance`,
 * `closingBalance`, `totalDeposits` and `nsfCount` (the NSF, overdraft and returned-item fee lines: see
 * `isNsfFeeLine`). Each field carries its confidence, page and box; a field not found is absent. The
 * items' order does not matter.
 *
 * @example parseBankStatement(items).find((field) => field.name === "nsfCount")?.value // 2
 */
export function parseBankStatement(items: ReadonlyArray<TextItem>): ParsedField[] {
  const lines = groupLines(items);
  const holder = findLabeled(lines, BANK_STATEMENT_LABELS.accountHolder, readText, STOPS);
  const fields = [
    holder === undefined
      ? undefined
      : ({ ...sourceOf("accountHolder", holder), kind: "text", value: holder.value } as const),
    ...periodFields(lines),
    moneyField(lines, "openingBalance"),
    moneyField(lines, "closingBalance"),
    moneyField(lines, "totalDeposits"),
    nsfField(lines),
  ];
  return fields.filter((field): field is ParsedField => field !== undefined);
}
