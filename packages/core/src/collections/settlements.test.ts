import { describe, expect, it } from "vitest";
import { date } from "../calendar/index.js";
import { unwrap } from "../errors/index.js";
import { planSettlement, type SettlementTerms, type SettlementWatch, settlementProgress } from "./settlements.js";

const today = date("2026-09-01");
const lump = (amountMinor: bigint, dueDate = "2026-09-30", expiresOn = "2026-10-10"): SettlementTerms => ({
  amountMinor,
  plan: { kind: "lump-sum", dueDate: date(dueDate) },
  expiresOn: date(expiresOn),
});
const installments = (rows: ReadonlyArray<[string, bigint]>, amountMinor: bigint, expiresOn = "2026-12-31") => ({
  amountMinor,
  plan: {
    kind: "installments" as const,
    installments: rows.map(([dueDate, a]) => ({ dueDate: date(dueDate), amountMinor: a })),
  },
  expiresOn: date(expiresOn),
});

function errorOf(result: ReturnType<typeof planSettlement>) {
  return result.ok ? undefined : { code: result.error.code, path: result.error.path };
}

describe("planSettlement", () => {
  it("forgives the balance less the amount: 5,123.40 owed, 3,000.00 accepted, 2,123.40 forgiven", () => {
    const quote = unwrap(planSettlement(lump(300_000n), 512_340n, today));
    expect(quote).toEqual({
      balanceMinor: 512_340n,
      amountMinor: 300_000n,
      forgivenMinor: 212_340n,
      schedule: [{ number: 1, dueDate: "2026-09-30", amountMinor: 300_000n }],
    });
  });

  it("numbers installments that sum exactly to the amount", () => {
    const terms = installments(
      [
        ["2026-09-15", 100_000n],
        ["2026-10-15", 100_000n],
        ["2026-11-15", 100_000n],
      ],
      300_000n,
    );
    expect(unwrap(planSettlement(terms, 512_340n, today)).schedule.map((row) => row.number)).toEqual([1, 2, 3]);
  });

  it.each([
    ["a zero amount", lump(0n), { code: "invalid_amount", path: ["amount"] }],
    ["the whole balance", lump(512_340n), { code: "settlement_not_below_balance", path: ["amount"] }],
    ["more than the balance", lump(600_000n), { code: "settlement_not_below_balance", path: ["amount"] }],
    [
      "a lump sum due yesterday",
      lump(1_000n, "2026-08-31"),
      { code: "settlement_date_in_past", path: ["plan", "dueDate"] },
    ],
    [
      "an expiry before the lump sum",
      lump(1_000n, "2026-09-30", "2026-09-29"),
      { code: "invalid_settlement_plan", path: ["expiresOn"] },
    ],
    [
      "installments one cent short",
      installments(
        [
          ["2026-09-15", 100_000n],
          ["2026-10-15", 199_999n],
        ],
        300_000n,
      ),
      { code: "settlement_plan_mismatch", path: ["plan", "installments"] },
    ],
    [
      "a zero installment",
      installments(
        [
          ["2026-09-15", 300_000n],
          ["2026-10-15", 0n],
        ],
        300_000n,
      ),
      { code: "invalid_amount", path: ["plan", "installments", 1, "amount"] },
    ],
    [
      "dates out of order",
      installments(
        [
          ["2026-10-15", 100_000n],
          ["2026-09-15", 200_000n],
        ],
        300_000n,
      ),
      { code: "invalid_settlement_plan", path: ["plan", "installments", 1, "dueDate"] },
    ],
    [
      "no installments",
      installments([], 300_000n),
      { code: "invalid_settlement_plan", path: ["plan", "installments"] },
    ],
  ])("refuses %s with the field", (_name, terms, want) => {
    expect(errorOf(planSettlement(terms, 512_340n, today))).toEqual(want);
  });
});

describe("settlementProgress", () => {
  const watch: SettlementWatch = {
    amountMinor: 300_000n,
    schedule: [
      { number: 1, dueDate: date("2026-09-15"), amountMinor: 100_000n },
      { number: 2, dueDate: date("2026-10-15"), amountMinor: 200_000n },
    ],
    startsOn: today,
    graceDays: 10,
    expiresOn: date("2026-10-25"),
  };
  const paid = (day: string, amountMinor: bigint) => ({ receivedOn: date(day), amountMinor });

  it("is active while on track, completed on the day the amount is reached", () => {
    const receipts = [paid("2026-09-14", 100_000n), paid("2026-10-15", 200_000n)];
    expect(settlementProgress(watch, receipts, date("2026-10-01"))).toMatchObject({
      status: "active",
      paidMinor: 100_000n,
    });
    expect(settlementProgress(watch, receipts, date("2026-10-15"))).toEqual({
      status: "completed",
      paidMinor: 300_000n,
      completedOn: "2026-10-15",
      brokenOn: null,
      missedInstallment: null,
    });
  });

  it("lets a payment on the last day of grace count, and breaks the day after", () => {
    const late = [paid("2026-09-25", 100_000n)];
    expect(settlementProgress(watch, late, date("2026-09-26")).status).toBe("active");
    const short = [paid("2026-09-20", 99_999n)];
    expect(settlementProgress(watch, short, date("2026-09-25")).status).toBe("active");
    expect(settlementProgress(watch, short, date("2026-09-26"))).toMatchObject({
      status: "broken",
      brokenOn: "2026-09-26",
      missedInstallment: 1,
      paidMinor: 99_999n,
    });
  });

  it("ignores money received before the settlement began, and breaks when it expires unpaid", () => {
    const before = [paid("2026-08-31", 300_000n), paid("2026-09-10", 100_000n)];
    expect(settlementProgress(watch, before, date("2026-10-20")).status).toBe("active");
    const expiring = {
      ...watch,
      schedule: [{ number: 1, dueDate: date("2026-09-15"), amountMinor: 300_000n }],
      graceDays: 60,
    };
    expect(settlementProgress(expiring, [], date("2026-10-26"))).toMatchObject({
      status: "broken",
      brokenOn: "2026-10-26",
      missedInstallment: null,
    });
  });

  it("completes early when paid ahead of the plan", () => {
    expect(settlementProgress(watch, [paid("2026-09-02", 300_000n)], date("2026-09-02")).completedOn).toBe(
      "2026-09-02",
    );
  });
});
