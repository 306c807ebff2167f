// Upper bounds of Jaro-Winkler cheap enough to scan a whole vocabulary with.

import { WINKLER_PREFIX_LIMIT, WINKLER_PREFIX_SCALE } from "./jaro-winkler.js";
import { lettersOf, popcount, type SanctionsIndex } from "./sanctions-index.js";

// Local copies: a module's imported bindings are slower to read in the hot loop.
const PREFIX_SCALE = WINKLER_PREFIX_SCALE;
const PREFIX_LIMIT = WINKLER_PREFIX_LIMIT;

/** A query token with what the bound needs of it. */
export interface Probe {
  readonly token: string;
  readonly length: number;
  readonly letters: number;
  readonly repeats: number;
  readonly first: number;
}

export function probeOf(token: string): Probe {
  const letters = lettersOf(token);
  return {
    token,
    length: token.length,
    letters,
    repeats: token.length - popcount(letters),
    first: token.charCodeAt(0),
  };
}

/** At most this many characters of the probe and vocabulary token `id` can match: common letters plus fewer repeats. */
function matchBound(probe: Probe, index: SanctionsIndex, id: number): number {
  const otherRepeats = index.repeats[id] as number;
  const matches = popcount(probe.letters & (index.letters[id] as number)) + Math.min(probe.repeats, otherRepeats);
  return Math.min(matches, probe.length, index.lengths[id] as number);
}

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(PREFIX_LIMIT, a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return prefix;
}

/** Jaro-Winkler's value were `matches` characters to match with no transposition and `prefix` in common. */
function similarityBound(length: number, otherLength: number, matches: number, prefix: number): number {
  if (matches === 0) return 0;
  const jaroBound = (matches / length + matches / otherLength + 1) / 3;
  return jaroBound + prefix * PREFIX_SCALE * (1 - jaroBound);
}

/** An upper bound of `tokenSimilarity(probe.token, vocabulary[id])` from lengths, letters and prefix. */
export function pairBound(probe: Probe, index: SanctionsIndex, id: number): number {
  const otherLength = index.lengths[id] as number;
  const prefix = index.firsts[id] === probe.first ? commonPrefix(probe.token, index.vocabulary[id] as string) : 0;
  return similarityBound(probe.length, otherLength, matchBound(probe, index, id), prefix);
}

/**
 * Appends to `out` the vocabulary tokens whose similarity with the probe may reach `floor` (by
 * {@link pairBound}). Without a common first letter the bound depends on the lengths and the match
 * count only, so the fewest matches each length needs is worked out once, by the same arithmetic.
 */
export function reachableTokens(index: SanctionsIndex, probe: Probe, floor: number, out: number[]): void {
  const needed = new Int32Array(index.maxLength + 1);
  for (let otherLength = 1; otherLength <= index.maxLength; otherLength++) {
    let matches = 1;
    const most = Math.min(probe.length, otherLength);
    while (matches <= most && similarityBound(probe.length, otherLength, matches, 0) < floor) matches++;
    needed[otherLength] = matches;
  }
  const { lengths, firsts, letters, repeats } = index;
  const { letters: probeLetters, repeats: probeRepeats, first, length } = probe;
  const count = lengths.length;
  for (let id = 0; id < count; id++) {
    const otherLength = lengths[id] as number;
    let shared = probeLetters & (letters[id] as number);
    shared -= (shared >>> 1) & 0x55555555;
    shared = (shared & 0x33333333) + ((shared >>> 2) & 0x33333333);
    shared = (Math.imul((shared + (shared >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
    const otherRepeats = repeats[id] as number;
    let matches = shared + Math.min(probeRepeats, otherRepeats);
    if (matches > length) matches = length;
    if (matches > otherLength) matches = otherLength;
    if (firsts[id] !== first) {
      if (matches >= (needed[otherLength] as number)) out.push(id);
    } else if (pairBound(probe, index, id) >= floor) {
      out.push(id);
    }
  }
}
