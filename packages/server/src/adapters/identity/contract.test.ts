import { describe, expect, it } from "vitest";
import { SANDBOX_IDENTITY_OUTCOMES, sandboxIdentityVerifier } from "./sandbox.js";
import type { IdentityToVerify, IdentityVerifier } from "./verifier.js";

// The contract every identity verifier passes: an outcome of the three, snake_case reason codes (none on a
// pass, at least one otherwise), a reference, the same answer for the same person. Then the sandbox's
// documented test inputs.

const person = (taxIdDigits: string): IdentityToVerify => ({
  name: { first: "Ada", last: "Lovelace" },
  dateOfBirth: "1985-06-15",
  address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
  taxIdDigits,
});

function identityContract(name: string, verifier: IdentityVerifier) {
  describe(`${name} identity verifier contract`, () => {
    it("answers pass, fail or review with snake_case reasons (none on a pass) and a reference", async () => {
      for (const digits of ["123450001", "123450002", "123450003", "987654321"]) {
        const answer = await verifier.verify(person(digits));
        expect(["pass", "fail", "review"]).toContain(answer.outcome);
        for (const code of answer.reasonCodes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(answer.reasonCodes.length === 0).toBe(answer.outcome === "pass");
        expect(answer.providerReference.length).toBeGreaterThan(0);
      }
    });
    it("answers the same for the same person", async () => {
      expect(await verifier.verify(person("123450003"))).toEqual(await verifier.verify(person("123450003")));
    });
  });
}

identityContract("sandbox", sandboxIdentityVerifier);

describe("sandbox identity test inputs", () => {
  it.each([
    ["123450001", "pass", []],
    ["123450002", "fail", ["date_of_birth_mismatch"]],
    ["123450003", "review", ["address_unverified"]],
    ["123456789", "review", ["identity_not_found"]],
  ])("tax id %s is %s %o", async (digits, outcome, reasonCodes) => {
    expect(await sandboxIdentityVerifier.verify(person(digits))).toMatchObject({ outcome, reasonCodes });
  });
  it("documents each test input it knows", () => {
    expect(Object.keys(SANDBOX_IDENTITY_OUTCOMES)).toEqual(["0001", "0002", "0003"]);
  });
});
