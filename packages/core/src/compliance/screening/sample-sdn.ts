// A small SDN list in OFAC's published CSV formats, for tests, demos and `lendstack sanctions load`.
// Record numbers are invented; a few names are real, well-known SDN names, the rest fictional.

import type { OfacSdnFiles } from "./ofac-csv.js";

const crlf = (rows: ReadonlyArray<string>) => `${rows.join("\r\n")}\r\n`;
const none = '"-0- "';
const sdnRow = (id: number, name: string, type: string, program: string, remarks: string) =>
  `${id},"${name}",${type === "" ? none : `"${type}"`},"${program}",${[none, none, none, none, none, none, none].join(",")},${remarks === "" ? none : `"${remarks}"`}`;
const altRow = (entry: number, id: number, name: string, remarks = "") =>
  `${entry},${id},"aka","${name}",${remarks === "" ? none : `"${remarks}"`}`;
const addRow = (entry: number, id: number, city: string, country: string) =>
  `${entry},${id},${none},"${city}","${country}",${none}`;

/**
 * The sample list's three files (`sdn.csv`, `alt.csv`, `add.csv`): 14 entries — individuals with
 * Arabic, Russian and Spanish names and aliases, entities, a vessel — written exactly as OFAC writes
 * them (no header, quoted fields, `-0- ` for empty, CRLF, a trailing 0x1A on sdn.csv).
 *
 * @example
 * const entries = unwrap(parseOfacSdnFiles(sampleSdnFiles));
 */
export const sampleSdnFiles: Required<OfacSdnFiles> = {
  sdn: `${crlf([
    sdnRow(90001, "AL-ZAWAHIRI, Ayman", "individual", "SDGT] [SDT", "DOB 19 Jun 1951; POB Giza, Egypt."),
    sdnRow(90002, "BIN LADIN, Usama bin Muhammad bin Awad", "individual", "SDGT", "DOB 30 Jul 1957; POB Jeddah."),
    sdnRow(90003, "AEROCARIBBEAN AIRLINES", "", "CUBA", ""),
    sdnRow(90004, "BANCO NACIONAL DE CUBA", "", "CUBA", ""),
    sdnRow(90005, "PETROV, Sergei Ivanovich", "individual", "RUSSIA-EO14024", "DOB 04 Mar 1968; nationality Russia."),
    sdnRow(90006, "GARCÍA MÁRQUEZ, Joaquín Eduardo", "individual", "SDNTK", "DOB 11 Nov 1972; POB Culiacán."),
    sdnRow(90007, "ABD AL-RAHMAN, Mohammed Yousef", "individual", "SDGT", "DOB 1979; POB Sanaa, Yemen."),
    sdnRow(90008, "HASSAN, Abdullah Omar", "individual", "IRAN", "DOB 02 Feb 1965."),
    sdnRow(90009, "NORTHERN STAR SHIPPING LLC", "", "IRAN", ""),
    sdnRow(90010, "SEA FALCON", "vessel", "IRAN", "Vessel Registration Identification IMO 9100001."),
    sdnRow(90011, "KOVALENKO, Dmitry Aleksandrovich", "individual", "CYBER2", "DOB 21 Aug 1985."),
    sdnRow(90012, "AL-QADHAFI, Saif al-Islam", "individual", "LIBYA2", "DOB 25 Jun 1972; POB Tripoli."),
    sdnRow(90013, "ZHANG, Wei", "individual", "NPWMD", "DOB 07 Jul 1977."),
    sdnRow(90014, "GOLDEN CRESCENT TRADING FZE", "", "SDGT", ""),
  ])}\u001a`,
  alt: crlf([
    altRow(90001, 95001, "AL-ZAWAHRI, Ayman"),
    altRow(90001, 95002, "EL-ZAWAHIRI, Aiman"),
    altRow(90001, 95003, "THE DOCTOR", "a.k.a. weak"),
    altRow(90002, 95004, "BIN LADEN, Osama"),
    altRow(90002, 95005, "BIN LADIN, Osama"),
    altRow(90002, 95006, "THE DIRECTOR", "a.k.a. weak"),
    altRow(90003, 95007, "AERO-CARIBBEAN"),
    altRow(90004, 95008, "NATIONAL BANK OF CUBA"),
    altRow(90005, 95009, "PETROFF, Serguei"),
    altRow(90006, 95010, 'GARCIA, Joaquin ""El Contador""'),
    altRow(90007, 95011, "ABDELRAHMAN, Muhammad Yusuf"),
    altRow(90009, 95012, "SEVERNAYA ZVEZDA OOO"),
    altRow(90011, 95013, "KOVALENKO, Dmytro Oleksandrovych"),
    altRow(90012, 95014, "GADDAFI, Saif al-Islam"),
    altRow(90014, 95015, "AL HILAL AL DHAHABI TRADING"),
  ]),
  add: crlf([
    addRow(90003, 96001, "Havana", "Cuba"),
    addRow(90004, 96002, "Havana", "Cuba"),
    addRow(90006, 96003, "Culiacán, Sinaloa", "Mexico"),
    addRow(90009, 96004, "Bandar Abbas", "Iran"),
    addRow(90014, 96005, "Dubai", "United Arab Emirates"),
  ]),
};
