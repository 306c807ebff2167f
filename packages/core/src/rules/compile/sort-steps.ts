import type { ExpressionNode } from "../language/ast.js";
import type { RuleSetDocument } from "../schema.js";
import { raise, type Site } from "./compile-site.js";
import type { ParsedTable } from "./compile-table.js";
import type { ParsedScorecard } from "./scorecard-step.js";

type Computed = NonNullable<RuleSetDocument["computed"]>[number];

/** A computed value after parsing. */
export interface ParsedComputed {
  readonly kind: "computed";
  readonly c: Computed;
  readonly where: Site;
  readonly node: ExpressionNode;
  readonly dependencies: ReadonlySet<string>;
}

/** A step in evaluation order. */
export type OrderedStep =
  | { kind: "computed"; computed: ParsedComputed }
  | { kind: "table"; parsed: ParsedTable }
  | { kind: "scorecard"; scorecard: ParsedScorecard };

/**
 * Orders computed values and tables so each comes after everything it reads (Kahn's algorithm,
 * ties broken by declaration order so the order is stable). A cycle is a `cycle` error.
 */
export function sortSteps(
  computed: ReadonlyArray<ParsedComputed>,
  tables: ReadonlyArray<ParsedTable>,
  scorecards: ReadonlyArray<ParsedScorecard> = [],
): OrderedStep[] {
  const steps: OrderedStep[] = [
    ...computed.map((c) => ({ kind: "computed" as const, computed: c })),
    ...tables.map((parsed) => ({ kind: "table" as const, parsed })),
    ...scorecards.map((scorecard) => ({ kind: "scorecard" as const, scorecard })),
  ];
  const producer = new Map<string, number>();
  steps.forEach((step, i) => {
    if (step.kind === "computed") producer.set(step.computed.c.name, i);
    else if (step.kind === "scorecard") producer.set(step.scorecard.declaration.name, i);
    else for (const output of step.parsed.table.outputs) producer.set(output.name, i);
  });
  const dependsOn = steps.map((step) => {
    const names =
      step.kind === "computed"
        ? step.computed.dependencies
        : step.kind === "scorecard"
          ? step.scorecard.dependencies
          : step.parsed.dependencies;
    return [...names].map((name) => producer.get(name)).filter((i): i is number => i !== undefined);
  });
  const done = new Array<boolean>(steps.length).fill(false);
  const order: OrderedStep[] = [];
  while (order.length < steps.length) {
    const next = steps.findIndex((_, i) => !done[i] && dependsOn[i]!.every((d) => done[d]));
    if (next < 0) {
      const stuck = steps.findIndex((_, i) => !done[i])!;
      const step = steps[stuck]!;
      const where: Site =
        step.kind === "computed"
          ? step.computed.where
          : step.kind === "scorecard"
            ? step.scorecard.where
            : {
                path: ["tables", step.parsed.index],
                label: `table "${step.parsed.table.id}"`,
                ids: { tableId: step.parsed.table.id },
              };
      raise("cycle", "depends on itself through computed values or tables", where);
    }
    done[next] = true;
    order.push(steps[next]!);
  }
  return order;
}
