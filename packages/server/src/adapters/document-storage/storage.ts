import type { Readable } from "node:stream";

/**
 * Where document bytes live. Keys are relative, `/`-separated names of safe characters (see
 * {@link isStorageKey}); no implementation ever writes outside its root or bucket prefix.
 *
 * @example
 * const { size } = await storage.put("doc_01JG…", chunks);
 * const object = await storage.get("doc_01JG…");
 */
export interface DocumentStorage {
  /** `local`, `s3` or `memory`: what the storage is, for logs. */
  readonly kind: string;
  /**
   * Streams `body` to `key`. The object becomes visible only once complete: if `body` throws (a size limit,
   * a refused type) or the write fails, nothing is left under `key` and the error is rethrown.
   */
  put(key: string, body: AsyncIterable<Uint8Array>): Promise<{ readonly size: number }>;
  /** The object's bytes as a stream and its size; undefined when there is none. */
  get(key: string): Promise<StoredObject | undefined>;
  /** Removes the object; no error when there is none. */
  delete(key: string): Promise<void>;
  /** Every complete object's key under `prefix` (all when absent), sorted. */
  keys(prefix?: string): Promise<string[]>;
  /**
   * The complete objects' keys a page at a time (at most `pageSize` keys each, in no promised order), each
   * page read only when the caller asks for it: a walk over a storage of any size that holds one page.
   * Objects deleted during the walk are fine; ones written during it may or may not be listed.
   */
  keyPages(options: KeyPageOptions): AsyncIterable<string[]>;
}

/** @example { pageSize: 500 } */
export interface KeyPageOptions {
  /** The most keys a page holds (1 or more; S3 gives at most 1,000). */
  readonly pageSize: number;
  /** Only keys under this prefix (all when absent). */
  readonly prefix?: string | undefined;
}

/**
 * `keys` in pages of at most `pageSize`, as the sandbox and tests chunk an iterable of keys.
 *
 * @example for await (const page of pagesOf(["a", "b", "c"], 2)) console.log(page); // ["a", "b"], ["c"]
 */
export async function* pagesOf(
  keys: Iterable<string> | AsyncIterable<string>,
  pageSize: number,
): AsyncGenerator<string[]> {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`pageSize must be a whole number ≥ 1, got ${pageSize}`);
  let page: string[] = [];
  for await (const key of keys) {
    page.push(key);
    if (page.length === pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

/** A stored object being read. @example const { body, size } = (await storage.get(key))!; */
export interface StoredObject {
  readonly size: number;
  readonly body: Readable;
}

/** Thrown for a key that is not a safe relative name. @example throw new InvalidStorageKeyError("../x"); */
export class InvalidStorageKeyError extends Error {
  override readonly name = "InvalidStorageKeyError";
  constructor(key: string) {
    super(`not a safe storage key: ${JSON.stringify(key).slice(0, 80)}`);
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Whether `key` is a safe storage key: 1 to 8 `/`-separated segments of letters, digits, `.`, `_` and `-`,
 * each starting with a letter or digit (so never `.`, `..`, empty, absolute or hidden).
 *
 * @example
 * isStorageKey("tenant/doc_01JG"); // true
 * isStorageKey("../etc/passwd"); // false
 */
export function isStorageKey(key: string): boolean {
  const segments = key.split("/");
  return segments.length <= 8 && segments.every((segment) => SEGMENT.test(segment));
}

/** `key`, or a throw of {@link InvalidStorageKeyError}. @example const safe = assertStorageKey(key); */
export function assertStorageKey(key: string): string {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError(key);
  return key;
}

/**
 * `body`, counting its bytes into `counter` as they pass.
 *
 * @example
 * const counter = { bytes: 0 }; for await (const chunk of counted(body, counter)) …
 */
export async function* counted(
  body: AsyncIterable<Uint8Array>,
  counter: { bytes: number },
): AsyncGenerator<Uint8Array> {
  for await (const chunk of body) {
    counter.bytes += chunk.byteLength;
    yield chunk;
  }
}
