import { describe, expect, it } from "vitest";
import { businessCalendar, date } from "../calendar/index.js";
import { parseInstant } from "./instant.js";
import { slaDueAt, type WorkingHours } from "./sla.js";
import type { WorkflowDefinition } from "./workflow-definition.js";
import { enterStage } from "./workflow-stages.js";
import { validateWorkflow } from "./workflow-validate.js";

/** An auto-loan workflow: large or flagged applications get a manual review. */
export const autoWorkflow: WorkflowDefinition = {
  productId: "prd_auto",
  version: 1,
  facts: [
    { name: "amount", type: "number", unit: "USD_minor" },
    { name: "sanctionsHit", type: "boolean" },
    { name: "statedIncomeMonthly", type: "number", nullable: true },
  ],
  stages: [
    {
      id: "manual-review",
      name: "Manual review",
      state: "in_review",
      entryCondition: "amount > 2500000 or sanctionsHit",
      sla: { unit: "business_days", amount: 2 },
      tasks: [
        {
          id: "verify-income",
          name: "Verify income",
          queue: "verifications",
          role: "processor",
          sla: { unit: "business_days", amount: 1 },
        },
        {
          id: "review-sanctions-hit",
          name: "Review sanctions hit",
          queue: "compliance",
          role: "underwriter",
          sla: { unit: "business_hours", amount: 4 },
          when: "sanctionsHit",
        },
      ],
    },
    { id: "auto-review", name: "Automated review", state: "in_review", tasks: [] },
    {
      id: "closing",
      name: "Closing",
      state: "closing",
      tasks: [
        {
          id: "prepare-documents",
          name: "Prepare documents",
          queue: "closing",
          role: "closer",
          sla: { unit: "calendar_days", amount: 3 },
        },
      ],
    },
  ],
  conditions: [{ id: "proof-of-insurance", kind: "prior_to_closing", description: "Proof of insurance" }],
};

const weekendsOnly = businessCalendar({ name: "weekends", holidays: [date("2026-03-10")] });
const hours: WorkingHours = { calendar: weekendsOnly, openMinute: 9 * 60, closeMinute: 17 * 60 };
const ms = (text: string) => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

