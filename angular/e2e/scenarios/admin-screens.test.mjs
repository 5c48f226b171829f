import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, screenshot, signIn, watchErrors } from '../support/app.mjs';

let browser;
let page;
let errors;
before(async () => {
  browser = await openBrowser();
  page = await browser.context.newPage();
  errors = watchErrors(page);
  await signIn(page, 'demo-admin');
});
after(async () => browser?.close());

test('contests: the 2024 edition with tracks, quotas (若干) and stages', async () => {
  await page.goto(`${BASE_URL}/contests`);
  await page.locator('[data-testid=edition-list]').waitFor();
  await screenshot(page, 'contests-list');
  await page.goto(`${BASE_URL}/contests/00000000-0000-7000-8000-000000002024`);
  await page.locator('[data-testid=tracks-table]').waitFor();
  const tracks = await page.locator('[data-testid=tracks-table]').innerText();
  assert.match(tracks, /企业组/);
  assert.match(tracks, /若干/);
  await screenshot(page, 'contest-detail');
  await page.goto(`${BASE_URL}/contests/00000000-0000-7000-8000-000000002024/edit`);
  await page.locator('.track-block').first().waitFor();
  await screenshot(page, 'contest-form');
});

test('administration: users, the role permission tree and the audit log', async () => {
  await page.goto(`${BASE_URL}/admin/users`);
  await page.locator('[data-testid=user-row]').first().waitFor();
  assert.ok((await page.locator('[data-testid=user-row]').count()) >= 5);
  await screenshot(page, 'admin-users');
  await page.click('[data-testid=create-user]');
  await page.locator('.ant-modal').waitFor();
  await screenshot(page, 'admin-user-form');
  await page.keyboard.press('Escape');

  await page.goto(`${BASE_URL}/admin/roles`);
  await page.locator('[data-testid=permission-tree]').first().waitFor();
  await Promise.all([
    page.waitForResponse(response => response.url().endsWith('/api/app/roles/Investor/permissions')),
    page.click('[data-testid=role-list] button:has-text("投资机构")')
  ]);
  // The investor role holds no enterprise permission: its tree shows the box unticked.
  await page.waitForFunction(() => document.querySelector('[data-permission="Cultivation.Enterprises"] input')?.checked === false);
  const enterprises = page.locator('[data-permission="Cultivation.Enterprises"] input');
  await page.locator('[data-permission="Cultivation.Enterprises.Export"]').click();
  // Ticking a child ticks its parent; nothing is saved until the save button.
  assert.equal(await enterprises.isChecked(), true);
  await screenshot(page, 'admin-role-permissions');
  await page.locator('button:has-text("撤销更改")').click();
  assert.equal(await enterprises.isChecked(), false);

  await page.goto(`${BASE_URL}/admin/audit-logs`);
  // On a fresh host nobody has acted yet: the seed's entries are system activity, shown when asked for.
  await page.click('[data-testid=audit-include-system]');
  await page.locator('[data-testid=audit-table] tbody tr.ant-table-row').first().waitFor();
  await screenshot(page, 'admin-audit-log');
  await page.click('.ant-tabs-tab:has-text("登录与安全")');
  await page.locator('[data-testid=security-table] tbody tr.ant-table-row').first().waitFor();
  assert.deepEqual(errors, []);
});

test('industry fields: Shanghai\'s 集成电路 under 三大先导产业 counts as 新一代信息技术; aliases are kept, a name used elsewhere is refused at the field', async () => {
  await page.goto(`${BASE_URL}/admin/industry-fields`);
  await page.locator('[data-testid=industry-field-row]').first().waitFor();
  await page.click('.ant-tabs-tab:has-text("上海产业体系")');
  const ic = page.locator('[data-testid=local-industry-group][data-group="三大先导产业"] [data-testid=local-industry-row][data-name="集成电路"]');
  await ic.waitFor();
  assert.match(await page.locator('[data-testid=local-industry-system]').first().getAttribute('data-system'), /3\+6/);
  assert.equal((await ic.locator('[data-testid=local-industry-field] .ant-select-selection-item').innerText()).trim(), '新一代信息技术');
  assert.match(await ic.locator('[data-testid=local-industry-mapping]').innerText(), /待确认|已确认/);
  await screenshot(page, 'admin-industry-local');

  await page.click('.ant-tabs-tab:has-text("国家分类")');
  const it = page.locator('[data-testid=industry-field-row][data-code="01"]');
  await it.locator('[data-testid=industry-field-edit]').click();
  const aliases = page.locator('[data-testid=industry-field-aliases] input');
  await aliases.waitFor();
  // 新材料 is another category's name: the server refuses it (Cultivation:03003) and says so under the aliases.
  await aliases.click();
  await aliases.pressSequentially('新材料');
  await page.locator('.ant-select-item-option:has-text("新材料")').waitFor();
  await aliases.press('Enter');
  // The tags' dropdown stays open after Enter: clicking the title closes it.
  await page.click('.ant-modal-title');
  await page.locator('[data-testid=industry-field-aliases] .ant-select-selection-item:has-text("新材料")').waitFor();
  await screenshot(page, 'admin-industry-alias-typed');
  const [refused] = await Promise.all([
    page.waitForResponse(r => r.url().includes('/api/app/industry-fields/') && r.request().method() === 'PUT'),
    page.click('[data-testid=industry-field-save]')
  ]);
  assert.equal(refused.status(), 400);
  const error = page.locator('[data-testid=industry-field-form] nz-form-item:has([data-testid=industry-field-aliases]) .ant-form-item-explain-error');
  await error.waitFor();
  assert.match(await error.innerText(), /新材料/);
  await screenshot(page, 'admin-industry-alias-refused');
  // Remove the refused tag, add a new alias and save.
  await page.locator('[data-testid=industry-field-aliases] .ant-select-selection-item:has-text("新材料") .ant-select-selection-item-remove').click();
  await aliases.click();
  await aliases.pressSequentially('芯片设计');
  await page.locator('.ant-select-item-option:has-text("芯片设计")').waitFor();
  await aliases.press('Enter');
  await page.click('.ant-modal-title');
  await Promise.all([
    page.waitForResponse(r => r.url().includes('/api/app/industry-fields/') && r.request().method() === 'PUT' && r.status() === 200),
    page.click('[data-testid=industry-field-save]')
  ]);
  await page.locator('.ant-modal').waitFor({ state: 'detached' });
  await it.locator('[data-testid=industry-field-aliases] .alias:has-text("芯片设计")').waitFor();
  await screenshot(page, 'admin-industry-fields');

  // Enterprises use 新一代信息技术: deleting it is refused with the server's reason, and 停用 is offered instead.
  await it.locator('[data-testid=industry-field-delete]').click();
  await Promise.all([
    page.waitForResponse(r => r.url().includes('/api/app/industry-fields/') && r.request().method() === 'DELETE'),
    page.locator('.ant-popover .ant-btn-primary').click()
  ]);
  const refusal = page.locator('[data-testid=industry-field-in-use]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /新一代信息技术/);
  assert.match(await refusal.innerText(), /停用/);
  await screenshot(page, 'admin-industry-delete-refused');
  assert.equal(await page.locator('[data-testid=industry-field-row][data-code="01"]').count(), 1);
  assert.deepEqual(errors, []);
});
