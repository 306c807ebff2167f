import { describe, expect, it } from "vitest";
import { isSameAddress, type Metro2Person, metro2AddressOf, metro2ConsumerOf } from "./metro2-consumer.js";

const home = {
  kind: "residential",
  line1: "1 Main St",
  city: "Lincoln",
  region: "NE",
  postalCode: "68508-1234",
  country: "US",
};
const ada: Metro2Person = {
  name: { first: "Ada", middle: "King", last: "Lovelace", suffix: "Jr." },
  taxIdDigits: "123456789",
  dateOfBirth: "1985-06-15",
  addresses: [
    { kind: "business", line1: "9 Work Rd", city: "Omaha", region: "NE", postalCode: "68102", country: "US" },
    home,
  ],
  phones: [{ number: "+442071234567" }, { number: "+14025550123" }],
};

describe("metro2ConsumerOf", () => {
  it("takes the names, the generation from the suffix, the US phone and the residential address", () => {
    expect(metro2ConsumerOf(ada, "2", true)).toEqual({
      surname: "Lovelace",
      firstName: "Ada",
      middleName: "King",
      generationCode: "J",
      socialSecurityNumber: "123456789",
      dateOfBirth: "1985-06-15",
      telephoneNumber: "4025550123",
      ecoaCode: "2",
      address: { line1: "1 Main St", city: "Lincoln", state: "NE", postalCode: "685081234" },
    });
    expect(metro2ConsumerOf(ada, "5", false).address).toBeUndefined();
  });

  it("has no address for a person without a US one", () => {
    const abroad = { ...ada, addresses: [{ kind: "residential", line1: "1 High St", city: "London", country: "GB" }] };
    expect(metro2AddressOf(abroad)).toBeUndefined();
  });

  it("compares addresses by street, city, state and five-digit ZIP, ignoring case and spacing", () => {
    const a = metro2AddressOf(ada);
    expect(isSameAddress(a, { line1: "1  main st", city: "LINCOLN", state: "ne", postalCode: "68508" })).toBe(true);
    expect(isSameAddress(a, { line1: "2 Main St", city: "Lincoln", state: "NE", postalCode: "68508" })).toBe(false);
    expect(isSameAddress(a, undefined)).toBe(false);
  });
});
