/** Generational suffixes left out of a name key ("John Smith Jr." and "John Smith" compare equal). */
const SUFFIXES: ReadonlySet<string> = new Set(["JR", "SR", "II", "III", "IV", "V"]);

/** Upper case, accents removed (NFD, combining marks dropped), `ß` as `SS`, then letters and digits only. */
function foldPart(text: string, dropSuffixes: boolean): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .split(/\s+/)
    .filter(
      (word, index, words) =>
        word !== "" && !(dropSuffixes && index > 0 && index === words.length - 1 && SUFFIXES.has(word)),
    )
    .join("");
}

/**
 * The key two people's names are compared by for duplicate detection: first and last name folded (case,
 * accents, punctuation, spaces and generational suffixes ignored), middle names left out.
 *
 * @example
 * personNameKey({ first: "José", last: "O'Brien-Smith Jr." }); // "JOSE OBRIENSMITH"
 * personNameKey({ first: "jose", last: "OBrien Smith" }); // "JOSE OBRIENSMITH"
 */
export function personNameKey(name: { readonly first: string; readonly last: string }): string {
  return `${foldPart(name.first, false)} ${foldPart(name.last, true)}`;
}
