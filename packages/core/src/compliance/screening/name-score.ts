import { jaroWinkler } from "./jaro-winkler.js";

// The score of two normalized names: Jaro-Winkler on tokens, paired best-first, weighted by length.

/**
 * How much a token left without a partner (a middle name one side has and the other lacks) counts
 * against the score, per character, relative to a paired character.
 */
export const UNPAIRED_TOKEN_WEIGHT = 0.15;

/**
 * Token pairs less similar than this count as 0: two unrelated tokens' Jaro-Winkler is often 0.5 to
 * 0.7, partial credit that only blurs the difference between a name and a different one.
 */
export const TOKEN_SIMILARITY_FLOOR = 0.75;

/**
 * Jaro-Winkler of two tokens, 0 under {@link TOKEN_SIMILARITY_FLOOR}.
 *
 * @example
 * tokenSimilarity("PETROV", "PETROFF"); // 0.9095…
 * tokenSimilarity("HASAN", "HAKIM"); // 0 (Jaro-Winkler 0.68)
 */
export function tokenSimilarity(a: string, b: string): number {
  const similarity = jaroWinkler(a, b);
  return similarity < TOKEN_SIMILARITY_FLOOR ? 0 : similarity;
}

// Scratch reused by every call (names have few tokens; grown when a longer one comes).
let matrix = new Float64Array(64);
let rowUsed = new Uint8Array(8);
let columnUsed = new Uint8Array(8);

/**
 * The score of a filled similarity matrix (`scores[i * columns + j]`, query token `i` against candidate
 * token `j`) given the tokens' lengths: what {@link scoreTokenLists} computes, for callers that fill the
 * matrix themselves (the screening index, from its memo of similarities).
 *
 * @example
 * scoreSimilarityMatrix(Float64Array.of(1, 0, 0, 1), 2, 2, [5, 8], [5, 8]); // 1
 */
export function scoreSimilarityMatrix(
  scores: Float64Array,
  rows: number,
  columns: number,
  rowLengths: ArrayLike<number>,
  columnLengths: ArrayLike<number>,
): number {
  if (rows === 0 || columns === 0) return 0;
  if (rows > rowUsed.length) rowUsed = new Uint8Array(rows * 2);
  if (columns > columnUsed.length) columnUsed = new Uint8Array(columns * 2);
  for (let i = 0; i < rows; i++) rowUsed[i] = 0;
  for (let j = 0; j < columns; j++) columnUsed[j] = 0;
  let weighted = 0;
  let pairedWeight = 0;
  for (let pair = Math.min(rows, columns); pair > 0; pair--) {
    let best = -1;
    let bestRow = 0;
    let bestColumn = 0;
    for (let i = 0; i < rows; i++) {
      if (rowUsed[i] === 1) continue;
      for (let j = 0; j < columns; j++) {
        const score = scores[i * columns + j] as number;
        if (columnUsed[j] === 0 && score > best) {
          best = score;
          bestRow = i;
          bestColumn = j;
        }
      }
    }
    rowUsed[bestRow] = 1;
    columnUsed[bestColumn] = 1;
    const rowLength = rowLengths[bestRow] as number;
    const columnLength = columnLengths[bestColumn] as number;
    const weight = Math.max(rowLength, columnLength);
    weighted += best * weight;
    pairedWeight += weight;
  }
  let unpaired = 0;
  for (let i = 0; i < rows; i++) if (rowUsed[i] === 0) unpaired += rowLengths[i] as number;
  for (let j = 0; j < columns; j++) if (columnUsed[j] === 0) unpaired += columnLengths[j] as number;
  const paired = weighted / pairedWeight;
  return (paired * pairedWeight) / (pairedWeight + UNPAIRED_TOKEN_WEIGHT * unpaired);
}

/**
 * The similarity of two token lists, 0 to 1, given `similarity(i, j)` of query token `i` and candidate
 * token `j`. Tokens are paired best-first (the most similar pair, then the most similar of the rest,
 * ties to the lower indexes) until one side runs out; the paired similarity is the mean over the pairs
 * weighted by the longer token of each (a pair is {@link tokenSimilarity}: 0 under the floor); tokens
 * left unpaired scale it by `P / (P + 0.15 · U)` (P the pairs' weight, U the unpaired tokens'
 * characters).
 *
 * The score never exceeds the best single pair's similarity: the screening index relies on it (a name
 * scoring at least `t` has a token pair at least `t`).
 *
 * @example
 * // ["AYMAN", "ZAWAHIRI"] against ["AIMAN", "ZAWAHIRI"]: pairs 0.9067 (weight 5) and 1 (weight 8)
 * scoreTokenLists(["AYMAN", "ZAWAHIRI"], ["AIMAN", "ZAWAHIRI"], (i, j) => tokenSimilarity(q[i], c[j])); // 0.9641
 */
export function scoreTokenLists(
  query: ReadonlyArray<string>,
  candidate: ReadonlyArray<string>,
  similarity: (queryIndex: number, candidateIndex: number) => number,
): number {
  const rows = query.length;
  const columns = candidate.length;
  if (rows * columns > matrix.length) matrix = new Float64Array(rows * columns * 2);
  for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) matrix[i * columns + j] = similarity(i, j);
  return scoreSimilarityMatrix(
    matrix,
    rows,
    columns,
    query.map((token) => token.length),
    candidate.map((token) => token.length),
  );
}
