// A loaded list prepared for screening: names normalized, a token vocabulary, postings.

import { normalizeName } from "./normalize.js";
import type { SanctionsEntry } from "./sanctions-list.js";

/** One of an entry's names (its listed name or an alias), normalized. */
export interface IndexedName {
  readonly entry: number;
  /** The alias's position in `entry.aliases`, or -1 for the listed name. */
  readonly alias: number;
  readonly tokens: ReadonlyArray<string>;
  readonly tokenIds: Int32Array;
  readonly tokenLengths: Int32Array;
}

/**
 * A list prepared for screening: every name normalized, a vocabulary of distinct tokens (each with its
 * length, its letters as a bit set and its repeated letters, for a cheap bound on Jaro-Winkler), and
 * from each token the names that hold it. Build it once per loaded list.
 */
export interface SanctionsIndex {
  readonly entries: ReadonlyArray<SanctionsEntry>;
  readonly names: ReadonlyArray<IndexedName>;
  readonly vocabulary: ReadonlyArray<string>;
  readonly lengths: Int32Array;
  readonly firsts: Int32Array;
  readonly letters: Int32Array;
  readonly repeats: Int32Array;
  readonly maxLength: number;
  readonly postings: ReadonlyArray<Int32Array>;
  /** Working memory of one screening at a time (screening is synchronous): cleared after each. */
  readonly scratch: Scratch;
}

/** Per query token, the Jaro-Winkler similarity with each vocabulary token computed so far (-1: not yet). */
export interface Scratch {
  readonly similarities: Float64Array[];
  readonly touched: number[][];
  /** `seen[name] === round`: the name is a candidate in this round. */
  readonly seen: Uint32Array;
  round: number;
}

/** A character's bit: letters A–Z their own, anything else one of six shared buckets. */
function letterBit(code: number): number {
  return code >= 65 && code <= 90 ? 1 << (code - 65) : 1 << (26 + (code % 6));
}

export function popcount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function lettersOf(token: string): number {
  let bits = 0;
  for (let i = 0; i < token.length; i++) bits |= letterBit(token.charCodeAt(i));
  return bits;
}

/**
 * Prepares a list for {@link screenName}.
 *
 * @example
 * const index = buildSanctionsIndex(parsed.entries);
 */
export function buildSanctionsIndex(entries: ReadonlyArray<SanctionsEntry>): SanctionsIndex {
  const tokenIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const postingLists: number[][] = [];
  const names: IndexedName[] = [];
  const add = (entry: number, alias: number, name: string) => {
    const tokens = normalizeName(name);
    const ids = new Int32Array(tokens.length);
    tokens.forEach((token, k) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = vocabulary.length;
        tokenIds.set(token, id);
        vocabulary.push(token);
        postingLists.push([]);
      }
      ids[k] = id;
      const posting = postingLists[id] as number[];
      if (posting[posting.length - 1] !== names.length) posting.push(names.length);
    });
    names.push({ entry, alias, tokens, tokenIds: ids, tokenLengths: Int32Array.from(tokens, (token) => token.length) });
  };
  entries.forEach((entry, e) => {
    add(e, -1, entry.name);
    entry.aliases.forEach((alias, a) => {
      add(e, a, alias.name);
    });
  });
  const letters = Int32Array.from(vocabulary, lettersOf);
  return {
    entries,
    names,
    vocabulary,
    lengths: Int32Array.from(vocabulary, (token) => token.length),
    firsts: Int32Array.from(vocabulary, (token) => token.charCodeAt(0)),
    letters,
    repeats: Int32Array.from(vocabulary, (token, id) => token.length - popcount(letters[id] as number)),
    maxLength: vocabulary.reduce((most, token) => Math.max(most, token.length), 1),
    postings: postingLists.map((list) => Int32Array.from(list)),
    scratch: { similarities: [], touched: [], seen: new Uint32Array(names.length), round: 0 },
  };
}
