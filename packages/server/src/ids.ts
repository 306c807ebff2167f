import { randomFillSync } from "node:crypto";

/**
 * Makes prefixed, sortable ids: `prd_` + 10 Crockford base-32 characters of milliseconds since the epoch
 * + 16 of randomness (the ULID layout). Ids made later sort after ids made earlier, also within one
 * millisecond (the random part is incremented, as ULID's monotonic mode does).
 *
 * @example
 * const ids = createIdGenerator({ clock: () => new Date() });
 * ids.next("prd"); // "prd_01JDQ5V8M2X4S9R0T7W3Y6Z1AB"
 */
export interface IdGenerator {
  next(prefix: string): string;
}

/** Crockford's base 32 (no I, L, O, U), as ULID uses. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;
/**
 * The 80 random bits are held as two 40-bit halves: plain numbers (exact below 2^53), so that encoding and
 * incrementing need no BigInt.
 */
const HALF_LIMIT = 2 ** 40;
const HALF_LENGTH = RANDOM_LENGTH / 2;
const RANDOM_BYTES = 10;

/** Sources for an id generator: the clock and a source of 10 random bytes (80 bits). @example createIdGenerator({ clock: () => new Date() }) */
export interface IdGeneratorOptions {
  readonly clock: () => Date;
  readonly randomBytes?: () => Uint8Array;
}

/**
 * Creates the default generator.
 *
 * @example
 * const ids = createIdGenerator({ clock: () => new Date("2025-01-01T00:00:00Z"), randomBytes: () => new Uint8Array(10) });
 * ids.next("prd"); // "prd_01JGFJJZ000000000000000000"
 */
export function createIdGenerator(options: IdGeneratorOptions): IdGenerator {
  const random = options.randomBytes ?? pooledRandomBytes;
  let lastTime = -1;
  let encodedTime = "";
  let high = 0;
  let low = 0;
  return {
    next(prefix: string): string {
      const time = options.clock().getTime();
      if (!Number.isSafeInteger(time)) throw new RangeError(`the clock gave an invalid time: ${time}`);
      if (time <= lastTime) {
        low += 1;
        if (low === HALF_LIMIT) {
          low = 0;
          high = (high + 1) % HALF_LIMIT;
        }
      } else {
        lastTime = time;
        encodedTime = encode(time, TIME_LENGTH);
        const bytes = random();
        high = readHalf(bytes, bytes.length - RANDOM_BYTES);
        low = readHalf(bytes, bytes.length - RANDOM_BYTES / 2);
      }
      return `${prefix}_${encodedTime}${encode(high, HALF_LENGTH)}${encode(low, HALF_LENGTH)}`;
    },
  };
}

/**
 * True when `value` has the shape of an id with this prefix (used to reject garbage cursors and path ids early).
 *
 * @example
 * isIdWithPrefix("prd_01JGFJJZ000000000000000000", "prd"); // true
 */
export function isIdWithPrefix(value: string, prefix: string): boolean {
  return idPattern(prefix).test(value);
}

/** Characters after the prefix and `_`: 10 of time and 16 of randomness. @example ID_BODY_LENGTH // 26 */
export const ID_BODY_LENGTH = TIME_LENGTH + RANDOM_LENGTH;

/**
 * The one pattern of an id with this prefix: the prefix, `_`, then 26 Crockford base-32 characters.
 *
 * @example
 * idPattern("loan").source; // "^loan_[0-9A-HJKMNP-TV-Z]{26}$"
 */
export function idPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{${ID_BODY_LENGTH}}$`);
}

/**
 * When an id was made: the milliseconds its first 10 characters after the prefix encode.
 *
 * @example
 * idTime("prd_01JGFJJZ000000000000000000").toISOString(); // "2025-01-01T00:00:00.000Z"
 */
export function idTime(id: string): Date {
  const body = id.slice(id.indexOf("_") + 1, id.indexOf("_") + 1 + TIME_LENGTH);
  let ms = 0;
  for (const character of body) ms = ms * 32 + ALPHABET.indexOf(character);
  return new Date(ms);
}

/**
 * One `randomFillSync` call fills randomness for many new milliseconds: a call per id costs a native
 * round trip each time (Node pools `randomUUID` the same way).
 */
const pool = new Uint8Array(RANDOM_BYTES * 400);
let poolOffset = pool.length;

function pooledRandomBytes(): Uint8Array {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  poolOffset += RANDOM_BYTES;
  return pool.subarray(poolOffset - RANDOM_BYTES, poolOffset);
}

/** Bytes `start`..`start + 4` as one big-endian 40-bit number; a byte before the array's start counts as 0. */
function readHalf(bytes: Uint8Array, start: number): number {
  const top = bytes[start] ?? 0;
  const rest = ((bytes[start + 1] ?? 0) << 24) | ((bytes[start + 2] ?? 0) << 16) | ((bytes[start + 3] ?? 0) << 8);
  return top * 2 ** 32 + ((rest | (bytes[start + 4] ?? 0)) >>> 0);
}

/** `value` (an integer below 2^53) as `length` base-32 digits, most significant first. */
function encode(value: number, length: number): string {
  let out = "";
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}
