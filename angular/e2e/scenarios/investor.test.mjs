import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiToken, screenshot, signIn } from '../support/app.mjs';

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

test('an investor cannot reach the enterprise or administration pages', async () => {
  const page = await browser.context.newPage();
  await signIn(page, 'demo-investor');
  assert.equal(await page.locator('[data-menu="/enterprises"]').count(), 0);
  assert.equal(await page.locator('[data-menu="/admin/users"]').count(), 0);

  for (const path of ['/enterprises', '/enterprises/new', '/admin/users', '/admin/roles', '/admin/audit-logs']) {
    await page.goto(`${BASE_URL}${path}`);
    await page.locator('[data-testid=forbidden]').waitFor();
    assert.equal(new URL(page.url()).pathname, '/forbidden', path);
  }
  await screenshot(page, 'investor-forbidden');

  // The server agrees: the pages are closed because the API is.
  const token = await apiToken('demo-investor');
  assert.equal((await apiGet('/api/app/enterprises', token)).status, 403);
  assert.equal((await apiGet('/api/app/users', token)).status, 403);

  // What an investor may open still works.
  await page.goto(`${BASE_URL}/contests`);
  await page.locator('[data-testid=edition-list]').waitFor();
  await page.close();
});
