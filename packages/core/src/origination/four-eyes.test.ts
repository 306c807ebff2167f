import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ApprovalRequest, checkApproval } from "./four-eyes.js";

const base: ApprovalRequest = {
  sub: "bob",
  amountMinor: 2_500_000n,
  authorityLimitMinor: 2_500_000n,
  referredBy: "ann",
  priorApprovals: [],
};

describe("checkApproval", () => {
  it("one approval is final up to and at the authority limit", () => {
    expect(checkApproval(base)).toEqual({
      ok: true,
      value: { isFinal: true, approvalsRequired: 1, approvalsGiven: 1 },
    });
  });

  it("above the limit the first approval is not final and the second (another sub) is", () => {
    const above = { ...base, amountMinor: 2_500_001n };
    expect(checkApproval(above)).toEqual({
      ok: true,
      value: { isFinal: false, approvalsRequired: 2, approvalsGiven: 1 },
    });
    expect(checkApproval({ ...above, sub: "cat", priorApprovals: [{ sub: "bob" }] })).toEqual({
      ok: true,
      value: { isFinal: true, approvalsRequired: 2, approvalsGiven: 2 },
    });
  });

  it("refuses approving one's own referral, approving twice, and a third approval", () => {
    expect(checkApproval({ ...base, sub: "ann" })).toEqual({
      ok: false,
      error: { code: "own_referral", sub: "ann", message: "ann referred this application and cannot approve it" },
    });
    expect(checkApproval({ ...base, amountMinor: 9_000_000n, priorApprovals: [{ sub: "bob" }] })).toMatchObject({
      ok: false,
      error: { code: "already_approved", sub: "bob" },
    });
    expect(checkApproval({ ...base, sub: "cat", priorApprovals: [{ sub: "bob" }] })).toMatchObject({
      ok: false,
      error: { code: "approval_complete" },
    });
  });

  it("an automated referral (no author) can be approved by anyone", () => {
    const { referredBy: _, ...automated } = base;
    expect(checkApproval({ ...automated, sub: "ann" }).ok).toBe(true);
  });

  it("property: a final approval above the limit always has two distinct approvers, none the referrer", () => {
    const subs = fc.constantFrom("ann", "bob", "cat", "dan");
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        subs,
        fc.array(subs, { maxLength: 6 }),
        (amountMinor, authorityLimitMinor, referredBy, attempts) => {
          const approvals: string[] = [];
          let isFinal = false;
          for (const sub of attempts) {
            const verdict = checkApproval({
              sub,
              amountMinor,
              authorityLimitMinor,
              referredBy,
              priorApprovals: approvals.map((s) => ({ sub: s })),
            });
            if (!verdict.ok) continue;
            approvals.push(sub);
            isFinal = verdict.value.isFinal;
          }
          expect(new Set(approvals).size).toBe(approvals.length);
          expect(approvals).not.toContain(referredBy);
          if (isFinal) expect(approvals.length).toBe(amountMinor > authorityLimitMinor ? 2 : 1);
        },
      ),
    );
  });
});
