import type { LocalDate } from "../../calendar/index.js";
import { parseDateRangeText, parseDateText } from "./date-text.js";
import { fieldOf, type ParsedField, sourceOf } from "./fields.js";
import { inferPayFrequency, monthlyIncomeFromPay, readPayFrequency } from "./frequency.js";
import { groupLines, type TextItem, type TextLine } from "./layout.js";
import { findInColumn, findLabeled, type Located, stopsOf } from "./locate.js";
import { moneyIn } from "./money-text.js";

/** The labels each pay stub field goes by, most specific first. */
export const PAY_STUB_LABELS = {
  employerName: ["employer name", "employer", "company name", "company"],
  employeeName: ["employee name", "employee", "pay to the order of", "pay to"],
  payPeriod: ["pay period", "period covered", "pay period dates", "period"],
  payPeriodStart: ["pay period start", "period start", "period beginning", "period begin", "start date"],
  payPeriodEnd: ["pay period end", "period end", "period ending", "end date"],
  payDate: ["pay date", "check date", "payment date", "date paid", "advice date"],
  grossPay: ["gross pay", "gross earnings", "total gross pay", "total gross", "current gross"],
  netPay: ["net pay", "net amount", "take home pay", "net check"],
  ytdGrossPay: ["ytd gross pay", "ytd gross", "gross pay ytd", "gross ytd", "year to date gross"],
  ytdNetPay: ["ytd net pay", "ytd net", "net pay ytd", "net ytd", "year to date net"],
  payFrequency: ["pay frequency", "pay schedule", "pay cycle", "frequency"],
  ytdColumn: ["ytd", "year to date", "ytd amount", "ytd total"],
} as const;

const STOPS = stopsOf(PAY_STUB_LABELS);

const readText = (text: string) => (/\p{L}/u.test(text) ? text.trim() : undefined);

function moneyField(lines: ReadonlyArray<TextLine>, name: "grossPay" | "netPay"): ParsedField | undefined {
  const located = findLabeled(lines, PAY_STUB_LABELS[name], moneyIn, STOPS);
  return located === undefined ? undefined : { ...sourceOf(name, located), kind: "money", value: located.value };
}

/** Year to date: by its own label, else the row's cell under a YTD column. */
function ytdField(lines: ReadonlyArray<TextLine>, name: "ytdGrossPay" | "ytdNetPay"): ParsedField | undefined {
  const rows = name === "ytdGrossPay" ? PAY_STUB_LABELS.grossPay : PAY_STUB_LABELS.netPay;
  const located =
    findLabeled(lines, PAY_STUB_LABELS[name], moneyIn, STOPS) ??
    findInColumn(lines, rows, PAY_STUB_LABELS.ytdColumn, moneyIn);
  return located === undefined ? undefined : { ...sourceOf(name, located), kind: "money", value: located.value };
}

function textField(lines: ReadonlyArray<TextLine>, name: "employerName" | "employeeName"): ParsedField | undefined {
  const located = findLabeled(lines, PAY_STUB_LABELS[name], readText, STOPS);
  return located === undefined ? undefined : { ...sourceOf(name, located), kind: "text", value: located.value };
}

const dateField = (name: string, located: Located<LocalDate>): ParsedField => ({
  ...sourceOf(name, located),
  kind: "date",
  value: located.value,
});

/** The pay period: one range (`03/01/2026 - 03/14/2026`), else its start and end labelled apart. */
function periodFields(lines: ReadonlyArray<TextLine>): ParsedField[] {
  const range = findLabeled(lines, PAY_STUB_LABELS.payPeriod, parseDateRangeText, STOPS);
  if (range !== undefined) {
    return [
      dateField("payPeriodStart", { ...range, value: range.value.start }),
      dateField("payPeriodEnd", { ...range, value: range.value.end }),
    ];
  }
  const start = findLabeled(lines, PAY_STUB_LABELS.payPeriodStart, parseDateText, STOPS);
  const end = findLabeled(lines, PAY_STUB_LABELS.payPeriodEnd, parseDateText, STOPS);
  return [
    ...(start === undefined ? [] : [dateField("payPeriodStart", start)]),
    ...(end === undefined ? [] : [dateField("payPeriodEnd", end)]),
  ];
}

