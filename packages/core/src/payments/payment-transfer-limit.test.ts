import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, date } from "../calendar/index.js";
import { checkPaymentTransferAllowed, type PaymentTransferAttempt } from "./payment-transfer-limit.js";

const attempt = (id: string, on: string, outcome: PaymentTransferAttempt["outcome"]): PaymentTransferAttempt => ({
  id,
  initiatedOn: date(on),
  outcome,
});

describe("12 CFR 1041.8 payment provision", () => {
  const nsf1 = attempt("a1", "2026-12-01", "failed-insufficient-funds");
  const nsf2 = attempt("a2", "2026-12-08", "failed-insufficient-funds");

  it("blocks after two consecutive failed attempts on a covered loan", () => {
    expect(checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [nsf1, nsf2], reauthorizations: [] })).toEqual({
      allowed: false,
      code: "payment_transfers_blocked_after_two_failures",
      failedAttemptIds: ["a1", "a2"],
      message: expect.stringContaining("1041.8"),
    });
  });

  it("does not block an uncovered loan, one failure, or failures a success separates", () => {
    expect(
      checkPaymentTransferAllowed({ isCoveredLoan: false, attempts: [nsf1, nsf2], reauthorizations: [] }).allowed,
    ).toBe(true);
    expect(checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [nsf1], reauthorizations: [] }).allowed).toBe(
      true,
    );
    const ok = attempt("s", "2026-12-05", "succeeded");
    expect(
      checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [nsf1, ok, nsf2], reauthorizations: [] }).allowed,
    ).toBe(true);
  });

  it("counts only insufficient-funds failures; pending and other failures neither count nor reset", () => {
    const other = attempt("o", "2026-12-04", "failed-other");
    const pending = attempt("p", "2026-12-05", "pending");
    const result = checkPaymentTransferAllowed({
      isCoveredLoan: true,
      attempts: [nsf1, other, pending, nsf2],
      reauthorizations: [],
    });
    expect(result).toMatchObject({ allowed: false, failedAttemptIds: ["a1", "a2"] });
  });

  it("a new authorization granted after the second failure lifts the block; two more failures block again", () => {
    const reauth = { id: "r1", grantedOn: date("2026-12-10") };
    expect(
      checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [nsf1, nsf2], reauthorizations: [reauth] }).allowed,
    ).toBe(true);
    const early = { id: "r0", grantedOn: date("2026-12-08") }; // same day as the second failure: not after it
    expect(
      checkPaymentTransferAllowed({ isCoveredLoan: true, attempts: [nsf1, nsf2], reauthorizations: [early] }).allowed,
    ).toBe(false);
    const nsf3 = attempt("a3", "2026-12-15", "failed-insufficient-funds");
    const nsf4 = attempt("a4", "2026-12-22", "failed-insufficient-funds");
    const twice = { isCoveredLoan: true, attempts: [nsf1, nsf2, nsf3], reauthorizations: [reauth] };
    expect(checkPaymentTransferAllowed(twice).allowed).toBe(true);
    expect(checkPaymentTransferAllowed({ ...twice, attempts: [...twice.attempts, nsf4] })).toMatchObject({
      allowed: false,
      failedAttemptIds: ["a3", "a4"],
    });
  });

  it("property: with no reauthorization, blocked exactly when some two NSF failures have no success between them", () => {
    const outcome = fc.constantFrom(
      "succeeded",
      "pending",
      "failed-insufficient-funds",
      "failed-other",
    ) as fc.Arbitrary<PaymentTransferAttempt["outcome"]>;
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 12 }), (outcomes) => {
        const attempts = outcomes.map((o, i) => attempt(`a${i}`, addDays(date("2026-01-01"), i * 7), o));
        const relevant = outcomes.filter((o) => o === "succeeded" || o === "failed-insufficient-funds");
        const twoInARow = relevant.some((o, i) => o === "failed-insufficient-funds" && relevant[i + 1] === o);
        const decision = checkPaymentTransferAllowed({ isCoveredLoan: true, attempts, reauthorizations: [] });
        expect(decision.allowed).toBe(!twoInARow);
      }),
    );
  });
});
