// Screening one name against a loaded list: an index of tokens, then the names it leads to scored.

import { scoreSimilarityMatrix, scoreTokenLists, TOKEN_SIMILARITY_FLOOR, tokenSimilarity } from "./name-score.js";
import { normalizeName } from "./normalize.js";
import type { IndexedName, SanctionsIndex } from "./sanctions-index.js";
import type { SanctionsEntry } from "./sanctions-list.js";
import { type Probe, pairBound, probeOf, reachableTokens } from "./token-bounds.js";

/** Float slack on every bound, so the index never drops a name the exhaustive scan keeps. */
const SLACK = 1e-9;

/** A list entry one of whose names scored at or above the threshold. */
export interface ScreeningHit {
  readonly entry: SanctionsEntry;
  /** The entry's name that scored best (its listed name or an alias). */
  readonly matchedName: string;
  /** That alias's id, or null when the listed name scored best. */
  readonly aliasId: string | null;
  /** The screened name it was compared with. */
  readonly screenedName: string;
  /** 0 to 1. */
  readonly score: number;
}

/** @example { threshold: 0.88 } */
export interface ScreeningOptions {
  /** Hits score at least this (0 to 1). */
  readonly threshold: number;
}

/** Keeps each entry's best name: the higher score, on a tie the earlier name (listed before aliases). */
function keepBest(best: Map<number, { name: number; score: number }>, name: IndexedName, at: number, score: number) {
  const seen = best.get(name.entry);
  if (seen === undefined || score > seen.score || (score === seen.score && at < seen.name)) {
    best.set(name.entry, { name: at, score });
  }
}

function toHits(
  index: SanctionsIndex,
  screenedName: string,
  best: Map<number, { name: number; score: number }>,
  threshold: number,
): ScreeningHit[] {
  const hits: Array<ScreeningHit & { at: number }> = [];
  for (const [entryAt, { name, score }] of best) {
    if (score < threshold) continue;
    const entry = index.entries[entryAt] as SanctionsEntry;
    const alias = (index.names[name] as IndexedName).alias;
    const matched = alias < 0 ? undefined : entry.aliases[alias];
    hits.push({
      entry,
      matchedName: matched?.name ?? entry.name,
      aliasId: matched?.id ?? null,
      screenedName,
      score,
      at: entryAt,
    });
  }
  hits.sort((x, y) => y.score - x.score || x.at - y.at);
  return hits.map(({ at: _at, ...hit }) => hit);
}

/**
 * The entries one of whose names scores at least `threshold` against `name`, best first (then in list
 * order), each with its best-scoring name. The index narrows the names scored to those sharing a token
 * whose Jaro-Winkler similarity with a token of `name` can reach the threshold — sound, because a
 * name's score never exceeds its best token pair's — so the result is exactly
 * {@link screenNameExhaustively}'s.
 *
 * @example
 * screenName(index, "Ayman al-Zawahiri", { threshold: 0.88 })[0]?.entry.name; // "AL-ZAWAHIRI, Ayman"
 */
export function screenName(index: SanctionsIndex, name: string, options: ScreeningOptions): ScreeningHit[] {
  const query = normalizeName(name);
  const probes = query.map(probeOf);
  const { scratch } = index;
  scratch.round++;
  if (scratch.round === 0xffffffff) {
    scratch.seen.fill(0);
    scratch.round = 1;
  }
  while (scratch.similarities.length < query.length) {
    scratch.similarities.push(new Float64Array(index.vocabulary.length).fill(-1));
    scratch.touched.push([]);
  }
  try {
    const candidates = collectCandidates(index, probes, options.threshold);
    return toHits(index, name, scoreCandidates(index, probes, candidates), options.threshold);
  } finally {
    scratch.touched.forEach((touched, q) => {
      const similarities = scratch.similarities[q] as Float64Array;
      for (const id of touched) similarities[id] = -1;
      touched.length = 0;
    });
  }
}

/**
 * The names holding a token whose similarity with a query token reaches the threshold; every
 * similarity worked out on the way is kept in the scratch memo.
 */
function collectCandidates(index: SanctionsIndex, probes: ReadonlyArray<Probe>, threshold: number): number[] {
  const { scratch } = index;
  const floor = Math.max(threshold, TOKEN_SIMILARITY_FLOOR) - SLACK;
  const candidates: number[] = [];
  const reachable: number[] = [];
  probes.forEach((probe, q) => {
    const similarities = scratch.similarities[q] as Float64Array;
    const touched = scratch.touched[q] as number[];
    reachable.length = 0;
    reachableTokens(index, probe, floor, reachable);
    for (const id of reachable) {
      const similarity = tokenSimilarity(probe.token, index.vocabulary[id] as string);
      similarities[id] = similarity;
      touched.push(id);
      if (similarity < threshold - SLACK) continue;
      for (const at of index.postings[id] as Int32Array) {
        if (scratch.seen[at] === scratch.round) continue;
        scratch.seen[at] = scratch.round;
        candidates.push(at);
      }
    }
  });
  return candidates;
}

/** A pair's similarity from the memo, else 0 when its bound is under the token floor, else worked out. */
function memoSimilarity(index: SanctionsIndex, probes: ReadonlyArray<Probe>, q: number, id: number): number {
  const similarities = index.scratch.similarities[q] as Float64Array;
  const known = similarities[id] as number;
  if (known >= 0) return known;
  const probe = probes[q] as Probe;
  const similarity =
    pairBound(probe, index, id) < TOKEN_SIMILARITY_FLOOR - SLACK
      ? 0
      : tokenSimilarity(probe.token, index.vocabulary[id] as string);
  similarities[id] = similarity;
  (index.scratch.touched[q] as number[]).push(id);
  return similarity;
}

/** Each candidate scored; the best name of each entry kept. */
function scoreCandidates(index: SanctionsIndex, probes: ReadonlyArray<Probe>, candidates: ReadonlyArray<number>) {
  const best = new Map<number, { name: number; score: number }>();
  const rows = probes.length;
  const queryLengths = Int32Array.from(probes, (probe) => probe.length);
  let matrix = new Float64Array(rows * 8);
  for (const at of candidates) {
    const indexed = index.names[at] as IndexedName;
    const columns = indexed.tokenIds.length;
    if (rows * columns > matrix.length) matrix = new Float64Array(rows * columns);
    for (let q = 0; q < rows; q++) {
      for (let c = 0; c < columns; c++)
        matrix[q * columns + c] = memoSimilarity(index, probes, q, indexed.tokenIds[c] as number);
    }
    keepBest(best, indexed, at, scoreSimilarityMatrix(matrix, rows, columns, queryLengths, indexed.tokenLengths));
  }
  return best;
}

/**
 * The same answer as {@link screenName} by scoring every name on the list: the oracle the index is
 * tested against, and the benchmark's baseline.
 *
 * @example
 * screenNameExhaustively(index, "Ayman al-Zawahiri", { threshold: 0.88 });
 */
export function screenNameExhaustively(index: SanctionsIndex, name: string, options: ScreeningOptions): ScreeningHit[] {
  const query = normalizeName(name);
  const best = new Map<number, { name: number; score: number }>();
  index.names.forEach((indexed, at) => {
    const score = scoreTokenLists(query, indexed.tokens, (q, c) =>
      tokenSimilarity(query[q] as string, indexed.tokens[c] as string),
    );
    keepBest(best, indexed, at, score);
  });
  return toHits(index, name, best, options.threshold);
}
