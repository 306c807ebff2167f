// Name normalization for sanctions screening: two spellings of one name become the same tokens.

/** Letters NFD does not decompose, written as the Latin letters a list would use. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "SS",
  ẞ: "SS",
  Æ: "AE",
  æ: "AE",
  Œ: "OE",
  œ: "OE",
  Ø: "O",
  ø: "O",
  Ł: "L",
  ł: "L",
  Đ: "D",
  đ: "D",
  Ð: "D",
  ð: "D",
  Þ: "TH",
  þ: "TH",
  ı: "I",
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join("")}]`, "gu");

/**
 * Common transliterations of one name, each written as its canonical spelling (Arabic names above all,
 * whose romanisations vary most on the SDN list).
 */
const TRANSLITERATIONS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  [
    "MUHAMMAD",
    [
      "MOHAMMED",
      "MOHAMED",
      "MOHAMMAD",
      "MOHAMAD",
      "MUHAMMED",
      "MUHAMED",
      "MUHAMAD",
      "MOHAMMET",
      "MUHAMMET",
      "MOHAMMEDE",
      "MOHD",
      "MOHAMMEED",
      "MOUHAMED",
      "MOUHAMMAD",
    ],
  ],
  ["ABDUL", ["ABDEL", "ABDOUL", "ABDOL", "ABDULL", "ABDAL"]],
  ["ABDULLAH", ["ABDALLAH", "ABDULLA", "ABDALLA", "ABDOULLAH", "ABDELLAH"]],
  ["AHMAD", ["AHMED", "AHMET", "AHAMED"]],
  ["MAHMUD", ["MAHMOUD", "MAHMOOD", "MEHMOOD"]],
  ["HUSAYN", ["HUSSEIN", "HUSAIN", "HUSSAIN", "HOSSEIN", "HUSEIN", "HOSSAIN", "HUSSAYN"]],
  ["HASAN", ["HASSAN", "HASSEN", "HACEN"]],
  ["USAMA", ["OSAMA", "OUSAMA", "OSSAMA"]],
  ["UMAR", ["OMAR", "OMER", "OUMAR"]],
  ["YUSUF", ["YOUSEF", "YOUSSEF", "YUSSEF", "YOUSUF", "YOUSSOUF", "YOUSOF", "JUSUF"]],
  ["ALI", ["ALY"]],
  ["MUSTAFA", ["MOSTAFA", "MUSTAPHA", "MOUSTAFA", "MOSTAPHA"]],
  ["IBRAHIM", ["EBRAHIM", "IBRAHEEM", "IBRAHIEM"]],
  ["KHALID", ["KHALED", "KHALEED"]],
  ["SAID", ["SAEED", "SAYED", "SAYYID", "SAIED", "SAEID"]],
  ["ABU", ["ABOU", "ABO"]],
  ["QADHAFI", ["QADDAFI", "GADDAFI", "GADHAFI", "KADHAFI", "QADAFI", "KADDAFI"]],
  ["LADIN", ["LADEN"]],
  ["SERGEI", ["SERGEY", "SERGIY", "SERHIY"]],
  ["ALEKSANDR", ["ALEXANDER", "ALEXANDR", "OLEKSANDR"]],
  ["YURI", ["YURIY", "YURY", "IURII"]],
  ["DMITRI", ["DMITRY", "DMITRIY", "DMYTRO"]],
  ["VIKTOR", ["VICTOR"]],
];
const CANONICAL: ReadonlyMap<string, string> = new Map(
  TRANSLITERATIONS.flatMap(([canonical, spellings]) => spellings.map((spelling) => [spelling, canonical] as const)),
);

/** Articles and particles that one romanisation writes and another joins or drops (al-, el-, de, van…). */
const PARTICLES: ReadonlySet<string> = new Set(["AL", "EL", "UL", "AD", "AZ", "DE", "DA", "DI", "DEL", "VAN", "VON"]);

/** Honorifics and legal forms: they say nothing about who is named. */
const NOISE: ReadonlySet<string> = new Set([
  "MR",
  "MRS",
  "MS",
  "DR",
  "SHEIKH",
  "SHAYKH",
  "HAJI",
  "HAJJI",
  "LLC",
  "LTD",
  "LIMITED",
  "INC",
  "INCORPORATED",
  "CORP",
  "CORPORATION",
  "CO",
  "COMPANY",
  "PLC",
  "LLP",
  "LP",
  "SA",
  "SAS",
  "SARL",
  "AG",
  "GMBH",
  "BV",
  "NV",
  "SPA",
  "CV",
  "SRL",
  "JSC",
  "PJSC",
  "OJSC",
  "CJSC",
  "OOO",
  "OAO",
  "ZAO",
  "PAO",
  "FZE",
  "FZCO",
  "THE",
  "AND",
  "OF",
]);

/** Abd al-, Abdel-, Abdur- written joined to the name they precede ("ABDELRAHMAN"); not Abdullah. */
const JOINED_ABD = /^(?:ABDUL|ABDEL|ABDAL|ABDOL|ABDUR|ABDUS|ABDOUL)(\p{L}{3,})$/u;
const ALLAH = new Set(["LAH", "LAHI", "ALLAH", "ILLAH"]);

/** "ABD AL …", "ABD EL …", "ABDEL…", "ABDURRAHMAN" are one name element, ABDUL, and the name it precedes. */
function splitAbd(words: ReadonlyArray<string>): string[] {
  const split: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    const joined = JOINED_ABD.exec(word);
    if (word === "ABD" && next !== undefined && PARTICLES.has(next)) {
      split.push("ABDUL");
      i++;
    } else if (joined?.[1] !== undefined && !ALLAH.has(joined[1])) {
      split.push("ABDUL", joined[1]);
    } else {
      split.push(word);
    }
  }
  return split;
}

/**
 * A name as screening compares it: upper case, accents removed (NFD, combining marks dropped) and other
 * Latin letters folded (ß → SS, Ø → O), apostrophes and full stops dropped (S.A. → SA), other
 * punctuation a word break, particles
 * (al-, el-, de, van), honorifics and legal forms (LLC, Ltd, OOO) dropped, common transliterations
 * written one way (Mohammed, Mohamed, Muhammad → MUHAMMAD; Abdel, Abd al → ABDUL), and the tokens
 * sorted, so word order does not matter. A name of nothing but noise keeps its words.
 *
 * @example
 * normalizeName("al-Zawahiri, Ayman"); // ["AYMAN", "ZAWAHIRI"]
 * normalizeName("Mohamed ABD EL Rahman"); // ["ABDUL", "MUHAMMAD", "RAHMAN"]
 * normalizeName("José Müller-Lüdenscheidt"); // ["JOSE", "LUDENSCHEIDT", "MULLER"]
 */
export function normalizeName(name: string): string[] {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .toUpperCase()
    .replace(/['’‘`´ʼ.]/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  const meaningful = splitAbd(words)
    .map((word) => CANONICAL.get(word) ?? word)
    .filter((word) => !PARTICLES.has(word) && !NOISE.has(word));
  const tokens = meaningful.length > 0 ? meaningful : words;
  return tokens.sort();
}
