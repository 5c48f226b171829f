// Debian's Chromium driven by playwright-core: headless, no sandbox (root in CI), no background
// traffic, and a fresh user-data dir per browser so no state leaks between scenarios.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** A browser context of its own (a fresh --user-data-dir); close() also removes the folder. */
export async function openBrowser({ width = 1440, height = 900, locale = 'zh-CN' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'cultivation-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    locale,
    acceptDownloads: true
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}
