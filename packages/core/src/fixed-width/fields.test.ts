import { describe, expect, it } from "vitest";
import { InvariantError } from "../errors/index.js";
import { alphanumeric, checkLength, numeric, toRecordText } from "./fields.js";

describe("fixed-width fields", () => {
  it("folds text to upper-case printable ASCII", () => {
    expect(toRecordText("José Núñez-Ørsted")).toBe("JOSE NUNEZ- RSTED");
    expect(toRecordText("tab\there")).toBe("TAB HERE");
    expect(toRecordText("Plain 123")).toBe("PLAIN 123");
  });

  it("pads alphanumeric fields with blanks and cuts long ones", () => {
    expect(alphanumeric("Acme", 6)).toBe("ACME  ");
    expect(alphanumeric("Acme Lending Corporation", 4)).toBe("ACME");
    expect(alphanumeric("", 3)).toBe("   ");
  });

  it("zero-fills numeric fields and refuses what does not fit or is not a whole non-negative number", () => {
    expect(numeric(12_345n, 10)).toBe("0000012345");
    expect(numeric(7, 1)).toBe("7");
    expect(() => numeric(123n, 2)).toThrow(InvariantError);
    expect(() => numeric(-1n, 5)).toThrow(InvariantError);
    expect(() => numeric(1.5, 5)).toThrow(InvariantError);
    expect(() => checkLength("abc", 4)).toThrow("record is 3 characters, not 4");
  });
});
