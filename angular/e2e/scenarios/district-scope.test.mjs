import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, PUDONG, screenshot, signIn, watchErrors } from '../support/app.mjs';

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

test('a district officer (demo-pudong) sees only 浦东新区 in the enterprise list', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, 'demo-pudong');
  await page.click('[data-menu="/enterprises"]');
  await page.locator('[data-testid=enterprise-row]').first().waitFor();
  const districts = await page.locator('[data-testid=enterprise-district]').allInnerTexts();
  assert.ok(districts.length > 0);
  assert.deepEqual([...new Set(districts.map(d => d.trim()))], [PUDONG]);
  // No district filter for an officer: there is nothing else to choose.
  assert.equal(await page.locator('[data-testid=filter-district]').count(), 0);
  await screenshot(page, 'enterprise-list-pudong');

  // Sorting and paging live in the URL, so the view can be bookmarked.
  await page.goto(`${BASE_URL}/enterprises?sorting=name%20desc&maxResultCount=10&skipCount=10`);
  await page.locator('[data-testid=enterprise-row]').first().waitFor();
  assert.equal(await page.locator('[data-testid=enterprise-row]').count(), 10);
  assert.equal(await page.locator('.ant-pagination-item-active').innerText(), '2');
  const names = await page.locator('[data-testid=enterprise-row] .enterprise-name').allInnerTexts();
  assert.deepEqual(names, [...names].sort().reverse(), 'sorted by name, descending');

  // A keyword filter goes into the URL too.
  await page.fill('[data-testid=filter-keyword]', '演示');
  await page.waitForURL(/keyword=%E6%BC%94%E7%A4%BA/);
  assert.doesNotMatch(page.url(), /skipCount/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a 390 px phone the menu is a drawer and the list becomes cards', async () => {
  const phone = await openBrowser({ width: 390, height: 844 });
  try {
    const page = await phone.context.newPage();
    await signIn(page, 'demo-pudong');
    await page.goto(`${BASE_URL}/enterprises`);
    await page.locator('[data-testid=enterprise-cards] [data-testid=enterprise-row]').first().waitFor();
    assert.equal(await page.locator('[data-testid=enterprise-table]').count(), 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `page is ${width}px wide`);
    await screenshot(page, 'enterprise-list-phone');
    await page.click('[data-testid=menu-button]');
    await page.locator('.ant-drawer [data-testid=side-menu]').waitFor();
    await page.waitForTimeout(400); // let the drawer finish sliding in before the picture
    await screenshot(page, 'menu-drawer-phone');
    await page.click('.ant-drawer [data-menu="/contests"]');
    await page.waitForURL(/\/contests$/);
  } finally {
    await phone.close();
  }
});
