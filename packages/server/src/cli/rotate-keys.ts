import { writeFileSync } from "node:fs";
import { ConfigError, type ServerConfig } from "../config.js";
import type { Database } from "../db/database.js";
import { developmentKeyPath, keyringFromConfig, masterKeyFrom, parseMasterKey } from "../pii/master-keys.js";
import { rewrapTenantKeys } from "../pii/tenant-keys.js";
import { parseCommandArgs } from "./args.js";

/** The usage lines of `lendstack rotate-keys`. */
export const ROTATE_KEYS_USAGE = `  rotate-keys                         re-wrap every tenant's PII keys under LENDSTACK_NEW_MASTER_KEY (base64, 32 bytes),
                                      unwrapping with LENDSTACK_MASTER_KEY (or the development key file); then
                                      restart with LENDSTACK_MASTER_KEY set to the new key. Data is not re-encrypted`;

/**
 * The new master key from the environment, refused unless it is base64 of 32 bytes and differs from the current one.
 *
 * @example
 * newMasterKeyFrom({ LENDSTACK_NEW_MASTER_KEY: "…" });
 */
export function newMasterKeyFrom(environment: Readonly<Record<string, string | undefined>>): Buffer {
  const text = environment.LENDSTACK_NEW_MASTER_KEY;
  if (text === undefined || text.trim() === "") {
    throw new ConfigError(
      "rotate-keys needs LENDSTACK_NEW_MASTER_KEY (base64 of 32 bytes, e.g. openssl rand -base64 32)",
    );
  }
  const key = parseMasterKey(text);
  if (key === undefined)
    throw new ConfigError("rotate-keys: LENDSTACK_NEW_MASTER_KEY must be base64 of exactly 32 bytes");
  return key;
}

/**
 * `lendstack rotate-keys`: re-wraps each tenant's data and hash keys under the new master key in one
 * transaction (a rerun skips rows already re-wrapped). With the development key file, the file then holds
 * the new key. Prints how many tenants moved.
 *
 * @example
 * await rotateKeysCommand([], config, database, process.env);
 */
export async function rotateKeysCommand(
  args: ReadonlyArray<string>,
  config: ServerConfig,
  database: Database,
  environment: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  parseCommandArgs("rotate-keys", args, {});
  const next = masterKeyFrom(newMasterKeyFrom(environment));
  if (config.pii.masterKey === undefined && config.dataDir === "memory") {
    throw new ConfigError(
      "rotate-keys: no master key to rotate from (LENDSTACK_MASTER_KEY is unset, data folder in memory)",
    );
  }
  const old = keyringFromConfig(config.pii, config.dataDir);
  if (old.current.id === next.id) throw new ConfigError("rotate-keys: the new master key is the current one");
  await database.migrate();
  const outcome = await rewrapTenantKeys(database.db, old, next, new Date());
  if (config.pii.masterKey === undefined) {
    writeFileSync(developmentKeyPath(config.dataDir), `${next.key.toString("base64")}\n`, { mode: 0o600 });
  }
  const where =
    config.pii.masterKey === undefined
      ? `the development key file ${developmentKeyPath(config.dataDir)} now holds the new key`
      : "set LENDSTACK_MASTER_KEY to the new key (and LENDSTACK_PREVIOUS_MASTER_KEY to the old one while servers restart)";
  process.stdout.write(
    `Re-wrapped the PII keys of ${outcome.rewrapped} tenant(s) under ${next.id} (${outcome.alreadyCurrent} already were); ${where}.\n`,
  );
  return 0;
}
