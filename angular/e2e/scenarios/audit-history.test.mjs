import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, DEMO_USERS, PUDONG, apiGet, apiSend, createFollowedEnterprise, screenshot, signIn, watchErrors } from '../support/app.mjs';

// Issue 12: the records people read speak their words — no property names, class names, GUIDs, HTTP methods or URLs.
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DEVELOPER_WORDS = /\b(RegisteredCapital|LeadGender|FollowUpPlan|CadenceDays|IsDeleted|EscalationLevel|DistrictId|EditionId|AwardRecord|Enterprise|Created|Updated|JobRun|Male|Final|Excellence)\b|\/api\/app|\b(GET|POST|PUT|DELETE)\b/;

let browser;
let enterprise;
const name = `审计阅读测试有限公司${Date.now() % 100000}`;
before(async () => {
  browser = await openBrowser();
  // A district officer's day: a company, its prize (which starts a follow-up plan), then its capital and lead corrected.
  const created = await createFollowedEnterprise(DEMO_USERS.pudong.userName, name);
  const current = (await apiGet(`/api/app/enterprises/${created.enterprise.id}`, created.token)).body;
  const updated = await apiSend('PUT', `/api/app/enterprises/${current.id}`, created.token, {
    name: current.name, creditCode: current.creditCode, districtId: current.districtId, foundedOn: current.foundedOn,
    registeredCapital: 18_880_000, leadName: '张三', leadGender: 'Male', concurrencyStamp: current.concurrencyStamp
  });
  assert.equal(updated.status, 200, JSON.stringify(updated.body));
  enterprise = updated.body;
});
after(async () => browser?.close());

test("an enterprise's 变更记录 reads in Chinese: labels, names, enum labels, amounts in 万元, actions", async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, DEMO_USERS.pudong.userName);
  await page.goto(`${BASE_URL}/enterprises/${enterprise.id}?tab=history`);
  const history = page.locator('[data-testid=history]');
  await history.waitFor();
  await page.waitForFunction(() => /注册资本/.test(document.querySelector('[data-testid=history]')?.textContent ?? ''));
  const text = await history.innerText();
  for (const expected of ['修改企业', '新增获奖记录', '注册资本', '1,888.00 万元', '负责人性别', '男', '所属区', PUDONG, '优胜奖', '决赛', '获奖记录']) {
    assert.ok(text.includes(expected), `the history shows ${expected}:\n${text}`);
  }
  assert.doesNotMatch(text, GUID);
  assert.doesNotMatch(text, DEVELOPER_WORDS);
  await screenshot(page, 'enterprise-history-readable');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the 审计日志 lists people by name and actions by name, hides job activity, and filters by Chinese data types', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, DEMO_USERS.admin.userName);
  await page.goto(`${BASE_URL}/admin/audit-logs`);
  const table = page.locator('[data-testid=audit-table]');
  await page.waitForFunction(() => /新增获奖记录/.test(document.querySelector('[data-testid=audit-table]')?.textContent ?? ''));
  const text = await table.innerText();
  for (const expected of ['新增获奖记录', '修改企业', '企业', name]) {
    assert.ok(text.includes(expected), `the audit log shows ${expected}:\n${text.slice(0, 2000)}`);
  }
  assert.doesNotMatch(text, GUID);
  assert.doesNotMatch(text, DEVELOPER_WORDS);
  // People's actions only by default: no entry of the system.
  assert.equal(await table.locator('tbody nz-tag:text-is("系统")').count(), 0);

  // The data-type filter offers Chinese names.
  await page.click('[data-testid=audit-entity-type]');
  const options = page.locator('nz-option-item');
  await options.first().waitFor();
  const optionTexts = await options.allInnerTexts();
  assert.ok(optionTexts.includes('获奖记录'), optionTexts.join(' '));
  assert.ok(!optionTexts.some(o => /^[A-Za-z]+$/.test(o.trim())), `no English class names: ${optionTexts.join(' ')}`);
  await page.keyboard.press('Escape');

  // Opened, an entry shows each property's label and old → new in the users' words.
  const row = table.locator('tbody tr.ant-table-row', { hasText: '修改企业' }).filter({ hasText: name }).first();
  await row.locator('.ant-table-row-expand-icon').click();
  await page.locator('.properties', { hasText: '注册资本' }).first().waitFor();
  const details = await page.locator('.properties', { hasText: '注册资本' }).first().innerText();
  assert.match(details, /1,888\.00 万元/);
  assert.doesNotMatch(details, GUID);
  await screenshot(page, 'audit-log-readable');
  assert.deepEqual(errors, []);
  await page.close();
});
