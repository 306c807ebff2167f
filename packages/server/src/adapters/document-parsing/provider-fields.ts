import {
  boxOf,
  type ParsedField,
  parseDateText,
  parseMoneyText,
  readPayFrequency,
  type TextItem,
  withDerivedPayFields,
} from "@lendstack/core/origination";
import type { ExtractableDocumentType } from "./parser.js";

type Kind = ParsedField["kind"];

/** The fields a provider is asked for, by document type, and the kind of each value. */
export const PROVIDER_FIELDS: Readonly<Record<ExtractableDocumentType, Readonly<Record<string, Kind>>>> = {
  pay_stub: {
    employerName: "text",
    employeeName: "text",
    payPeriodStart: "date",
    payPeriodEnd: "date",
    payDate: "date",
    grossPay: "money",
    netPay: "money",
    ytdGrossPay: "money",
    ytdNetPay: "money",
    payFrequency: "frequency",
  },
  bank_statement: {
    accountHolder: "text",
    periodStart: "date",
    periodEnd: "date",
    openingBalance: "money",
    closingBalance: "money",
    totalDeposits: "money",
    nsfCount: "count",
  },
};

/** A provider's field as its JSON answer gives it (already shape-checked). */
export interface AnsweredField {
  readonly name: string;
  readonly value: string | number;
  readonly confidence: number;
  readonly page: number | null;
}

type Value = Pick<ParsedField, "kind" | "value">;

/** A provider's value read exactly as core reads printed ones: money by `parseMoneyText`, never a float. */
function readAnswered(kind: Kind, value: string | number): Value | undefined {
  if (kind === "count") {
    const count = typeof value === "number" ? value : /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
    return Number.isSafeInteger(count) && count >= 0 ? { kind, value: count } : undefined;
  }
  if (typeof value !== "string") return undefined;
  if (kind === "money") {
    const money = parseMoneyText(value);
    return money.ok ? { kind, value: money.value } : undefined;
  }
  if (kind === "date") {
    const date = parseDateText(value);
    return date === undefined ? undefined : { kind, value: date };
  }
  if (kind === "frequency") {
    const frequency = readPayFrequency(value);
    return frequency === undefined ? undefined : { kind, value: frequency };
  }
  return value.trim() === "" ? undefined : { kind, value: value.trim() };
}

/** Whether an item of the text layer shows `value` (so the field can point at it). */
function shows(item: TextItem, value: Value): boolean {
  const text = item.text.trim();
  if (value.kind === "money") return moneyEquals(text, value.value as bigint);
  if (value.kind === "date")
    return text.split(/\s+-\s+|\s+to\s+|:\s*/).some((part) => parseDateText(part) === value.value);
  if (value.kind === "text") return text.includes(String(value.value));
  return false;
}

function moneyEquals(text: string, minor: bigint): boolean {
  const parsed = parseMoneyText(text.replace(/^.*:\s*/, ""));
  return parsed.ok && parsed.value === minor;
}

/**
 * A provider's answer as fields: each name known for the document type, each value read exactly (money as a
 * decimal string through `parseMoneyText`), confidence kept within 0..1, the box taken from the text item on
 * the answered page that shows the value (none found: no box). Pay stubs then get core's derived fields
 * (`withDerivedPayFields`), so `monthlyIncome` is never the provider's arithmetic. An unknown name or an
 * unreadable value is undefined: the answer is outside the protocol.
 *
 * @example const fields = fieldsFromAnswer("pay_stub", answer.fields, items);
 */
export function fieldsFromAnswer(
  documentType: ExtractableDocumentType,
  answered: ReadonlyArray<AnsweredField>,
  items: ReadonlyArray<TextItem>,
): ParsedField[] | undefined {
  const kinds = PROVIDER_FIELDS[documentType];
  const fields: ParsedField[] = [];
  for (const field of answered) {
    const kind = Object.hasOwn(kinds, field.name) ? kinds[field.name] : undefined;
    const value = kind === undefined ? undefined : readAnswered(kind, field.value);
    if (value === undefined) return undefined;
    const shown =
      field.page === null ? undefined : items.find((item) => item.page === field.page && shows(item, value));
    fields.push({
      name: field.name,
      ...value,
      confidence: Math.min(1, Math.max(0, field.confidence)),
      page: field.page,
      bbox: shown === undefined ? null : boxOf([shown]),
    } as ParsedField);
  }
  return documentType === "pay_stub" ? withDerivedPayFields(fields) : fields;
}
