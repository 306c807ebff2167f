import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); CI installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where browser tests leave screenshots (gitignored). */
export const ARTEFACTS_DIR = join(import.meta.dirname, "..", "..", "..", "..", "test-artefacts");

/**
 * A headless Chromium with a fresh profile that reaches nothing on its own (no QUIC, no background
 * networking, no component updates), recording every URL a page asks for.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await browser.close();
 */
export interface TestBrowser {
  newPage(): Promise<Page>;
  /** Every URL the pages requested, in order. */
  readonly requestedUrls: ReadonlyArray<string>;
  close(): Promise<void>;
}

/** Launches {@link TestBrowser}. @example const browser = await launchChromium(); */
export async function launchChromium(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), "lendstack-chromium-"));
  const requestedUrls: string[] = [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  context.on("request", (request) => requestedUrls.push(request.url()));
  return {
    newPage: () => context.newPage(),
    requestedUrls,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The requested URLs whose host is not the one given (data: and blob: URLs are local and ignored).
 *
 * @example
 * expect(foreignRequests(browser.requestedUrls, "127.0.0.1")).toEqual([]);
 */
export function foreignRequests(urls: ReadonlyArray<string>, host: string): string[] {
  return urls.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return parsed.hostname !== host;
  });
}