describe("validateWorkflow", () => {
  it("accepts a well-formed definition", () => {
    expect(validateWorkflow(autoWorkflow).ok).toBe(true);
  });

  it("lists every problem with its path, using the rule engine's own codes for expressions", () => {
    const stage = autoWorkflow.stages[0]!;
    const broken: WorkflowDefinition = {
      ...autoWorkflow,
      version: 0,
      stages: [
        {
          ...stage,
          entryCondition: 'amount > "big"',
          tasks: [
            {
              ...stage.tasks[1]!,
              when: "sanctionHit",
              role: "boss" as never,
              sla: { unit: "business_hours", amount: 0 },
            },
          ],
        },
        { ...stage, id: "manual-review", entryCondition: "amount >", tasks: [] },
        { id: "offer", name: "", state: "offer" as never, tasks: [] },
      ],
      conditions: [{ id: "x", kind: "prior_to_funding" as never, description: "", documentType: "paystub" }],
    };
    const result = validateWorkflow(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_workflow");
    expect(result.error.issues.map((i) => `${i.path.join(".")}:${i.code}`)).toEqual([
      "version:invalid_version",
      "stages.0.entryCondition:type_mismatch",
      "stages.0.tasks.0.role:invalid_role",
      "stages.0.tasks.0.sla.amount:invalid_sla_amount",
      "stages.0.tasks.0.when:unknown_variable",
      "stages.1.id:duplicate_id",
      "stages.1.entryCondition:syntax_error",
      "stages.2.name:required",
      "stages.2.state:invalid_state",
      "stages:missing_fallback_stage",
      "conditions.0.kind:invalid_condition_kind",
      "conditions.0.description:required",
      "conditions.0.documentType:invalid_document_type",
    ]);
    expect(result.error.issues[1]?.details).toMatchObject({ line: 1, column: 10 });
  });

  it("refuses a stage after the state's unconditional stage, and bad fact declarations", () => {
    const after: WorkflowDefinition = { ...autoWorkflow, stages: [autoWorkflow.stages[1]!, autoWorkflow.stages[0]!] };
    const result = validateWorkflow(after);
    expect(result.ok || result.error.issues.map((i) => i.code)).toEqual(["unreachable_stage"]);
    const facts = validateWorkflow({ ...autoWorkflow, facts: [{ name: "constructor", type: "number" }] });
    expect(facts.ok || facts.error.issues[0]).toMatchObject({ path: ["facts", 0, "name"], code: "invalid_rule_set" });
  });
});

describe("enterStage", () => {
  const compiled = (() => {
    const result = validateWorkflow(autoWorkflow);
    if (!result.ok) throw new Error("fixture");
    return result.value;
  })();

  it("a small clean application takes the fallback stage, with no tasks", () => {
    const entry = enterStage(
      compiled,
      "in_review",
      { amount: 1_000_000, sanctionsHit: false },
      "2026-03-06T16:00:00Z",
      hours,
    );
    expect(entry).toEqual({
      ok: true,
      value: { stageId: "auto-review", stageName: "Automated review", state: "in_review", tasks: [] },
    });
  });

  it("a sanctions hit enters manual review with both tasks, due by their SLAs", () => {
    // Friday 2026-03-06 16:00 UTC, 09:00-17:00, weekends and Tue 03-10 off.
    const entry = enterStage(
      compiled,
      "in_review",
      { amount: 1_000_000, sanctionsHit: true },
      "2026-03-06T16:00:00Z",
      hours,
    );
    expect(entry.ok).toBe(true);
    if (!entry.ok) return;
    expect(entry.value?.stageId).toBe("manual-review");
    // stage: 2 business days after Fri → Mon, then Tue is a holiday → Wed 03-11, at close
    expect(entry.value?.dueAt).toBe("2026-03-11T17:00:00.000Z");
    expect(entry.value?.tasks.map((t) => [t.templateId, t.role, t.queue, t.dueAt])).toEqual([
      ["verify-income", "processor", "verifications", "2026-03-09T17:00:00.000Z"], // Mon close
      ["review-sanctions-hit", "underwriter", "compliance", "2026-03-09T12:00:00.000Z"], // 1 h Fri + 3 h Mon
    ]);
  });

  it("a large amount alone enters manual review without the sanctions task", () => {
    const entry = enterStage(
      compiled,
      "in_review",
      { amount: 2_500_001, sanctionsHit: false },
      "2026-03-06T08:00:00Z",
      hours,
    );
    expect(entry.ok && entry.value?.tasks.map((t) => t.templateId)).toEqual(["verify-income"]);
  });

  it("a state with no stage gives undefined; bad facts give the engine's error", () => {
    expect(enterStage(compiled, "offered", { amount: 1, sanctionsHit: false }, "2026-03-06T08:00:00Z", hours)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(enterStage(compiled, "in_review", { amount: 1 }, "2026-03-06T08:00:00Z", hours)).toMatchObject({
      ok: false,
      error: { code: "missing_fact", path: ["facts", "sanctionsHit"] },
    });
    expect(enterStage(compiled, "closing", { amount: 1, sanctionsHit: false }, "yesterday", hours)).toMatchObject({
      ok: false,
      error: { code: "invalid_instant" },
    });
  });
});

describe("slaDueAt", () => {
  // given a start, an SLA and 09:00-17:00 hours (weekends and 2026-03-10 off) → want the due time
  const cases: Array<[string, "business_hours" | "business_days" | "calendar_days", number, string]> = [
    ["2026-03-06T16:00:00Z", "business_hours", 4, "2026-03-09T12:00:00Z"],
    ["2026-03-06T18:00:00Z", "business_hours", 8, "2026-03-09T17:00:00Z"], // after hours: starts Monday 09:00
    ["2026-03-09T10:00:00Z", "business_hours", 16, "2026-03-12T10:00:00Z"], // Mon 7 h, Tue off, Wed 8 h, Thu 1 h
    ["2026-03-07T10:00:00Z", "business_days", 1, "2026-03-09T17:00:00Z"], // Saturday → Monday close
    ["2026-03-06T23:30:00Z", "calendar_days", 1, "2026-03-07T23:30:00Z"],
  ];
  it.each(cases)("%s + %s %i → %s", (start, unit, amount, want) => {
    expect(slaDueAt(ms(start), { unit, amount }, hours)).toBe(ms(want));
  });

  it("applies a fixed UTC offset: 09:00-17:00 at UTC-5 is 14:00-22:00 UTC", () => {
    const eastern: WorkingHours = { ...hours, utcOffsetMinutes: -300 };
    expect(slaDueAt(ms("2026-03-06T21:00:00Z"), { unit: "business_hours", amount: 2 }, eastern)).toBe(
      ms("2026-03-09T15:00:00Z"),
    );
    expect(slaDueAt(ms("2026-03-07T02:00:00Z"), { unit: "business_days", amount: 1 }, eastern)).toBe(
      ms("2026-03-09T22:00:00Z"),
    );
  });
});
