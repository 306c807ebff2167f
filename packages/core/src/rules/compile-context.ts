import { InvariantError } from "../errors/index.js";
import type { ExpressionNode, Value, ValueType } from "./ast.js";
import { type Arithmetic, compileExpression, type Evaluator } from "./compile-expression.js";
import { checkAt, parseAt, raise, type Site } from "./compile-site.js";
import type { AssignedValue } from "./schema.js";

/** Names, types and slots known while compiling, in evaluation order. */
export class CompileContext {
  readonly slotNames: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly types = new Map<string, ValueType>();
  constructor(readonly arithmetic: Arithmetic) {}

  /** Declares a name and gives it the next slot. */
  declare(name: string, type: ValueType): number {
    if (this.slots.has(name)) throw new InvariantError(`slot ${name} declared twice`);
    const slot = this.slotNames.length;
    this.slotNames.push(name);
    this.slots.set(name, slot);
    this.types.set(name, type);
    return slot;
  }

  /** Reserves a slot whose type is set later (table outputs). */
  setType(name: string, type: ValueType): void {
    this.types.set(name, type);
  }

  readonly typeOf = (name: string): ValueType | undefined => this.types.get(name);

  readonly slotOf = (name: string): number => {
    const slot = this.slots.get(name);
    if (slot === undefined) throw new InvariantError(`unchecked name ${name}`);
    return slot;
  };

  compile(node: ExpressionNode): Evaluator {
    return compileExpression(node, this.slotOf, this.arithmetic);
  }

  /** Slots an expression reads (names resolved), for trace values. */
  readsOf(names: Iterable<string>): number[] {
    const reads: number[] = [];
    for (const name of names) {
      const slot = this.slots.get(name);
      if (slot !== undefined && !reads.includes(slot)) reads.push(slot);
    }
    return reads;
  }
}

/** Parses an assigned value: a JSON literal, or an expression string. */
export function parseAssigned(value: AssignedValue, site: Site): { node: ExpressionNode; source: string } {
  if (typeof value === "string") return { node: parseAt(value, site), source: value };
  const source = JSON.stringify(value);
  const span = { start: 0, end: source.length };
  if (value === null) return { node: { kind: "literal", value: null, type: "null", ...span }, source };
  if (typeof value === "boolean") return { node: { kind: "literal", value, type: "boolean", ...span }, source };
  if (!Number.isFinite(value)) raise("invalid_rule_set", "numbers must be finite", site);
  const text = String(value);
  if (Number.isSafeInteger(value)) return { node: { kind: "literal", value, type: "number", ...span }, source };
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    raise("invalid_rule_set", `write ${text} as a decimal string expression like "0.0000001"`, site);
  }
  return { node: parseAt(text, site), source };
}

/** Type-checks and compiles a constant (an output's default): it may read no names. */
export function compileConstant(value: AssignedValue, site: Site, wanted: ValueType, ctx: CompileContext): Value {
  const { node, source } = parseAssigned(value, site);
  checkAt(node, () => undefined, site, source, wanted);
  return compileExpression(node, ctx.slotOf, ctx.arithmetic)([]);
}
