// Jaro-Winkler similarity of two tokens.

/** Winkler's prefix scale (written out in `jaroWinkler`, the hot path): each common leading character (at most four) closes 10% of the remaining gap. */
export const WINKLER_PREFIX_SCALE = 0.1;
/** At most this many leading characters earn the prefix bonus. */
export const WINKLER_PREFIX_LIMIT = 4;

// Scratch flags reused by every call (tokens are short; grown when a longer one comes).
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

function scratch(lengthA: number, lengthB: number): void {
  if (lengthA > matchedA.length) matchedA = new Uint8Array(lengthA * 2);
  if (lengthB > matchedB.length) matchedB = new Uint8Array(lengthB * 2);
  matchedA.fill(0, 0, lengthA);
  matchedB.fill(0, 0, lengthB);
}

/**
 * The Jaro similarity: `m` characters match when equal and no further apart than
 * `floor(max(|a|, |b|) / 2) - 1`; `t` is half the matched characters out of order;
 * `jaro = (m/|a| + m/|b| + (m - t)/m) / 3`, 0 when nothing matches.
 *
 * @see Winkler, W. E. (1990), "String Comparator Metrics and Enhanced Decision Rules in the
 *   Fellegi-Sunter Model of Record Linkage", Proceedings of the Section on Survey Research Methods.
 * @example
 * jaro("MARTHA", "MARHTA"); // 0.9444… (m = 6, t = 1)
 */
export function jaro(a: string, b: string): number {
  const lengthA = a.length;
  const lengthB = b.length;
  if (lengthA === 0 || lengthB === 0) return lengthA === lengthB ? 1 : 0;
  if (a === b) return 1;
  const window = Math.max(0, (Math.max(lengthA, lengthB) >> 1) - 1);
  scratch(lengthA, lengthB);
  let matches = 0;
  for (let i = 0; i < lengthA; i++) {
    const code = a.charCodeAt(i);
    const end = Math.min(i + window + 1, lengthB);
    for (let j = Math.max(0, i - window); j < end; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === code) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let j = 0;
  for (let i = 0; i < lengthA; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[j] === 0) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) halfTranspositions++;
    j++;
  }
  const transpositions = halfTranspositions >> 1;
  return (matches / lengthA + matches / lengthB + (matches - transpositions) / matches) / 3;
}

/**
 * Jaro-Winkler: `jaro + ℓ · 0.1 · (1 − jaro)` with ℓ the common prefix, at most four characters.
 *
 * @see Winkler (1990), as for {@link jaro}.
 * @example
 * jaroWinkler("MARTHA", "MARHTA"); // 0.9611…
 * jaroWinkler("DWAYNE", "DUANE"); // 0.84
 */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  const limit = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}
