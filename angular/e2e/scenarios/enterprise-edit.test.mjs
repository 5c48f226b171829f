import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, PUDONG, apiGet, apiToken, breakCheckCharacter, randomCreditCode, screenshot, signIn, watchErrors } from '../support/app.mjs';

let browser;
let enterpriseUrl;
const name = `上海端到端测试科技有限公司${Date.now() % 100000}`;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

const fieldError = (page, field) =>
  page.locator(`nz-form-item:has([data-testid=field-${field}]) .ant-form-item-explain-error`);

test('creating an enterprise: a bad credit code is marked on the field, then a good one is saved', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, 'demo-pudong');
  await page.goto(`${BASE_URL}/enterprises`);
  await page.click('[data-testid=create-enterprise]');
  await page.waitForURL(/\/enterprises\/new$/);

  const good = randomCreditCode();
  await page.fill('[data-testid=field-name]', name);
  // Typed in lower case: the form turns it into upper case as the standard writes it.
  await page.fill('[data-testid=field-creditCode]', breakCheckCharacter(good).toLowerCase());
  await page.click('[data-testid=save-enterprise]');
  await fieldError(page, 'creditCode').waitFor();
  assert.match(await fieldError(page, 'creditCode').innerText(), /统一社会信用代码无效/);
  assert.equal(await page.inputValue('[data-testid=field-creditCode]'), breakCheckCharacter(good));
  await screenshot(page, 'enterprise-form-invalid-credit-code');

  // A code another enterprise holds passes the client check; the server's 409 lands on the same field.
  const token = await apiToken('demo-pudong');
  const taken = (await apiGet('/api/app/enterprises?maxResultCount=1&kind=Company', token)).body.items[0].creditCode;
  await page.fill('[data-testid=field-creditCode]', taken);
  await page.click('[data-testid=save-enterprise]');
  await page.waitForFunction(
    () => /已被其他企业使用/.test(document.querySelector('nz-form-item:has([data-testid=field-creditCode]) .ant-form-item-explain-error')?.textContent ?? '')
  );

  await page.fill('[data-testid=field-creditCode]', good);
  await page.click('[data-testid=save-enterprise]');
  await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
  enterpriseUrl = page.url();
  await page.locator('[data-testid=enterprise-header]').waitFor();
  assert.equal(await page.locator('[data-testid=page-title]').innerText(), name);
  assert.equal(await page.locator('[data-testid=detail-credit-code]').innerText(), good);
  assert.equal(await page.locator('[data-testid=detail-district]').innerText(), PUDONG);
  await screenshot(page, 'enterprise-detail-new');
  assert.deepEqual(errors, []);
  await page.close();
});

test('editing in two tabs: the second save shows the conflict and reloads', async () => {
  assert.ok(enterpriseUrl, 'the enterprise from the previous scenario');
  const first = await browser.context.newPage();
  const second = await browser.context.newPage();
  for (const page of [first, second]) {
    await page.goto(`${enterpriseUrl}/edit`);
    await page.locator('[data-testid=field-name]').waitFor();
    assert.equal(await page.inputValue('[data-testid=field-name]'), name);
  }
  await first.fill('[data-testid=field-name]', `${name}（第一个标签页）`);
  await first.click('[data-testid=save-enterprise]');
  await first.waitForURL(enterpriseUrl);

  await second.bringToFront();
  await second.fill('[data-testid=field-name]', `${name}（第二个标签页）`);
  await second.click('[data-testid=save-enterprise]');
  await second.locator('[data-testid=conflict-alert]').waitFor();
  assert.match(await second.locator('[data-testid=conflict-alert]').innerText(), /该记录已被他人修改，请刷新后重试/);
  await screenshot(second, 'enterprise-edit-conflict');

  await second.click('[data-testid=conflict-reload]');
  await second.locator('[data-testid=conflict-alert]').waitFor({ state: 'detached' });
  assert.equal(await second.inputValue('[data-testid=field-name]'), `${name}（第一个标签页）`);
  await first.close();
  await second.close();
});

test('行业领域 as the source wrote it: kept through a save, 待归类 while no field is chosen, found by the list\'s 待归类 filter', async () => {
  assert.ok(enterpriseUrl, 'the enterprise from the first scenario');
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, 'demo-pudong');
  await page.goto(`${enterpriseUrl}/edit`);
  await page.locator('[data-testid=field-industryFieldText]').waitFor();
  await page.fill('[data-testid=field-industryFieldText]', '量子计算');
  await page.click('[data-testid=save-enterprise]');
  await page.waitForURL(enterpriseUrl);
  await page.locator('[data-testid=enterprise-header] [data-testid=industry-unresolved]').waitFor();
  assert.match(await page.locator('[data-testid=enterprise-header] [data-testid=industry-field]').innerText(), /量子计算\s*待归类/);

  // Saving the form for something else keeps the wording.
  await page.goto(`${enterpriseUrl}/edit`);
  await page.locator('[data-testid=field-industryFieldText]').waitFor();
  assert.equal(await page.inputValue('[data-testid=field-industryFieldText]'), '量子计算');
  await page.fill('[data-testid=field-name]', `${name}（行业待归类）`);
  await page.click('[data-testid=save-enterprise]');
  await page.waitForURL(enterpriseUrl);
  await page.locator('[data-testid=enterprise-header] [data-testid=industry-unresolved]').waitFor();

  // The list's 待归类 filter (in the URL) finds it.
  await page.goto(`${BASE_URL}/enterprises?industryUnresolved=true&keyword=${encodeURIComponent('行业待归类')}`);
  const row = page.locator('[data-testid=enterprise-row]', { hasText: '行业待归类' });
  await row.waitFor();
  assert.match(await row.innerText(), /量子计算\s*待归类/);
  assert.match(await page.locator('[data-testid=filter-industry]').innerText(), /待归类/);
  await screenshot(page, 'enterprise-list-unresolved');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 360° view shows awards, yearly figures with a chart, contacts and history', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  const token = await apiToken('demo-pudong');
  const list = await apiGet('/api/app/enterprises?maxResultCount=50&kind=Company', token);
  let withFigures = null;
  for (const item of list.body.items) {
    const detail = await apiGet(`/api/app/enterprises/${item.id}`, token);
    if (detail.body.figures.length && detail.body.awards.length) {
      withFigures = detail.body;
      break;
    }
  }
  assert.ok(withFigures, 'a demo enterprise with figures and awards');
  await page.goto(`${BASE_URL}/enterprises/${withFigures.id}?tab=figures`);
  await page.locator('[data-testid=figures-chart] canvas').first().waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('[data-testid=figures-table] tbody tr.ant-table-row').count(), withFigures.figures.length);
  await page.waitForTimeout(600);
  await screenshot(page, 'enterprise-detail-figures');
  await page.click('.ant-tabs-tab:has-text("联系人")');
  await page.locator('[data-testid=contact-row]').first().waitFor();
  await page.click('.ant-tabs-tab:has-text("变更记录")');
  await page.locator('[data-testid=history], nz-empty').first().waitFor();
  await screenshot(page, 'enterprise-detail-history');
  assert.deepEqual(errors, []);
  await page.close();
});
