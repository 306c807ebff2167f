import { randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, opendir, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, counted, type DocumentStorage, pagesOf, type StoredObject } from "./storage.js";

/** Where incomplete writes go, inside the root; never listed as objects. */
export const PARTIAL_FOLDER = ".partial";

/**
 * The files under `folder` as keys relative to `base`, one directory handle open per level (never a whole
 * listing in memory), skipping the partial writes' folder; nothing when `folder` does not exist.
 */
async function* filesUnder(base: string, folder: string): AsyncGenerator<string> {
  let directory: Awaited<ReturnType<typeof opendir>>;
  try {
    directory = await opendir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for await (const entry of directory) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (folder !== base || entry.name !== PARTIAL_FOLDER) yield* filesUnder(base, path);
    } else if (entry.isFile()) {
      yield relative(base, path).split(sep).join("/");
    }
  }
}

/**
 * Documents as files under `root` (by default `<data folder>/documents`): each write goes to a temporary
 * file in `root/.partial/` and is renamed into place only when complete, so a failed or refused upload
 * leaves nothing. Keys are checked ({@link assertStorageKey}) and every resolved path is checked to stay
 * under `root`.
 *
 * @example
 * const storage = localDocumentStorage(join(config.dataDir, "documents"));
 */
export function localDocumentStorage(root: string): DocumentStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(base, ...assertStorageKey(key).split("/"));
    if (!path.startsWith(base + sep)) throw new Error(`storage key escapes the root: ${key}`);
    return path;
  };
  return {
    kind: "local",
    async put(key, body) {
      const path = pathOf(key);
      const partial = join(base, PARTIAL_FOLDER, randomUUID());
      await mkdir(dirname(partial), { recursive: true });
      const counter = { bytes: 0 };
      try {
        await pipeline(Readable.from(counted(body, counter)), createWriteStream(partial, { flags: "wx" }));
        await mkdir(dirname(path), { recursive: true });
        await rename(partial, path);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return { size: counter.bytes };
    },
    async get(key): Promise<StoredObject | undefined> {
      const path = pathOf(key);
      try {
        const found = await stat(path);
        if (!found.isFile()) return undefined;
        return { size: found.size, body: createReadStream(path) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async keys(prefix = "") {
      let entries: string[];
      try {
        entries = await readdir(base, { recursive: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
        throw error;
      }
      const keys: string[] = [];
      for (const entry of entries) {
        const key = relative(base, join(base, entry)).split(sep).join("/");
        if (key.split("/")[0] === PARTIAL_FOLDER || !key.startsWith(prefix)) continue;
        if ((await stat(join(base, entry))).isFile()) keys.push(key);
      }
      return keys.sort();
    },
    keyPages({ pageSize, prefix = "" }) {
      const under = async function* () {
        for await (const key of filesUnder(base, base)) if (key.startsWith(prefix)) yield key;
      };
      return pagesOf(under(), pageSize);
    },
  };
}