/** The frequency the period implies (confidence 0.8: an inference, not a reading), at no place. */
function inferredFrequency(fields: ReadonlyArray<ParsedField>): ParsedField | undefined {
  const start = fieldOf(fields, "payPeriodStart", "date");
  const end = fieldOf(fields, "payPeriodEnd", "date");
  const inferred = start === undefined || end === undefined ? undefined : inferPayFrequency(start.value, end.value);
  if (inferred === undefined) return undefined;
  return { name: "payFrequency", kind: "frequency", value: inferred, confidence: 0.8, page: null, bbox: null };
}

/** `monthlyIncome`: gross pay at its frequency, monthly (half-up); as sure as the less sure of the two. */
function monthlyIncomeField(fields: ReadonlyArray<ParsedField>): ParsedField | undefined {
  const gross = fieldOf(fields, "grossPay", "money");
  const frequency = fieldOf(fields, "payFrequency", "frequency");
  if (gross === undefined || frequency === undefined) return undefined;
  const value = monthlyIncomeFromPay(gross.value, frequency.value);
  if (value === undefined) return undefined;
  const confidence = Math.min(gross.confidence, frequency.confidence);
  return { name: "monthlyIncome", kind: "money", value, confidence, page: gross.page, bbox: gross.bbox };
}

/**
 * A pay stub's fields with what follows from them: `payFrequency` inferred from the period when the stub
 * does not state it (`inferPayFrequency`), then `monthlyIncome` from gross pay and frequency (× periods a
 * year / 12, half-up). Whoever read the fields (core's parser, a provider), the derivation is this one.
 *
 * @example withDerivedPayFields(fields).find((field) => field.name === "monthlyIncome")?.value // 416_667n
 */
export function withDerivedPayFields(fields: ReadonlyArray<ParsedField>): ParsedField[] {
  const known = fields.filter((field) => field.name !== "monthlyIncome");
  const frequency = fieldOf(known, "payFrequency", "frequency") === undefined ? inferredFrequency(known) : undefined;
  const withFrequency = frequency === undefined ? known : [...known, frequency];
  const income = monthlyIncomeField(withFrequency);
  return income === undefined ? withFrequency : [...withFrequency, income];
}

/**
 * Reads a pay stub from its text items: `employerName`, `employeeName`, `payPeriodStart`, `payPeriodEnd`,
 * `payDate`, `grossPay`, `netPay`, `ytdGrossPay`, `ytdNetPay` (when printed), `payFrequency` (stated, else
 * inferred from the period) and `monthlyIncome` (derived: gross pay × periods a year / 12, half-up). Each
 * field carries its confidence, page and box; a field not found is absent. The items' order does not matter.
 *
 * @example parsePayStub(items).find((field) => field.name === "grossPay")?.value // 416_667n
 */
export function parsePayStub(items: ReadonlyArray<TextItem>): ParsedField[] {
  const lines = groupLines(items);
  const payDate = findLabeled(lines, PAY_STUB_LABELS.payDate, parseDateText, STOPS);
  const stated = findLabeled(lines, PAY_STUB_LABELS.payFrequency, readPayFrequency, STOPS);
  const fields = [
    textField(lines, "employerName"),
    textField(lines, "employeeName"),
    ...periodFields(lines),
    payDate === undefined ? undefined : dateField("payDate", payDate),
    moneyField(lines, "grossPay"),
    moneyField(lines, "netPay"),
    ytdField(lines, "ytdGrossPay"),
    ytdField(lines, "ytdNetPay"),
    stated === undefined ? undefined : { ...sourceOf("payFrequency", stated), kind: "frequency", value: stated.value },
  ];
  return withDerivedPayFields(fields.filter((field): field is ParsedField => field !== undefined));
}
