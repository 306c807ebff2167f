import { readFile } from "node:fs/promises";
import type { PDFDocument, PDFFont } from "pdf-lib";
import { embedUnicodeFontBytes } from "./unicode-fonts.js";

// Characters DejaVu has no glyph for (CJK ideographs, kana, Hangul …) drawn with a fallback face from a font
// file the operator names in LENDSTACK_PDF_FALLBACK_FONT (a TrueType or OpenType file, e.g. Debian's
// fonts-droid-fallback `DroidSansFallbackFull.ttf`, 4 MB, or a Noto Sans CJK / Source Han face). No npm
// package ships a CJK face of a sane size (the Noto Sans SC packages are 57 to 75 MB), so none is bundled.
// The file is read, and embedded as a subset of the glyphs drawn, only when a document has such a
// character: an idle server, or one drawing Latin-only documents, never loads it. Unset, unreadable or not
// a font: those characters are drawn as "?", as before, and the document is still made.

/** The environment variable naming the fallback font file. */
export const FALLBACK_FONT_VARIABLE = "LENDSTACK_PDF_FALLBACK_FONT";

const bytesByPath = new Map<string, Promise<Uint8Array | undefined>>();

function fallbackBytes(path: string): Promise<Uint8Array | undefined> {
  let bytes = bytesByPath.get(path);
  if (bytes === undefined) {
    bytes = readFile(path).then(
      (buffer) => new Uint8Array(buffer),
      () => undefined,
    );
    bytesByPath.set(path, bytes);
  }
  return bytes;
}

/** Whether any printable character of `texts` is missing from `font`. */
function lacksAny(font: PDFFont, texts: Iterable<string>): boolean {
  const set = new Set(font.getCharacterSet());
  for (const text of texts) {
    for (const char of text.normalize("NFC")) {
      const code = char.codePointAt(0) ?? 0;
      if (code > 0x20 && code !== 0xa0 && !set.has(code)) return true;
    }
  }
  return false;
}

/**
 * The fallback face embedded into `doc` (subset) when one of `texts` has a character `primary` lacks and
 * LENDSTACK_PDF_FALLBACK_FONT names a readable font file; otherwise undefined.
 *
 * @example const fallback = await embedFallbackFont(doc, regular, ["山田 太郎"]);
 */
export async function embedFallbackFont(
  doc: PDFDocument,
  primary: PDFFont,
  texts: Iterable<string>,
  path: string | undefined = process.env[FALLBACK_FONT_VARIABLE],
): Promise<PDFFont | undefined> {
  if (path === undefined || path === "" || !lacksAny(primary, texts)) return undefined;
  const bytes = await fallbackBytes(path);
  if (bytes === undefined) return undefined;
  return embedUnicodeFontBytes(doc, bytes).catch(() => undefined);
}
