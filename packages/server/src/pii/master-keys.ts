import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { KEY_BYTES, masterKeyId } from "./envelope.js";

/** A master key and its public id. @example const key: MasterKey = masterKeyFrom(Buffer.alloc(32, 1)); */
export interface MasterKey {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * The master keys a process holds: `current` wraps new tenant keys; `previous` (during a rotation) may
 * still unwrap rows not yet re-wrapped.
 *
 * @example
 * const keyring: MasterKeyring = { current: masterKeyFrom(key), previous: [] };
 */
export interface MasterKeyring {
  readonly current: MasterKey;
  readonly previous: ReadonlyArray<MasterKey>;
  /** Why this keyring is not for real use (a generated or file-stored development key); undefined otherwise. */
  readonly warning?: string | undefined;
}

/** @example masterKeyFrom(randomBytes(32)).id // "mk_…" */
export function masterKeyFrom(key: Buffer): MasterKey {
  if (key.length !== KEY_BYTES) throw new Error(`a master key is ${KEY_BYTES} bytes`);
  return { id: masterKeyId(key), key };
}

/**
 * Reads a base64 master key (32 bytes once decoded); undefined for anything else.
 *
 * @example
 * parseMasterKey(randomBytes(32).toString("base64")); // Buffer(32)
 */
export function parseMasterKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed, "base64");
  return key.length === KEY_BYTES ? key : undefined;
}

/**
 * A keyring with a random key held in memory only: for in-process tests and in-memory databases, whose
 * data dies with the process anyway.
 *
 * @example
 * createApp({ …, pii: ephemeralKeyring() });
 */
export function ephemeralKeyring(): MasterKeyring {
  return {
    current: masterKeyFrom(randomBytes(KEY_BYTES)),
    previous: [],
    warning:
      "PII master key: a random key held in memory only (LENDSTACK_MASTER_KEY is unset); encrypted data is unreadable after a restart",
  };
}

/**
 * Where a development master key is kept: beside the data folder (`<dataDir>.master-key`, as the
 * `<dataDir>.owner` lock), not inside it, since PGlite only opens an empty folder or its own cluster.
 *
 * @example
 * developmentKeyPath("./.lendstack/data"); // "./.lendstack/data.master-key"
 */
export function developmentKeyPath(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.master-key`;
}

/**
 * The development master key for `dataDir` (`<dataDir>.master-key`, base64, mode 0600), made on first use.
 *
 * @example
 * developmentKeyring("./.lendstack/data").warning; // "PII master key: generated and stored in …"
 */
export function developmentKeyring(dataDir: string): MasterKeyring {
  const path = developmentKeyPath(dataDir);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(path, 0o600);
  }
  const key = parseMasterKey(readFileSync(path, "utf8"));
  if (key === undefined) throw new Error(`${path} does not hold a base64 32-byte key`);
  return {
    current: masterKeyFrom(key),
    previous: [],
    warning: `PII master key: a development key generated and stored in ${path}; set LENDSTACK_MASTER_KEY (base64, 32 bytes) for real use`,
  };
}

/**
 * The keyring a configuration selects: `LENDSTACK_MASTER_KEY` (and `LENDSTACK_PREVIOUS_MASTER_KEY` during
 * a rotation) when set; otherwise, outside production, a development key stored under the data folder
 * (or held in memory for an in-memory database). Production without a master key is refused by the
 * startup checks before this runs.
 *
 * @example
 * const keyring = keyringFromConfig(config.pii, config.dataDir);
 */
export function keyringFromConfig(
  pii: { readonly masterKey: Buffer | undefined; readonly previousMasterKey: Buffer | undefined },
  dataDir: string,
): MasterKeyring {
  if (pii.masterKey !== undefined) {
    const previous = pii.previousMasterKey === undefined ? [] : [masterKeyFrom(pii.previousMasterKey)];
    return { current: masterKeyFrom(pii.masterKey), previous };
  }
  return dataDir === "memory" ? ephemeralKeyring() : developmentKeyring(dataDir);
}
