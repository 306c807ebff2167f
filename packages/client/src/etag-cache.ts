/** A GET's representation as the server last sent it, with its `ETag`. */
export interface CachedRepresentation {
  readonly etag: string;
  /** The response body as text, parsed afresh for every hit so callers never share one object. */
  readonly text: string;
}

/**
 * The bodies of GETs that came with an `ETag`, by URL, least recently used first out: the client sends the
 * `ETag` back in `If-None-Match`, and a 304 resolves to the body kept here. An `ETag` is the server's hash of
 * the exact bytes, so a 304 means this body is what a 200 would have sent.
 *
 * @example
 * const cache = new EtagCache(100);
 * cache.set("https://api/v1/loans/loan_1", { etag: '"abc"', text: "{…}" });
 */
export class EtagCache {
  readonly #entries = new Map<string, CachedRepresentation>();

  constructor(readonly maxEntries: number) {}

  /** The entry for `url` (now the most recently used), if any. @example cache.get(url)?.etag */
  get(url: string): CachedRepresentation | undefined {
    const entry = this.#entries.get(url);
    if (entry !== undefined) {
      this.#entries.delete(url);
      this.#entries.set(url, entry);
    }
    return entry;
  }

  /** Keeps `entry` for `url`, dropping the least recently used beyond `maxEntries`. @example cache.set(url, entry) */
  set(url: string, entry: CachedRepresentation): void {
    this.#entries.delete(url);
    this.#entries.set(url, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(oldest);
    }
  }

  /** How many bodies are kept. @example cache.size */
  get size(): number {
    return this.#entries.size;
  }
}
