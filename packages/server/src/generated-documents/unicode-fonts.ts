import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { PDFDocument, PDFFont } from "pdf-lib";

// The faces every generated PDF draws with: DejaVu Sans (regular and bold) and DejaVu Serif Italic (the script
// face of a typed signature), TrueType fonts from the `dejavu-fonts-ttf` npm package (Bitstream Vera licence
// plus public-domain DejaVu changes: free to embed). They cover Latin (with Latin Extended-A/B), Greek,
// Cyrillic, Armenian, Georgian, Hebrew and Arabic letters, so a name like "Zoë Łukasiewicz" prints as written.
// They do not cover CJK ideographs: those are drawn with the operator's fallback font (`fallback-font.ts`),
// else as "?" (see `drawableWith` and `textRuns`). Each face is
// embedded as a subset of the glyphs a document uses, so a PDF carries tens of kilobytes of font, not
// megabytes. The files are read once per process.

const FACES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
} as const;

type Face = keyof typeof FACES;

const require = createRequire(import.meta.url);
const bytesByFace = new Map<Face, Promise<Uint8Array>>();
// Loaded with the first generated PDF: fontkit adds about 30 MB to a process, and a server or a close
// worker that never draws a document has no use for it.
type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
let fontkit: Promise<Fontkit> | undefined;

function faceBytes(face: Face): Promise<Uint8Array> {
  let bytes = bytesByFace.get(face);
  if (bytes === undefined) {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${FACES[face]}`);
    bytes = readFile(path).then((buffer) => new Uint8Array(buffer));
    bytesByFace.set(face, bytes);
  }
  return bytes;
}

/** The faces there are: DejaVu Sans, DejaVu Sans Bold, DejaVu Serif Italic. */
export type UnicodeFace = Face;

/**
 * Embeds one DejaVu face into `doc` (subset: only the glyphs drawn are written on save).
 *
 * @example const script = await embedUnicodeFont(await PDFDocument.create(), "italic");
 */
export async function embedUnicodeFont(doc: PDFDocument, face: UnicodeFace): Promise<PDFFont> {
  return embedUnicodeFontBytes(doc, await faceBytes(face));
}

/**
 * Embeds a TrueType or OpenType font's bytes into `doc` through fontkit, as a subset of the glyphs drawn.
 *
 * @example const font = await embedUnicodeFontBytes(doc, await readFile("NotoSansSC-Regular.ttf"));
 */
export async function embedUnicodeFontBytes(doc: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
  fontkit ??= import("@pdf-lib/fontkit").then((module) => module.default as Fontkit);
  doc.registerFontkit(await fontkit);
  return doc.embedFont(bytes, { subset: true });
}

/**
 * The body faces, regular and bold, embedded into `doc`.
 *
 * @example const { regular, bold } = await embedUnicodeFonts(await PDFDocument.create());
 */
export async function embedUnicodeFonts(doc: PDFDocument): Promise<{ regular: PDFFont; bold: PDFFont }> {
  return { regular: await embedUnicodeFont(doc, "regular"), bold: await embedUnicodeFont(doc, "bold") };
}

const REPLACEMENTS: Readonly<Record<string, string>> = { "\u00a0": " " };
const characterSets = new WeakMap<PDFFont, ReadonlySet<number>>();

function characterSetOf(font: PDFFont): ReadonlySet<number> {
  let set = characterSets.get(font);
  if (set === undefined) {
    set = new Set(font.getCharacterSet());
    characterSets.set(font, set);
  }
  return set;
}

/** A stretch of text drawn in one font. */
export interface TextRun {
  readonly text: string;
  readonly font: PDFFont;
}

/**
 * `text` (NFC) cut into runs by the font that draws them: `primary` where it has the glyph, else `fallback`
 * where that has it, else "?" in `primary` (control characters too).
 *
 * @example textRuns(regular, cjk, "Taro 山田") // [{ text: "Taro ", font: regular }, { text: "山田", font: cjk }]
 */
export function textRuns(primary: PDFFont, fallback: PDFFont | undefined, text: string): TextRun[] {
  const runs: TextRun[] = [];
  const primarySet = characterSetOf(primary);
  const fallbackSet = fallback === undefined ? undefined : characterSetOf(fallback);
  for (const raw of text.normalize("NFC")) {
    const char = REPLACEMENTS[raw] ?? raw;
    const code = char.codePointAt(0) ?? 0;
    const printable = code >= 0x20;
    const font =
      printable && !primarySet.has(code) && fallback !== undefined && fallbackSet?.has(code) === true
        ? fallback
        : primary;
    const drawn = printable && (font !== primary || primarySet.has(code)) ? char : "?";
    const last = runs.at(-1);
    if (last !== undefined && last.font === font) runs[runs.length - 1] = { text: last.text + drawn, font };
    else runs.push({ text: drawn, font });
  }
  return runs;
}

/**
 * `text` (NFC) with every character `font` has no glyph for, and every control character, replaced by "?".
 *
 * @example drawableWith(fonts.regular, "Zoë Łukasiewicz 李雷") // "Zoë Łukasiewicz ??"
 */
export function drawableWith(font: PDFFont, text: string): string {
  const set = characterSetOf(font);
  let out = "";
  for (const raw of text.normalize("NFC")) {
    const char = REPLACEMENTS[raw] ?? raw;
    const code = char.codePointAt(0) ?? 0;
    out += code >= 0x20 && set.has(code) ? char : "?";
  }
  return out;
}
