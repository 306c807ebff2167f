import { randomBytes } from "node:crypto";

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
const RANDOM_LIMIT = 32n ** BigInt(RANDOM_LENGTH);

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
  const random = options.randomBytes ?? (() => randomBytes(10));
  let lastTime = -1;
  let lastRandom = 0n;
  return {
    next(prefix: string): string {
      const time = options.clock().getTime();
      if (time <= lastTime) {
        lastRandom = (lastRandom + 1n) % RANDOM_LIMIT;
      } else {
        lastTime = time;
        lastRandom = bytesToBigint(random());
      }
      return `${prefix}_${encode(BigInt(lastTime), TIME_LENGTH)}${encode(lastRandom, RANDOM_LENGTH)}`;
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

function bytesToBigint(bytes: Uint8Array): bigint {
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value % RANDOM_LIMIT;
}

function encode(value: bigint, length: number): string {
  let out = "";
  let rest = value;
  for (let index = 0; index < length; index += 1) {
    out = ALPHABET[Number(rest % 32n)] + out;
    rest /= 32n;
  }
  return out;
}
