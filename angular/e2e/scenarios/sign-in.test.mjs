import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, DEMO_USERS, screenshot, signIn, watchErrors } from '../support/app.mjs';

/** What each role's side menu offers (by the server's permission names). */
const FOLLOW_UPS = ['/follow-ups', '/follow-ups/requests', '/follow-ups/coverage'];
/** Project search and introductions: every role holds Cultivation.ProfileSearch and Cultivation.Introductions. */
const MATCHMAKING = ['/profiles', '/introductions'];
/** Policy support: programmes and the calculator, applications and batches; the funnel for municipal staff. */
const POLICIES = ['/policies', '/policies/calculator', '/policies/applications', '/policies/batches'];
const MUNICIPAL_POLICIES = [...POLICIES, '/policies/funnel'];
const MENUS = {
  admin: [
    '/', '/enterprises', ...FOLLOW_UPS, ...MATCHMAKING, ...MUNICIPAL_POLICIES, '/imports', '/contests', '/admin/users', '/admin/roles', '/admin/audit-logs',
    '/admin/follow-up-policies', '/admin/holiday-calendars', '/admin/industry-fields', '/admin/jobs', '/admin/search'
  ],
  reviewer: ['/', '/enterprises', ...FOLLOW_UPS, ...MATCHMAKING, ...MUNICIPAL_POLICIES, '/imports', '/contests'],
  pudong: ['/', '/enterprises', ...FOLLOW_UPS, ...MATCHMAKING, ...POLICIES, '/imports', '/contests'],
  xuhui: ['/', '/enterprises', ...FOLLOW_UPS, ...MATCHMAKING, ...POLICIES, '/imports', '/contests'],
  investor: ['/', ...MATCHMAKING, '/contests']
};

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

test('the sign-in page refuses a wrong password with the server\'s message', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${BASE_URL}/enterprises`);
  await page.waitForURL(/\/sign-in\?returnUrl=%2Fenterprises/);
  await screenshot(page, 'sign-in');
  await page.fill('#userName', 'demo-admin');
  await page.fill('#password', 'not-the-password');
  await page.click('[data-testid=sign-in-submit]');
  await page.locator('[data-testid=sign-in-error]').waitFor();
  assert.match(await page.locator('[data-testid=sign-in-error]').innerText(), /用户名或密码错误/);
  await page.close();
});

for (const [key, user] of Object.entries(DEMO_USERS)) {
  test(`${user.userName} signs in and sees their name, role${user.scope ? ', district' : ''} and menu`, async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, user.userName);
    assert.match(await page.locator('[data-testid=user-role]').innerText(), new RegExp(user.role.replace(/[/]/g, '\\/')));
    if (user.scope) {
      assert.match(await page.locator('[data-testid=user-role]').innerText(), new RegExp(user.scope));
    }
    assert.ok((await page.locator('[data-testid=user-display-name]').innerText()).length > 0);
    // The menu renders once the session's permissions are in: wait for it rather than read it half-built.
    const links = page.locator('[data-testid=side-menu] a[data-menu]');
    await links.first().waitFor();
    const menu = await links.evaluateAll(items => items.map(a => a.getAttribute('data-menu')));
    assert.deepEqual(menu, MENUS[key]);
    await page.locator('[data-testid=home-metrics]').waitFor();
    // Counts that exist are real numbers (the policy pipeline's included); a later module's figure (roadshows, the
    // investor's) is labelled, never invented.
    await page.locator('[data-testid=metric-value]').first().waitFor();
    assert.equal((await page.locator('[data-testid=coming-soon]').count()) > 0, key === 'investor');
    await page.waitForLoadState('networkidle');
    await screenshot(page, `home-${key}`);
    // Sign out again so the next role starts from the sign-in page.
    await page.click('[data-testid=user-menu]');
    await page.click('[data-testid=sign-out]');
    await page.waitForURL(/\/sign-in/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
