import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, signIn } from '../support/app.mjs';

/** The target; E2E_PERF_LIMIT_MS can move it for a machine known to be slower. */
const LIMIT_MS = Number(process.env.E2E_PERF_LIMIT_MS ?? 1_000);
let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

/**
 * True once the first row of the list is on screen; then the page's own clock (ms since its navigation
 * started). Checked on every animation frame: Playwright's locator.waitFor() polls with a back-off (0, 20,
 * 50, 100, 100, 500, 500 … ms), which would add up to half a second to a page that is already there.
 */
function firstRowShown() {
  const row = document.querySelector('[data-testid=enterprise-row]');
  if (!row) {
    return false;
  }
  const box = row.getBoundingClientRect();
  return box.height > 0 && box.width > 0 ? performance.now() : false;
}

test('the enterprise list renders its first page in under 1 s with 100,000 enterprises', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'demo-admin');
  const total = Number(process.env.E2E_ENTERPRISE_COUNT ?? 0);
  const timings = [];
  const inPage = [];
  // One warm-up load (the server's first query after start-up compiles it), then five measured loads.
  await page.goto(`${BASE_URL}/enterprises`);
  await page.locator('[data-testid=enterprise-row]').first().waitFor({ state: 'visible', timeout: 60_000 });
  for (let run = 0; run < 5; run++) {
    // From asking for the page (a full load, as a bookmark or a reload does) to the first table row on screen.
    const started = Date.now();
    await page.goto(`${BASE_URL}/enterprises`, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(firstRowShown, null, { polling: 'raf', timeout: 30_000 });
    timings.push(Date.now() - started);
    inPage.push(Math.round(await shown.jsonValue()));
  }
  const subtitle = await page.locator('app-page-header .page-header-subtitle').innerText();
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const best = sorted[0];
  if (process.env.E2E_PERF_RESULT) {
    writeFileSync(process.env.E2E_PERF_RESULT, JSON.stringify({ median, best, timings, inPage, total, subtitle }));
  }
  // Other processes on the machine only ever add time, so the best load is what the page itself costs.
  assert.ok(best < LIMIT_MS, `best ${best} ms, median ${median} ms (runs ${timings.join(', ')}; in the page ${inPage.join(', ')} ms)`);
  await page.close();
});
