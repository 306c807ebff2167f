import { upperReasonCode } from "./compile/scorecard-step.js";
import type { RuleSetDocument } from "./schema.js";

/**
 * Every reason code a rule set can emit, in document order without duplicates: those of its rules
 * and table rows, then those of its declared scorecards (attribute and bin codes, in the rule
 * set's UPPER_SNAKE_CASE). A reason-statement map must cover all of them.
 *
 * @example reasonCodesOfRuleSet(demoScoredRuleSet).includes("RECENT_INQUIRIES") === true
 */
export function reasonCodesOfRuleSet(document: RuleSetDocument): string[] {
  const codes = new Set<string>();
  for (const rule of document.rules) for (const code of rule.reasonCodes ?? []) codes.add(code);
  for (const table of document.tables ?? []) {
    for (const row of table.rows) for (const code of row.reasonCodes ?? []) codes.add(code);
  }
  for (const { scorecard } of document.scorecards ?? []) {
    for (const attribute of scorecard.attributes) {
      codes.add(upperReasonCode(attribute.reasonCode));
      for (const bin of attribute.bins) if (bin.reasonCode !== undefined) codes.add(upperReasonCode(bin.reasonCode));
    }
  }
  return [...codes];
}
