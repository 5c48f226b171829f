import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiToken, assertNoRawServerKeys, screenshot, signIn } from '../support/app.mjs';

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

test('switching to English changes the UI and the server\'s messages, and survives a reload', async () => {
  const page = await browser.context.newPage();
  const languages = [];
  page.on('request', request => {
    if (request.url().includes('/api/app/')) {
      languages.push(request.headers()['accept-language']);
    }
  });
  await signIn(page, 'demo-pudong');
  assert.equal(await page.locator('[data-menu="/enterprises"]').innerText(), '企业库');
  assert.ok(languages.length > 0 && languages.every(l => l === 'zh-Hans'));

  await page.click('[data-testid=language-switch]');
  await page.locator('[data-menu="/enterprises"]:has-text("Enterprises")').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await page.locator('[data-menu="/enterprises"]:has-text("Enterprises")').waitFor();
  assert.match(await page.locator('[data-testid=user-role]').innerText(), /District SME officer/);
  await screenshot(page, 'home-english');

  // The server's own message (a credit code already taken) lands on the field, in English.
  languages.length = 0;
  const token = await apiToken('demo-pudong');
  const taken = (await apiGet('/api/app/enterprises?maxResultCount=1&kind=Company', token)).body.items[0].creditCode;
  await page.goto(`${BASE_URL}/enterprises/new`);
  await page.locator('[data-testid=page-title]:has-text("New enterprise")').waitFor();
  await page.fill('[data-testid=field-name]', 'English scenario Ltd');
  await page.fill('[data-testid=field-creditCode]', taken);
  await page.click('[data-testid=save-enterprise]');
  const error = page.locator('nz-form-item:has([data-testid=field-creditCode]) .ant-form-item-explain-error');
  await error.waitFor();
  const message = await error.innerText();
  assert.match(message, new RegExp(taken));
  assert.doesNotMatch(message, /[\u4e00-\u9fff]/, `the server answered in Chinese: ${message}`);
  assert.ok(languages.length > 0 && languages.every(l => l === 'en'), `Accept-Language sent: ${languages.join(', ')}`);
  // Client-side messages follow the UI language.
  await page.fill('[data-testid=field-creditCode]', '91310000MA1K000007');
  await page.locator('nz-form-item:has([data-testid=field-creditCode]) .ant-form-item-explain-error:has-text("Invalid unified social credit code")').waitFor();
  await screenshot(page, 'enterprise-form-english');

  await page.click('[data-testid=language-switch]');
  await page.locator('[data-testid=page-title]:has-text("新建企业")').waitFor();
  await page.close();
});

test('labels of enums, fields, roles and permissions come from the server in both languages, no key shows', async () => {
  const page = await browser.context.newPage();
  const configurations = [];
  page.on('request', request => {
    if (request.url().includes('/api/app/application-configuration')) {
      configurations.push(new URL(request.url()).searchParams.get('Culture'));
    }
  });
  await signIn(page, 'demo-admin');
  const token = await apiToken('demo-admin');
  const enterprise = (await apiGet('/api/app/enterprises?maxResultCount=1&kind=Company', token)).body.items[0];
  const pages = [
    ['/enterprises', '[data-testid=page-title]'],
    [`/enterprises/${enterprise.id}`, '[data-testid=page-title]'],
    ['/enterprises/new', '[data-testid=field-creditCode]'],
    ['/admin/industry-fields', '[data-testid=industry-field-row]'],
    ['/admin/roles', '[data-testid=permission-tree]']
  ];
  for (const language of ['zh-CN', 'en']) {
    for (const [path, ready] of pages) {
      await page.goto(`${BASE_URL}${path}`);
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      await assertNoRawServerKeys(page, `${path} (${language})`);
    }
    if (language === 'zh-CN') {
      assert.match(await page.locator('body').innerText(), /查看各区跟踪覆盖/, 'the role page shows the server\'s permission names');
      await page.click('[data-testid=language-switch]');
      await page.locator('[data-menu="/enterprises"]:has-text("Enterprises")').waitFor();
    }
  }
  await page.goto(`${BASE_URL}/enterprises/new`);
  await page.locator('nz-form-label:has-text("Unified social credit code")').first().waitFor();
  assert.ok(configurations.includes('zh-Hans') && configurations.includes('en'), `configurations loaded: ${configurations.join(', ')}`);
  await page.click('[data-testid=language-switch]');
  await page.locator('[data-menu="/enterprises"]:has-text("企业库")').waitFor();
  await page.close();
});
