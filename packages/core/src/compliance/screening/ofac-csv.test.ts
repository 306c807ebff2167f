import { describe, expect, it } from "vitest";
import { unwrap } from "../../errors/index.js";
import { parseCsvRows, parseOfacSdnFiles } from "./ofac-csv.js";
import { sampleSdnFiles } from "./sample-sdn.js";

describe("parseCsvRows", () => {
  it("reads quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF and 0x1A", () => {
    const text = '1,"A, B","say ""hi""","-0- "\r\n2,plain,"two\nlines",x\r\n\u001a';
    expect(parseCsvRows(text)).toEqual([
      { line: 1, fields: ["1", "A, B", 'say "hi"', "-0- "] },
      { line: 2, fields: ["2", "plain", "two\nlines", "x"] },
    ]);
  });
});

describe("parseOfacSdnFiles", () => {
  it("reads the sample list: types, programs, -0- as null, aliases and addresses joined by ent_num", () => {
    const entries = unwrap(parseOfacSdnFiles(sampleSdnFiles));
    expect(entries).toHaveLength(14);
    const zawahiri = entries.find((entry) => entry.id === "90001");
    expect(zawahiri).toMatchObject({
      name: "AL-ZAWAHIRI, Ayman",
      type: "individual",
      programs: ["SDGT", "SDT"],
      title: null,
      remarks: "DOB 19 Jun 1951; POB Giza, Egypt.",
    });
    expect(zawahiri?.aliases.map((alias) => alias.name)).toEqual([
      "AL-ZAWAHRI, Ayman",
      "EL-ZAWAHIRI, Aiman",
      "THE DOCTOR",
    ]);
    expect(zawahiri?.aliases[2]).toEqual({ id: "95003", type: "aka", name: "THE DOCTOR", remarks: "a.k.a. weak" });
    const bank = entries.find((entry) => entry.id === "90004");
    expect(bank).toMatchObject({ type: "entity", programs: ["CUBA"] });
    expect(bank?.addresses).toEqual([
      { id: "96002", address: null, cityStateProvincePostalCode: "Havana", country: "Cuba", remarks: null },
    ]);
    expect(entries.find((entry) => entry.id === "90006")?.aliases[0]?.name).toBe('GARCIA, Joaquin "El Contador"');
    expect(entries.find((entry) => entry.id === "90010")?.type).toBe("vessel");
  });

  it("refuses the whole list on a bad row, naming file and line", () => {
    const result = parseOfacSdnFiles({
      sdn: '1,"ONE","individual","SDGT"\r\n2,"TWO","-0- ","IRAN","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- "\r\n',
      alt: '3,10,"aka","ORPHAN","-0- "\r\n',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_sanctions_list");
    expect(result.error.details?.issues).toEqual([
      { file: "sdn.csv", line: 1, message: "expected 12 fields, found 4" },
      { file: "alt.csv", line: 1, message: "ent_num 3 is not in sdn.csv" },
    ]);
  });
});
