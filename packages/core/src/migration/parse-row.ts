import type { z } from "zod";
import { validateScheduleTerms } from "../schedule/index.js";
import type { LoanEvent, ServicingPolicy } from "../servicing/index.js";
import { decodeCommonEvent } from "./fast-event.js";
import { openingEvent } from "./opening.js";
import { openingSchema } from "./opening-schema.js";
import { productLimitProblems } from "./product-limits.js";
import type { ImportRow, ImportRowError, ParseOptions, SourceFigures } from "./row.js";
import { envelopeSchema, eventSchema, policySchema, sourceFiguresSchema, termsSchema } from "./row-schema.js";

/** `["history", 3, "amountMinor"]` → `history[3].amountMinor`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text;
}

type Issue = {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly code: string;
  readonly message: string;
  readonly keys?: ReadonlyArray<string>;
};
type Collect = (path: ReadonlyArray<PropertyKey>, code: string, reason: string) => void;

function collectIssues(collect: Collect, prefix: ReadonlyArray<PropertyKey>, issues: ReadonlyArray<Issue>): void {
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") collect([...prefix, ...issue.path], "invalid_field", issue.message);
    else for (const key of issue.keys ?? []) collect([...prefix, ...issue.path, key], "unknown_field", "no such field");
  }
}

function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: ReadonlyArray<PropertyKey>,
  collect: Collect,
): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  collectIssues(collect, prefix, parsed.error.issues);
  return undefined;
}

function parseHistory(history: ReadonlyArray<unknown>, collect: Collect, isRequired: boolean): LoanEvent[] {
  const events: LoanEvent[] = [];
  history.forEach((entry, index) => {
    const event = decodeCommonEvent(entry) ?? check(eventSchema, entry, ["history", index], collect);
    if (event) events.push(event as LoanEvent);
  });
  if (history.length === 0 && isRequired)
    collect(["history"], "history_required", "give the history (from the disbursement) or the opening balances");
  return events;
}

/** On a loan charged off at the source, a payment received later is a recovery (same id, date and amount). */
function asRecovery(event: LoanEvent): LoanEvent {
  if (event.type !== "payment") return event;
  const { id, effectiveDate, amountMinor, postedAt } = event;
  return { id, type: "recovery", effectiveDate, amountMinor, ...(postedAt === undefined ? {} : { postedAt }) };
}

/**
 * One row's object (a JSON line, or a CSV row mapped by its header) as an `ImportRow`, or every
 * error found in it. Terms are the product's overridden by the row's, then checked by core's
 * `validateScheduleTerms`; the policy is the row's or the product's.
 *
 * @example parseImportRecord(JSON.parse(line), 3, {})
 */
export function parseImportRecord(
  record: unknown,
  row: number,
  options: ParseOptions,
): { readonly ok: true; readonly value: ImportRow } | { readonly ok: false; readonly errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const sourceId =
    typeof record === "object" && record !== null && "sourceId" in record && typeof record.sourceId === "string"
      ? record.sourceId
      : undefined;
  const collect: Collect = (path, code, reason) =>
    errors.push({ row, ...(sourceId ? { sourceId } : {}), path: formatPath(path), code, reason });
  const envelope = check(envelopeSchema, record, [], collect);
  if (!envelope) return { ok: false, errors };
  const productId = envelope.productId ?? options.defaultProductId;
  const product = productId === undefined ? undefined : options.products?.(productId);
  if (envelope.productId !== undefined && !product) collect(["productId"], "unknown_product", "no such product");
  const termsInput = check(termsSchema, { ...product?.terms, ...envelope.terms }, ["terms"], collect);
  const policy =
    envelope.policy !== undefined
      ? (check(policySchema, envelope.policy, ["policy"], collect) as ServicingPolicy | undefined)
      : product?.policy;
  if (!policy && envelope.policy === undefined) collect(["policy"], "policy_required", "give a policy or a productId");
  const history = parseHistory(envelope.history ?? [], collect, envelope.opening === undefined);
  const openingInput =
    envelope.opening === undefined ? undefined : check(openingSchema, envelope.opening, ["opening"], collect);
  const figures =
    envelope.sourceFigures === undefined
      ? undefined
      : (check(sourceFiguresSchema, envelope.sourceFigures, ["sourceFigures"], collect) as SourceFigures | undefined);
  const terms = termsInput ? validateScheduleTerms(termsInput) : undefined;
  if (terms && !terms.ok) collect(["terms", ...(terms.error.path ?? [])], terms.error.code, terms.error.message);
  if (terms?.ok && product?.definition)
    for (const problem of productLimitProblems(product.definition, terms.value))
      collect(problem.path, problem.code, problem.reason);
  if (errors.length > 0 || !terms?.ok || !policy) return { ok: false, errors };
  const loan = { terms: terms.value, policy };
  const opening = openingInput ? openingEvent(openingInput, loan) : undefined;
  if (opening && !opening.ok) {
    collect(["opening", ...(opening.error.path ?? [])], opening.error.code, opening.error.message);
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      row,
      sourceId: envelope.sourceId,
      borrowerReference: envelope.borrowerReference,
      ...(productId !== undefined ? { productId } : {}),
      loan,
      history: opening?.value.chargedOff ? history.map(asRecovery) : history,
      ...(opening ? { opening: opening.value } : {}),
      ...(figures ? { sourceFigures: figures } : {}),
    },
  };
}
