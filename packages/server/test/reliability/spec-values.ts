import { personalLoan } from "../helpers/products.js";
import { policy } from "../helpers/rule-sets.js";
import { resolveRef } from "./spec.js";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes read from the spec
type Schema = any;

/** Ids the generated values use, by prefix (`prd`, `rls`, `dec`, `loan`, …). */
export type IdsByPrefix = Readonly<Record<string, string>>;

/** Whole documents whose validity the spec's schema cannot express (cross-field rules): taken from core's demos. */
const KNOWN_VALID: Readonly<Record<string, () => unknown>> = {
  ProductDefinition: () => personalLoan(),
  RuleSetDocument: () => policy(),
};

/** The name a `$ref` points at (`#/components/schemas/Money` → `Money`). */
export function refName(schema: Schema): string | undefined {
  return typeof schema?.$ref === "string" ? String(schema.$ref).split("/").pop() : undefined;
}

/** The id prefix a string schema's pattern demands (`^prd_[…]{26}$` → `prd`). */
export function idPrefixOf(schema: Schema): string | undefined {
  const pattern = typeof schema?.pattern === "string" ? schema.pattern : "";
  return /^\^([a-z]+)_\[/.exec(pattern)?.[1];
}

/** `allOf` parts merged into one schema: properties and required lists combined, the rest the last part's. */
export function mergeAllOf(parts: ReadonlyArray<Schema>, own: Schema): Schema {
  const all = [...parts, { ...own, allOf: undefined }];
  const properties = Object.assign({}, ...all.map((part) => part?.properties ?? {}));
  const required = [...new Set(all.flatMap((part) => part?.required ?? []))];
  return { ...Object.assign({}, ...all), properties, required };
}

function merged(schema: Schema): Schema {
  const resolved = resolveRef(schema);
  if (!Array.isArray(resolved?.allOf)) return resolved;
  return mergeAllOf(resolved.allOf.map(merged), resolved);
}

function stringFor(schema: Schema, name: string, ids: IdsByPrefix): string {
  const prefix = idPrefixOf(schema);
  if (prefix !== undefined) return ids[prefix] ?? `${prefix}_${"0".repeat(26)}`;
  if (/date$/i.test(name) || schema.format === "date" || /YYYY-MM-DD/.test(schema.description ?? ""))
    return "2025-03-01";
  if (/percent$/i.test(name)) return "5";
  if (/^(asOf|from|to)$/.test(name)) return "2025-03-01";
  const text = "fuzz";
  return text.slice(0, Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? text.length, text.length)));
}

/**
 * A value the schema accepts, as far as the schema alone can say: the example, default, first enum
 * value or const, required properties filled recursively, ids taken from `ids` by pattern prefix, dates
 * for `…Date` fields and `"5"` for `…Percent` strings. Products and rule-set documents come from core's
 * demos (their cross-field rules are not in the schema). The tests use it to reach past validation.
 *
 * @example
 * const body = validValue(operation.requestBody.content["application/json"].schema, "", { loan: loanId });
 */
export function validValue(schema: Schema, name: string, ids: IdsByPrefix, depth = 0): unknown {
  const known = refName(schema);
  if (known !== undefined && KNOWN_VALID[known] !== undefined) return KNOWN_VALID[known]();
  const node = merged(schema);
  if (node === undefined || node === null || depth > 12) return null;
  if (node.const !== undefined) return node.const;
  if (Array.isArray(node.enum)) return node.enum[0];
  if (node.example !== undefined && typeof node.example !== "object") {
    const prefix = idPrefixOf(node);
    return prefix !== undefined && ids[prefix] !== undefined ? ids[prefix] : node.example;
  }
  if (node.default !== undefined) return node.default;
  const options = node.oneOf ?? node.anyOf;
  if (Array.isArray(options)) return validValue(options[0], name, ids, depth + 1);
  const type = Array.isArray(node.type) ? node.type.find((t: string) => t !== "null") : node.type;
  switch (type) {
    case "object": {
      const value: Record<string, unknown> = {};
      for (const key of node.required ?? []) value[key] = validValue(node.properties?.[key], key, ids, depth + 1);
      // `minProperties` (a PATCH must change something): fill optional properties until it holds.
      for (const key of Object.keys(node.properties ?? {})) {
        if (Object.keys(value).length >= (node.minProperties ?? 0)) break;
        value[key] ??= validValue(node.properties[key], key, ids, depth + 1);
      }
      return value;
    }
    case "array":
      // As few items as the schema allows (a pair of micro-deposits needs two).
      return Array.from({ length: node.minItems ?? 0 }, () => validValue(node.items, name, ids, depth + 1));
    case "integer":
    case "number":
      return node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + 1 : 1);
    case "boolean":
      return false;
    case "string":
      return stringFor(node, name, ids);
    default:
      return node.example ?? null;
  }
}
