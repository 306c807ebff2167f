import { describe, expect, it } from "vitest";
import type { ApplicationForm } from "./application.js";
import { checkCompleteness, isIpAddress, requireComplete } from "./completeness.js";

const consent = (partyId: string, type: "credit_report" | "electronic_records") => ({
  type,
  partyId,
  disclosureVersion: "2026-01",
  acceptedAt: "2026-03-02T14:05:00Z",
  ipAddress: "203.0.113.7",
});

/** A complete auto-loan application with a primary borrower and a co-borrower. */
export const completeForm: ApplicationForm = {
  productId: "prd_auto",
  amountMinor: 2_500_000n,
  currency: "USD",
  numberOfPayments: 60,
  purpose: "vehicle purchase",
  applicants: [
    { partyId: "pty_a", role: "primary" },
    { partyId: "pty_b", role: "co_borrower" },
  ],
  collateral: {
    type: "vehicle",
    vin: "1M8GDM9AXKP042788",
    year: 2019,
    make: "Motor Coach Industries",
    model: "D4500",
    mileage: 42_000,
    valueMinor: 3_000_000n,
  },
  debts: [{ kind: "credit_card", balanceMinor: 120_000n, monthlyPaymentMinor: 5_000n }],
  assets: [],
  consents: [
    consent("pty_a", "credit_report"),
    consent("pty_a", "electronic_records"),
    consent("pty_b", "credit_report"),
    consent("pty_b", "electronic_records"),
  ],
};

const codes = (form: ApplicationForm, options = {}) =>
  checkCompleteness(form, options).map((item) => `${item.path.join(".")}:${item.code}`);

describe("checkCompleteness", () => {
  it("finds nothing missing on a complete application", () => {
    expect(checkCompleteness(completeForm, { requiredCollateral: "vehicle", maxModelYear: 2027 })).toEqual([]);
    expect(requireComplete(completeForm)).toEqual({ ok: true, value: completeForm });
  });

  it("lists every missing item of an empty form, in form order", () => {
    expect(codes({})).toEqual([
      "productId:required",
      "amountMinor:required",
      "currency:required",
      "numberOfPayments:required",
      "purpose:required",
      "applicants:required",
      "collateral:required",
      "debts:required",
      "assets:required",
    ]);
    const refused = requireComplete({});
    expect(refused.ok || refused.error).toMatchObject({
      code: "application_incomplete",
      message: "the application is missing 9 items",
    });
  });

  it("finds bad values, not only absent ones", () => {
    const form: ApplicationForm = {
      ...completeForm,
      amountMinor: 0n,
      currency: "XXY",
      numberOfPayments: 2.5,
      purpose: "  ",
    };
    expect(codes(form)).toEqual([
      "amountMinor:not_positive",
      "currency:unknown_currency",
      "numberOfPayments:invalid_term",
      "purpose:required",
    ]);
  });

  it("needs exactly one primary applicant, and each party once", () => {
    const none: ApplicationForm = { ...completeForm, applicants: [{ partyId: "pty_a", role: "guarantor" }] };
    expect(codes(none)).toEqual(["applicants:primary_applicant_required"]);
    const two: ApplicationForm = {
      ...completeForm,
      applicants: [
        { partyId: "pty_a", role: "primary" },
        { partyId: "pty_b", role: "primary" },
      ],
    };
    expect(codes(two)).toEqual(["applicants:multiple_primary_applicants"]);
    const twice: ApplicationForm = {
      ...completeForm,
      applicants: [
        { partyId: "pty_a", role: "primary" },
        { partyId: "pty_a", role: "guarantor" },
        { role: "guarantor" },
      ],
    };
    expect(codes(twice)).toEqual(["applicants.1.partyId:duplicate_applicant", "applicants.2.partyId:required"]);
  });

  it("checks the vehicle: VIN check digit, year, mileage, value", () => {
    const form: ApplicationForm = {
      ...completeForm,
      collateral: { type: "vehicle", vin: "1M8GDM9A1KP042788", year: 2029, mileage: -1, valueMinor: 0n },
    };
    expect(codes(form, { maxModelYear: 2027 })).toEqual([
      "collateral.vin:invalid_vin_check_digit",
      "collateral.year:invalid_year",
      "collateral.make:required",
      "collateral.model:required",
      "collateral.mileage:invalid_mileage",
      "collateral.valueMinor:not_positive",
    ]);
  });

  it("checks real estate and the collateral type the product requires", () => {
    const form: ApplicationForm = {
      ...completeForm,
      collateral: { type: "real_estate", address: { line1: "1 Main St", country: "US" }, occupancy: "investment" },
    };
    expect(codes(form)).toEqual([
      "collateral.address.city:required",
      "collateral.address.postalCode:required",
      "collateral.address.region:required",
      "collateral.propertyType:required",
      "collateral.appraisedValueMinor:required",
    ]);
    expect(codes({ ...completeForm, collateral: { type: "none" } }, { requiredCollateral: "vehicle" })).toEqual([
      "collateral.type:collateral_type_required",
    ]);
    expect(codes({ ...completeForm, collateral: { type: "none" } })).toEqual([]);
  });

  it("checks declared debts and assets item by item", () => {
    const form: ApplicationForm = {
      ...completeForm,
      debts: [{ kind: "auto", balanceMinor: -1n }],
      assets: [{ valueMinor: 0n }],
    };
    expect(codes(form)).toEqual([
      "debts.0.balanceMinor:negative_amount",
      "debts.0.monthlyPaymentMinor:required",
      "assets.0.kind:required",
    ]);
  });

  it("needs both consents from every applicant, each with version, instant and IP", () => {
    const form: ApplicationForm = {
      ...completeForm,
      consents: [
        consent("pty_a", "credit_report"),
        { ...consent("pty_a", "electronic_records"), acceptedAt: "2026-03-02 14:05", ipAddress: "10.0.0.256" },
        { ...consent("pty_b", "credit_report"), disclosureVersion: "" },
      ],
    };
    expect(codes(form)).toEqual([
      "consents.1.acceptedAt:invalid_instant",
      "consents.1.ipAddress:invalid_ip_address",
      "consents.2.disclosureVersion:required",
      "consents:consent_required",
    ]);
    expect(checkCompleteness(form).at(-1)?.message).toBe("party pty_b has not consented to electronic_records");
  });
});

describe("isIpAddress", () => {
  it.each(["203.0.113.7", "0.0.0.0", "2001:db8::1", "::1", "fe80:0:0:0:0:0:0:1"])("accepts %s", (ip) => {
    expect(isIpAddress(ip)).toBe(true);
  });
  it.each(["256.1.1.1", "1.2.3", "01.2.3.4", "2001:db8:::1", "1:2:3:4:5:6:7:8:9", "fe80::g", ""])(
    "refuses %s",
    (ip) => {
      expect(isIpAddress(ip)).toBe(false);
    },
  );
});
