import { describe, expect, it } from "vitest";
import {
  checkConditionsFor,
  clearCondition,
  raiseCondition,
  type UnderwritingCondition,
  waiveCondition,
} from "./underwriting-conditions.js";

const raise = (id: string, kind: UnderwritingCondition["kind"]): UnderwritingCondition => {
  const raised = raiseCondition({ id, kind, description: id, by: "ann", at: "2026-03-02T14:05:00Z" });
  if (!raised.ok) throw new Error(raised.error.message);
  return raised.value;
};

describe("underwriting conditions", () => {
  it("raises, clears and waives with who and when", () => {
    const paystubs = raise("paystubs", "prior_to_approval");
    expect(paystubs).toEqual({
      id: "paystubs",
      kind: "prior_to_approval",
      description: "paystubs",
      status: "open",
      raisedBy: "ann",
      raisedAt: "2026-03-02T14:05:00Z",
    });
    expect(clearCondition(paystubs, "bob", "2026-03-03T10:00:00Z")).toEqual({
      ok: true,
      value: { ...paystubs, status: "cleared", resolvedBy: "bob", resolvedAt: "2026-03-03T10:00:00Z" },
    });
    expect(waiveCondition(paystubs, "bob", "2026-03-03T10:00:00Z", "reserves")).toMatchObject({
      ok: true,
      value: { status: "waived", resolvedBy: "bob", waiverReason: "reserves" },
    });
  });

  it("refuses resolving twice, a waiver without reason, and a bad instant", () => {
    const cleared = clearCondition(raise("a", "prior_to_closing"), "bob", "2026-03-03T10:00:00Z");
    if (!cleared.ok) throw new Error("fixture");
    expect(waiveCondition(cleared.value, "cat", "2026-03-04T10:00:00Z", "x")).toMatchObject({
      ok: false,
      error: { code: "condition_not_open" },
    });
    expect(waiveCondition(raise("b", "prior_to_closing"), "cat", "2026-03-04T10:00:00Z", " ")).toMatchObject({
      ok: false,
      error: { code: "required", path: ["reason"] },
    });
    expect(clearCondition(raise("c", "prior_to_closing"), "cat", "soon")).toMatchObject({
      ok: false,
      error: { code: "invalid_instant" },
    });
    expect(
      raiseCondition({ id: "d", kind: "prior_to_closing", description: "d", by: "", at: "2026-03-04T10:00:00Z" }).ok,
    ).toBe(false);
  });

  it("open prior-to-approval conditions block approvals; prior-to-closing ones block funding", () => {
    const conditions = [raise("pta", "prior_to_approval"), raise("ptc", "prior_to_closing")];
    expect(checkConditionsFor(conditions, { type: "approve" })).toMatchObject({
      ok: false,
      error: { code: "conditions_open", conditionIds: ["pta"] },
    });
    expect(checkConditionsFor(conditions, { type: "decide", outcome: "approved" })).toMatchObject({
      ok: false,
      error: { conditionIds: ["pta"] },
    });
    expect(checkConditionsFor(conditions, { type: "decide", outcome: "declined" })).toEqual({ ok: true, value: true });
    expect(checkConditionsFor(conditions, { type: "fund" })).toMatchObject({
      ok: false,
      error: { conditionIds: ["ptc"] },
    });
    expect(checkConditionsFor(conditions, { type: "start_closing" })).toEqual({ ok: true, value: true });
    const waived = waiveCondition(conditions[1]!, "bob", "2026-03-03T10:00:00Z", "insured by dealer");
    if (!waived.ok) throw new Error("fixture");
    expect(checkConditionsFor([conditions[0]!, waived.value], { type: "fund" })).toEqual({ ok: true, value: true });
  });
});
