import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium (tools/install-chromium.sh) driven by playwright-core, for the browser tests: no downloaded
 * browser, and no network beyond the test's own server.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const hasChromium = existsSync(CHROMIUM);
const CHROMIUM_SKIPPED = `skipped: ${CHROMIUM} is missing (install it with tools/install-chromium.sh)`;

export interface OpenBrowser {
  browser: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** A browser with a fresh profile (nothing left in localStorage by an earlier run) and its first page. */
export async function openChromium(
  name: string,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<OpenBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  try {
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      ...options,
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    return {
      browser,
      page,
      close: async () => {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** `describe` when Chromium is installed; otherwise skipped, with the reason in its title and on stderr. */
export function describeInChromium(file: string, title: string, body: () => void): void {
  if (hasChromium) return describe(title, body);
  process.stderr.write(`${file} ${CHROMIUM_SKIPPED}\n`);
  describe.skip(`${title} (${CHROMIUM_SKIPPED})`, body);
}
