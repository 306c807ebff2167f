import { InvariantError } from "../../errors/index.js";
import { childrenOf, type ExpressionNode, type Value, type ValueType } from "../language/ast.js";
import { complianceFunctions } from "../runtime/compliance-functions.js";
import type { AssignedValue } from "../schema.js";
import { type Arithmetic, compileExpression, type Evaluator } from "./compile-expression.js";
import { checkAt, parseAt, raise, type Site } from "./compile-site.js";
import type { CheckSite } from "./plan.js";

/** Names, types and slots known while compiling, in evaluation order. */
export class CompileContext {
  readonly slotNames: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly types = new Map<string, ValueType>();
  /** Compliance calls behind each computed value and table column, for the trace. */
  private readonly checksByName = new Map<string, ReadonlyArray<CheckSite>>();
  private readonly sites = new Map<ExpressionNode, CheckSite>();
  constructor(readonly arithmetic: Arithmetic) {}

  /**
   * The compliance calls in `nodes` plus those behind the names they read (computed values and
   * table columns, transitively), each once. Recorded under `name` when given.
   */
  checksOf(nodes: ReadonlyArray<ExpressionNode>, names: Iterable<string>, name?: string): ReadonlyArray<CheckSite> {
    const found = new Set<CheckSite>();
    for (const node of nodes) this.collectCalls(node, found);
    for (const read of names) for (const site of this.checksByName.get(read) ?? []) found.add(site);
    const checks = [...found];
    if (name !== undefined && checks.length > 0) this.checksByName.set(name, checks);
    return checks;
  }

  private collectCalls(node: ExpressionNode, into: Set<CheckSite>): void {
    if (node.kind === "call") {
      const fn = complianceFunctions.get(node.name);
      if (fn !== undefined) {
        let site = this.sites.get(node);
        if (site === undefined) {
          site = { fn, args: node.args.map((arg) => this.compile(arg)) };
          this.sites.set(node, site);
        }
        into.add(site);
      }
    }
    for (const child of childrenOf(node)) this.collectCalls(child, into);
  }

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

  readonly typeOf = (name: string): ValueType | undefined =>
    name === "$usuryTable" ? (this.arithmetic.compliance?.usuryTable ? "boolean" : undefined) : this.types.get(name);

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
