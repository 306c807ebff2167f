import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { evaluatePromises, type PromisePayment, type PromiseToPay } from "./promises.js";

const promise: PromiseToPay = {
  id: "ptp_1",
  amountMinor: 25_000n,
  dueDate: date("2026-12-10"),
  promisedOn: date("2026-12-03"),
};
const paid = (amountMinor: bigint, on: string): PromisePayment => ({ amountMinor, receivedOn: date(on) });

describe("promises to pay", () => {
  it("is pending before its date, kept when paid in full by it, broken after it", () => {
    expect(evaluatePromises([promise], [], date("2026-12-10"))).toEqual([
      { promiseId: "ptp_1", status: "pending", paidMinor: 0n, shortMinor: 25_000n, keptOn: null },
    ]);
    expect(evaluatePromises([promise], [paid(25_000n, "2026-12-09")], date("2026-12-11"))[0]).toMatchObject({
      status: "kept",
      keptOn: "2026-12-09",
      shortMinor: 0n,
    });
    expect(evaluatePromises([promise], [], date("2026-12-11"))[0]?.status).toBe("broken");
  });

  it("a partial payment breaks it, showing what was paid and what is short", () => {
    expect(evaluatePromises([promise], [paid(10_000n, "2026-12-09")], date("2026-12-11"))[0]).toEqual({
      promiseId: "ptp_1",
      status: "broken",
      paidMinor: 10_000n,
      shortMinor: 15_000n,
      keptOn: null,
    });
  });

  it("counts payments from the promise date through the due date plus grace, and none after asOf", () => {
    const early = paid(25_000n, "2026-12-02");
    expect(evaluatePromises([promise], [early], date("2026-12-11"))[0]?.status).toBe("broken");
    const late = paid(25_000n, "2026-12-12");
    expect(evaluatePromises([promise], [late], date("2026-12-13"))[0]?.status).toBe("broken");
    expect(evaluatePromises([promise], [late], date("2026-12-13"), { graceDays: 2 })[0]?.status).toBe("kept");
    expect(evaluatePromises([promise], [late], date("2026-12-11"), { graceDays: 2 })[0]?.status).toBe("pending");
  });

  it("one payment can keep two promises; a payment is used once", () => {
    const second: PromiseToPay = { ...promise, id: "ptp_2", dueDate: date("2026-12-20") };
    const both = evaluatePromises([second, promise], [paid(50_000n, "2026-12-08")], date("2026-12-21"));
    expect(both.map((o) => [o.promiseId, o.status])).toEqual([
      ["ptp_2", "kept"],
      ["ptp_1", "kept"],
    ]);
    const one = evaluatePromises([second, promise], [paid(25_000n, "2026-12-08")], date("2026-12-21"));
    expect(one.map((o) => o.status)).toEqual(["broken", "kept"]); // the earlier-due promise takes it
  });

  it("property: never applies more than was paid in the windows, nor more than promised", () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => addDays(date("2026-12-01"), n));
    const promiseArb = fc.record({ amountMinor: fc.bigInt({ min: 1n, max: 100_000n }), dueDate: day, promisedOn: day });
    const paymentArb = fc.record({ amountMinor: fc.bigInt({ min: 1n, max: 100_000n }), receivedOn: day });
    fc.assert(
      fc.property(
        fc.array(promiseArb, { maxLength: 6 }),
        fc.array(paymentArb, { maxLength: 8 }),
        day,
        (ps, payments, asOf) => {
          const promises = ps.map((p, i) => ({ ...p, id: `p${i}` }));
          const outcomes = evaluatePromises(promises, payments, asOf);
          const seen = payments.filter((p) => p.receivedOn <= asOf).reduce((s, p) => s + p.amountMinor, 0n);
          expect(outcomes.reduce((s, o) => s + o.paidMinor, 0n) <= seen).toBe(true);
          outcomes.forEach((o, i) => {
            expect(o.promiseId).toBe(`p${i}`);
            expect(o.paidMinor + o.shortMinor).toBe(promises[i]!.amountMinor);
            expect(o.status === "kept").toBe(o.shortMinor === 0n);
            if (o.status === "broken") expect(promises[i]!.dueDate < asOf).toBe(true);
          });
        },
      ),
    );
  });
});
