import { InvariantError } from "../errors/index.js";
import { sha256Hex } from "./sha256.js";

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, `undefined` properties
 * dropped, numbers and strings as `JSON.stringify` writes them — in the spirit of RFC 8785 (JCS)
 * for the documents we store (which hold no floats that need JCS number formatting).
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) === '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvariantError("canonical JSON cannot hold a non-finite number");
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  throw new InvariantError(`canonical JSON cannot hold a ${typeof value}`);
}

/**
 * Content hash of a rule-set document: `sha256:` + hex SHA-256 of its canonical JSON. Key order and
 * whitespace do not change it; any change to a value does. A decision records it so the published
 * version that made the decision can be proven unchanged.
 *
 * @see FIPS 180-4 (SHA-256); RFC 8785 (JSON canonicalization)
 * @example
 * hashRuleSet(demoUnderwritingRuleSet) // "sha256:…64 hex digits"
 */
export function hashRuleSet(document: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(document))}`;
}
