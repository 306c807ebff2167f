import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreditBureau, CreditPullRequest } from "./bureau.js";
import { type FakeBureau, startFakeBureau } from "./fake-server.js";
import { CreditBureauError, httpCreditBureau } from "./http.js";
import { decodeCreditReport, encodeCreditReport } from "./report-codec.js";
import { SANDBOX_CREDIT_FILES, sandboxCreditBureau } from "./sandbox.js";

// The contract every credit bureau passes: a completed report that survives its JSON form and belongs to
// the person asked about (last four digits only), a reference, the same answer for the same pull, a hard
// pull's own inquiry dated the pull (a soft pull leaves none), and a frozen file answered as `frozen`.
// Then the sandbox's documented test files.

const request = (taxIdDigits: string, kind: "soft" | "hard" = "soft"): CreditPullRequest => ({
  kind,
  permissiblePurpose: "credit_transaction",
  subject: {
    name: { first: "Ada", last: "Lovelace" },
    dateOfBirth: "1985-06-15",
    address: { line1: "1 Main St", city: "Lincoln", region: "NE", postalCode: "68508", country: "US" },
    taxIdDigits,
  },
  inquirer: "Acme Lending",
  requestedOn: "2026-03-02",
});

/** Runs the contract against one bureau (`frozenTaxId`: a tax id the bureau answers frozen). @example creditBureauContract("sandbox", bureau, "123500001") */
export function creditBureauContract(name: string, bureau: () => CreditBureau, frozenTaxId: string) {
  describe(`${name} credit bureau contract`, () => {
    it("answers a completed report for the person asked about, that survives its JSON form", async () => {
      for (const digits of ["123100001", "123200001", "123300001", "987654321"]) {
        const answer = await bureau().pull(request(digits));
        expect(answer.outcome).toBe("completed");
        if (answer.outcome !== "completed") continue;
        expect(answer.providerReference.length).toBeGreaterThan(0);
        expect(answer.report.subject.taxIdLast4).toBe(digits.slice(-4));
        expect(answer.report.reportedOn).toBe("2026-03-02");
        expect(JSON.stringify(answer.report, (_, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(
          digits,
        );
        expect(decodeCreditReport(encodeCreditReport(answer.report))).toEqual(answer.report);
        for (const line of answer.report.tradelines) expect(line.paymentHistory.length).toBeLessThanOrEqual(24);
      }
    });
    it("answers the same for the same pull", async () => {
      expect(await bureau().pull(request("123300001"))).toEqual(await bureau().pull(request("123300001")));
    });
    it("lists a hard pull's own inquiry, dated the pull; a soft pull leaves none", async () => {
      const hard = await bureau().pull(request("123200001", "hard"));
      const softly = await bureau().pull(request("123200001", "soft"));
      if (hard.outcome !== "completed" || softly.outcome !== "completed") throw new Error("expected reports");
      expect(hard.report.inquiries).toContainEqual({ inquiredOn: "2026-03-02", subscriber: "Acme Lending" });
      expect(softly.report.inquiries).not.toContainEqual({ inquiredOn: "2026-03-02", subscriber: "Acme Lending" });
    });
    it("answers a frozen file as frozen, with no report", async () => {
      const answer = await bureau().pull(request(frozenTaxId, "hard"));
      expect(answer).toMatchObject({ outcome: "frozen" });
      expect("report" in answer).toBe(false);
    });
  });
}

creditBureauContract("sandbox", () => sandboxCreditBureau, "123500001");

// The HTTP provider against a local fake bureau speaking its protocol (answering from the sandbox's files).
let fake: FakeBureau;
let failing: FakeBureau;
let garbled: FakeBureau;
beforeAll(async () => {
  fake = await startFakeBureau();
  failing = await startFakeBureau({ fault: { status: 503 } });
  garbled = await startFakeBureau({ fault: "garbage" });
});
afterAll(async () => {
  await Promise.all([fake.close(), failing.close(), garbled.close()]);
});

creditBureauContract(
  "http (fake server)",
  () => httpCreditBureau({ baseUrl: fake.baseUrl, apiKey: "test-key" }),
  "123500001",
);

describe("http credit bureau", () => {
  it("sends the pull and the consumer, the full tax id to the bureau only", async () => {
    const before = fake.received.length;
    await httpCreditBureau({ baseUrl: fake.baseUrl }).pull(request("123200001", "hard"));
    expect(fake.received[before]).toMatchObject({
      kind: "hard",
      permissiblePurpose: "credit_transaction",
      inquirer: "Acme Lending",
      requestedOn: "2026-03-02",
      consumer: { ssn: "123200001", dateOfBirth: "1985-06-15", name: { first: "Ada", last: "Lovelace" } },
    });
  });
  it("throws CreditBureauError on a failure status, an answer outside the protocol, or no server", async () => {
    await expect(httpCreditBureau({ baseUrl: failing.baseUrl }).pull(request("123200001"))).rejects.toThrow(
      new CreditBureauError("the credit bureau answered 503"),
    );
    await expect(httpCreditBureau({ baseUrl: garbled.baseUrl }).pull(request("123200001"))).rejects.toBeInstanceOf(
      CreditBureauError,
    );
    await expect(
      httpCreditBureau({ baseUrl: "http://127.0.0.1:9", timeoutMs: 2_000 }).pull(request("123200001")),
    ).rejects.toBeInstanceOf(CreditBureauError);
  });
});

describe("sandbox bureau test files", () => {
  const pulled = async (digits: string) => {
    const answer = await sandboxCreditBureau.pull(request(digits));
    if (answer.outcome !== "completed") throw new Error(`expected a report for ${digits}`);
    return answer.report;
  };
  it("documents the files it knows", () => {
    expect(Object.keys(SANDBOX_CREDIT_FILES)).toEqual(["10", "20", "30", "40", "50"]);
  });
  it.each([
    ["123100001", null, 1],
    ["123200001", 780, 4],
    ["123300001", 560, 5],
    ["123400001", 780, 4],
  ])("tax id %s scores %s with %i tradelines", async (digits, score, tradelines) => {
    const report = await pulled(digits);
    expect(report.score?.value ?? null).toBe(score);
    expect(report.tradelines).toHaveLength(tradelines);
  });
  it("puts a fraud alert in force on the 40 file only", async () => {
    expect((await pulled("123400001")).fraudAlerts).toEqual([
      { type: "initial", placedOn: "2026-01-02", expiresOn: "2027-01-02", contactPhone: "+1 555 010 0140" },
    ]);
    expect((await pulled("123200001")).fraudAlerts).toEqual([]);
  });
  it("derives any other file from the tax id: scored 300-850, the same every time, different between people", async () => {
    const scores = new Set<number>();
    for (let i = 0; i < 40; i += 1) {
      const digits = `9876${String(i).padStart(5, "0")}`;
      const report = await pulled(digits);
      const value = report.score?.value ?? 0;
      expect(value).toBeGreaterThanOrEqual(300);
      expect(value).toBeLessThanOrEqual(850);
      expect(report).toEqual(await pulled(digits));
      scores.add(value);
    }
    expect(scores.size).toBeGreaterThan(20);
  });
});
