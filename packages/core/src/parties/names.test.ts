import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personNameKey } from "./names.js";

describe("personNameKey", () => {
  it.each([
    [{ first: "José", last: "O'Brien-Smith Jr." }, "JOSE OBRIENSMITH"],
    [{ first: "jose", last: "OBrien Smith" }, "JOSE OBRIENSMITH"],
    [{ first: "  Zoë ", last: "Straße" }, "ZOE STRASSE"],
    [{ first: "Mary Ann", last: "De La Cruz III" }, "MARYANN DELACRUZ"],
    [{ first: "Ann", last: "V" }, "ANN V"],
  ])("%j → %s", (name, want) => {
    expect(personNameKey(name)).toBe(want);
  });

  it("ignores case and is idempotent on its own parts", () => {
    const part = fc.string({ minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(part, part, (first, last) => {
        const key = personNameKey({ first, last });
        expect(personNameKey({ first: first.toLowerCase(), last: last.toLowerCase() })).toBe(
          personNameKey({ first: first.toLowerCase().toUpperCase(), last: last.toLowerCase().toUpperCase() }),
        );
        const [foldedFirst, foldedLast] = key.split(" ");
        expect(personNameKey({ first: foldedFirst ?? "", last: foldedLast ?? "" })).toBe(key);
      }),
    );
  });
});
