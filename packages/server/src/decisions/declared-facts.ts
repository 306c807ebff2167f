import { fail, ok, type Result } from "@lendstack/core/errors";
import type { RuleSetDocument } from "@lendstack/core/rules";

/**
 * Facts a decision may carry are exactly the inputs its rule-set version declares: anything else is
 * refused with 422 `undeclared_fact` (never stored), and `details.names` lists every undeclared name so
 * the problem can name each one. Declared facts are bounded by core (`ruleSetLimits`: string and list
 * sizes), the request by the body limit and the 32-level nesting limit.
 *
 * @example
 * const checked = checkDeclaredFacts(document, { creditScore: 700, shoeSize: 9 });
 * // { ok: false, error: { code: "undeclared_fact", path: ["facts", "shoeSize"], details: { names: ["shoeSize"] } } }
 */
export function checkDeclaredFacts(document: RuleSetDocument, facts: Readonly<Record<string, unknown>>): Result<true> {
  const declared = new Set(document.inputs.map((input) => input.name));
  const names = Object.keys(facts).filter((name) => !declared.has(name));
  if (names.length === 0) return ok(true);
  const listed = names
    .slice(0, 5)
    .map((name) => `\`${name}\``)
    .join(", ");
  const more = names.length > 5 ? ` and ${names.length - 5} more` : "";
  return fail(
    "undeclared_fact",
    `The rule set declares no input named ${listed}${more}; send only its declared inputs.`,
    ["facts", names[0] as string],
    { names },
  );
}
