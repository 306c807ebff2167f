import { describe, expect, it } from "vitest";
import { dec } from "../money/index.js";
import { demoProducts } from "../products/demo-products.js";
import { acceptOffer, counterOffer, expireOffers } from "./offer-acceptance.js";
import { buildOffers, type Offer } from "./offers.js";

const personalLoan = demoProducts[0]!;

const built = (options = [{ id: "ofr_1", amountMinor: 1_000_000n, numberOfPayments: 36 }], counterOf?: string) => {
  const result = buildOffers({
    product: personalLoan,
    ratePercent: dec("12"),
    options,
    disbursementDate: "2026-01-15",
    createdAt: "2026-01-05T10:00:00Z",
    validForDays: 30,
    ...(counterOf === undefined ? {} : { counterOf }),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("buildOffers", () => {
  it("prices an offer with the schedule and disclosure machinery (hand-worked figures)", () => {
    const [offer] = built();
    // $10,000 at 12 %/yr, 36 monthly payments, periodic interest 1 %/month:
    // level payment 1,000,000 × 0.01 / (1 − 1.01^−36) = 33,214.31 → 33,214 cents (half-up);
    // interest rounded half-up each month totals 195,718; the last payment is 33,228.
    // 5 % origination fee (500 00) is deducted: amount financed 950,000; finance charge
    // 1,195,718 − 950,000 = 245,718. APR: the product moves due dates to the following business
    // day (2026-02-15 is a Sunday → 02-16, …), so Appendix J's odd days count: solving
    // 950,000 = Σ P/((1 + f·i)(1 + i)^t) over the schedule's dates in a separate script (Python,
    // Decimal, bisection) gives 15.592334 % → disclosed "15.592" (15.605 % with regular periods).
    expect(offer).toMatchObject({
      id: "ofr_1",
      status: "open",
      currency: "USD",
      amountMinor: 1_000_000n,
      numberOfPayments: 36,
      frequency: "monthly",
      annualRatePercent: "12",
      originationFeeMinor: 50_000n,
      principalMinor: 1_000_000n,
      regularPaymentMinor: 33_214n,
      amountFinancedMinor: 950_000n,
      totalOfPaymentsMinor: 1_195_718n,
      financeChargeMinor: 245_718n,
      createdAt: "2026-01-05T10:00:00.000Z",
      expiresAt: "2026-02-04T10:00:00.000Z",
    });
    expect(offer?.schedule.rows).toHaveLength(36);
    expect(offer?.schedule.rows.at(-1)?.totalMinor).toBe(33_228n);
    expect(offer?.disclosedAprPercent).toBe("15.592");
  });

  it("builds several options and reports a request the product refuses at its option's path", () => {
    const offers = built([
      { id: "ofr_1", amountMinor: 1_000_000n, numberOfPayments: 36 },
      { id: "ofr_2", amountMinor: 800_000n, numberOfPayments: 24 },
    ]);
    expect(offers.map((o) => [o.id, o.numberOfPayments, o.amountFinancedMinor])).toEqual([
      ["ofr_1", 36, 950_000n],
      ["ofr_2", 24, 760_000n],
    ]);
    const tooLong = buildOffers({
      product: personalLoan,
      ratePercent: dec("12"),
      options: [
        { id: "a", amountMinor: 1_000_000n, numberOfPayments: 36 },
        { id: "b", amountMinor: 1_000_000n, numberOfPayments: 72 },
      ],
      disbursementDate: "2026-01-15",
      createdAt: "2026-01-05T10:00:00Z",
      validForDays: 30,
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: "term_out_of_range", path: ["options", 1, "numberOfPayments"] },
    });
  });

  it("refuses bad validity, no options and a bad instant", () => {
    const base = {
      product: personalLoan,
      ratePercent: dec("12"),
      disbursementDate: "2026-01-15",
      createdAt: "2026-01-05T10:00:00Z",
    };
    const option = { id: "a", amountMinor: 1_000_000n, numberOfPayments: 36 };
    expect(buildOffers({ ...base, options: [option], validForDays: 0 })).toMatchObject({
      ok: false,
      error: { code: "invalid_validity" },
    });
    expect(buildOffers({ ...base, options: [], validForDays: 5 })).toMatchObject({
      ok: false,
      error: { code: "no_options" },
    });
    expect(buildOffers({ ...base, options: [option], validForDays: 5, createdAt: "now" })).toMatchObject({
      ok: false,
      error: { code: "invalid_instant" },
    });
  });
});

describe("accepting and countering offers", () => {
  const two = built([
    { id: "ofr_1", amountMinor: 1_000_000n, numberOfPayments: 36 },
    { id: "ofr_2", amountMinor: 800_000n, numberOfPayments: 24 },
  ]);
  const statuses = (offers: ReadonlyArray<Offer>) => offers.map((o) => `${o.id}:${o.status}`);

  it("accepting one voids the others", () => {
    const accepted = acceptOffer(two, "ofr_2", "2026-01-10T00:00:00Z");
    expect(accepted.ok && statuses(accepted.value)).toEqual(["ofr_1:void", "ofr_2:accepted"]);
    if (!accepted.ok) return;
    expect(acceptOffer(accepted.value, "ofr_1", "2026-01-10T00:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "offer_void", offerId: "ofr_1", status: "void" },
    });
    expect(acceptOffer(accepted.value, "ofr_2", "2026-01-10T00:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "offer_already_accepted" },
    });
  });

  it("an offer expires at its expiresAt, inclusive", () => {
    expect(acceptOffer(two, "ofr_1", "2026-02-04T09:59:59.999Z").ok).toBe(true);
    expect(acceptOffer(two, "ofr_1", "2026-02-04T10:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "offer_expired", status: "open" },
    });
    const expired = expireOffers(two, "2026-02-05T00:00:00Z");
    expect(expired.ok && statuses(expired.value)).toEqual(["ofr_1:expired", "ofr_2:expired"]);
    expect(acceptOffer(two, "ofr_9", "2026-01-10T00:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "offer_not_found" },
    });
  });

  it("a counter-offer is a new open offer; the countered one is void", () => {
    const [counter] = built([{ id: "ofr_3", amountMinor: 900_000n, numberOfPayments: 36 }], "ofr_1");
    const countered = counterOffer(two, "ofr_1", counter!, "2026-01-10T00:00:00Z");
    expect(countered.ok && statuses(countered.value)).toEqual(["ofr_1:void", "ofr_2:open", "ofr_3:open"]);
    expect(countered.ok && countered.value[2]?.counterOf).toBe("ofr_1");
    const unlinked = built([{ id: "ofr_4", amountMinor: 900_000n, numberOfPayments: 36 }])[0]!;
    expect(counterOffer(two, "ofr_1", unlinked, "2026-01-10T00:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "invalid_counter_offer" },
    });
    expect(counterOffer(two, "ofr_1", counter!, "2026-03-01T00:00:00Z")).toMatchObject({
      ok: false,
      error: { code: "offer_expired" },
    });
  });
});
