import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize.js";

describe("normalizeName", () => {
  const cases: ReadonlyArray<{ given: string; want: string[] }> = [
    { given: "al-Zawahiri, Ayman", want: ["AYMAN", "ZAWAHIRI"] },
    { given: "Ayman AL ZAWAHIRI", want: ["AYMAN", "ZAWAHIRI"] },
    { given: "José Müller-Lüdenscheidt", want: ["JOSE", "LUDENSCHEIDT", "MULLER"] },
    { given: "Søren Łukasz Straße", want: ["LUKASZ", "SOREN", "STRASSE"] },
    { given: "O'Brien, Seán", want: ["OBRIEN", "SEAN"] },
    { given: "Mohamed ABD EL Rahman", want: ["ABDUL", "MUHAMMAD", "RAHMAN"] },
    { given: "Muhammad Abdelrahman", want: ["ABDUL", "MUHAMMAD", "RAHMAN"] },
    { given: "Abdurrahman Mohd", want: ["ABDUL", "MUHAMMAD", "RAHMAN"] },
    { given: "Abdallah Hussein", want: ["ABDULLAH", "HUSAYN"] },
    { given: "Northern Star Shipping LLC", want: ["NORTHERN", "SHIPPING", "STAR"] },
    { given: "The Company Ltd.", want: ["COMPANY", "LTD", "THE"] },
    { given: "  ", want: [] },
  ];
  for (const { given, want } of cases) {
    it(`${given} → ${want.join(" ")}`, () => expect(normalizeName(given)).toEqual(want));
  }

  it("does not depend on word order, case or composed/decomposed accents", () => {
    const composed = normalizeName("Joaquín GARCÍA Márquez");
    expect(normalizeName("márquez, garcía joaquín")).toEqual(composed);
    expect(normalizeName("Joaquín García Márquez".normalize("NFD"))).toEqual(composed);
  });
});
