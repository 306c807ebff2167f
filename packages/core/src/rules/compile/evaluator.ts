import type { RoundingMode } from "../../money/index.js";
import type { Value } from "../language/ast.js";
import type { ComplianceEnvironment } from "../runtime/compliance-functions.js";

/** A compiled expression: reads the slot vector, returns a value, never throws. @example const fn: Evaluator = (slots) => slots[0] ?? null; */
export type Evaluator = (slots: ReadonlyArray<Value>) => Value;

/** How `/` and `round` round; declared once per rule set. @example const a: Arithmetic = { divisionScale: 10, roundingMode: "half-even" }; */
export interface Arithmetic {
  readonly divisionScale: number;
  readonly roundingMode: RoundingMode;
  /** Data for the compliance functions (usury table, creditor business days), fixed at compile time. */
  readonly compliance?: ComplianceEnvironment;
}

/** Resolves a checked name to its slot index. @example const slotOf: SlotResolver = (name) => slots.get(name)!; */
export type SlotResolver = (name: string) => number;
