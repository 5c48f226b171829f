import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiSend, apiToken, randomCreditCode, screenshot, signIn, watchErrors } from '../support/app.mjs';

/** Each scenario has a browser of its own: users differ, and a failed step leaves no session behind. */
async function withBrowser(options, work) {
  const browser = await openBrowser(options);
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

const stamp = Date.now() % 100000;

/** Opens the upload page from the menu and the list, picks the kind, and downloads its CSV template: its header names. */
async function openUploadWithTemplate(page, kind) {
  await page.click('[data-menu="/imports"]');
  await page.waitForURL(/\/imports$/);
  await page.locator('[data-testid=import-table], [data-testid=empty-state]').first().waitFor();
  await page.click('[data-testid=import-new]');
  await page.waitForURL(/\/imports\/new$/);
  await page.click(`[data-testid=import-kind] [data-kind=${kind}]`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=template-csv]')]);
  assert.match(download.suggestedFilename(), /^导入模板-.+\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[0].split(',');
}

/** A UTF-8 CSV (with BOM, as Excel writes it) with the template's headers; each row an object by header. */
function csv(headers, rows) {
  const line = values => values.map(v => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
  return Buffer.from('\uFEFF' + [line(headers), ...rows.map(row => line(headers.map(h => String(row[h] ?? ''))))].join('\r\n') + '\r\n', 'utf8');
}

async function upload(page, fileName, buffer) {
  await page.setInputFiles('[data-testid=import-file]', { name: fileName, mimeType: 'text/csv', buffer });
  await page.locator('[data-testid=import-file-name]').waitFor();
  await page.click('[data-testid=import-upload]');
}

/** Waits until the import page shows one of the statuses (the page polls the progress meanwhile). */
async function waitForStatus(page, statuses, timeout = 30_000) {
  await page.waitForFunction(
    wanted => wanted.includes(document.querySelector('[data-testid=import-status]')?.getAttribute('data-status') ?? ''),
    statuses,
    { timeout }
  );
  return page.locator('[data-testid=import-status]').getAttribute('data-status');
}

const stat = async (page, name) => Number(await page.locator(`[data-testid=import-stats] [data-stat=${name}] .stat-value`).innerText());

/** Clicks a button and confirms its popconfirm. A toast sliding in at that moment can take the click: then once more. */
async function confirm(page, button) {
  const ok = page.locator('.ant-popover:visible .ant-btn-primary');
  await page.click(`[data-testid=${button}]`);
  if (!(await ok.waitFor({ timeout: 3_000 }).then(() => true, () => false))) {
    await page.click(`[data-testid=${button}]`);
  }
  await ok.click();
}

async function createEnterprise(token, districtId, name) {
  const created = await apiSend('POST', '/api/app/enterprises', token, {
    name, kind: 'Company', creditCode: randomCreditCode(), districtId, foundedOn: '2018-03-01', registeredCapital: 3_000_000
  });
  assert.ok([200, 201].includes(created.status), `create enterprise: ${JSON.stringify(created.body)}`);
  return created.body;
}

test('a district officer downloads the template, uploads results, reads the report, commits, sees the enterprises, and reverts', async () => {
  const token = await apiToken('demo-pudong');
  const me = (await apiGet('/api/app/account/me', token)).body;
  const existing = await createEnterprise(token, me.districtId, `上海导入更新测试科技有限公司${stamp}`);
  const newName = `上海导入新建测试科技有限公司${stamp}`;
  const newCode = randomCreditCode();

  await withBrowser({}, async browser => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-pudong');
    const headers = await openUploadWithTemplate(page, 'ContestResults');
    assert.ok(headers.includes('统一社会信用代码') && headers.includes('最远赛程'), `template headers: ${headers.join(',')}`);
    await screenshot(page, 'import-upload');

    // One new company that reached the semi-final (no prize, so no follow-up plan), one known company whose capital changes.
    const file = csv(headers, [
      { 企业名称: newName, 统一社会信用代码: newCode, 类型: '企业', 所属区: '浦东', 成立日期: '2021-06-18', '注册资本（万元）': '800', 负责人: '李四', 届次: '2024', 组别: '企业组', 最远赛程: '复赛', 项目名称: '工业视觉检测' },
      { 企业名称: existing.name, 统一社会信用代码: existing.creditCode, 类型: '企业', 所属区: '310115', '注册资本（万元）': '450', 届次: '2024', 组别: '企业组', 最远赛程: '复赛', 项目名称: '智能仓储' }
    ]);
    await upload(page, `浦东复赛名单${stamp}.csv`, file);
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    assert.equal(await waitForStatus(page, ['Validated', 'Failed']), 'Validated');
    assert.equal(await stat(page, 'total'), 2);
    assert.equal(await stat(page, 'create'), 1);
    assert.equal(await stat(page, 'update'), 1);
    assert.equal(await stat(page, 'error'), 0);
    // The preview: the known company's capital old → new, in 万元 as the template and the enterprise page show it.
    const updated = page.locator('[data-testid=import-row-report]', { has: page.locator('[data-action=Update]') });
    await updated.locator('[data-testid=row-changes]').waitFor();
    assert.match(await updated.locator('[data-testid=row-changes]').innerText(), /注册资本[\s\S]*300\.00 万元[\s\S]*→[\s\S]*450\.00 万元/);
    await screenshot(page, 'import-report');

    await confirm(page, 'import-commit');
    assert.equal(await waitForStatus(page, ['Committed', 'Failed']), 'Committed');
    await screenshot(page, 'import-committed');

    // The created company is there (the committed row links to it), and its history says which import set its fields.
    const created = page.locator('[data-testid=import-row-report]', { has: page.locator('[data-action=Create]') });
    await created.locator('[data-testid=row-enterprise]').click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}/);
    await page.locator(`text=${newName}`).first().waitFor();
    const enterpriseUrl = page.url();
    await page.goto(`${enterpriseUrl.split('?')[0]}?tab=history`);
    await page.locator('[data-testid=import-provenance]').waitFor();
    assert.match(await page.locator('[data-testid=import-provenance]').innerText(), new RegExp(`浦东复赛名单${stamp}\\.csv`));
    await page.locator('[data-testid=history-import]').first().waitFor();
    await screenshot(page, 'import-provenance');
    assert.equal((await apiGet(`/api/app/enterprises/${existing.id}`, token)).body.registeredCapital, 4_500_000);

    await page.click('[data-testid=history-import]');
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await confirm(page, 'import-revert');
    assert.equal(await waitForStatus(page, ['Reverted', 'PartiallyReverted']), 'Reverted');
    await screenshot(page, 'import-reverted');
    assert.equal((await apiGet(`/api/app/enterprises/${existing.id}`, token)).body.registeredCapital, 3_000_000, 'the capital is restored');
    const search = (await apiGet(`/api/app/enterprises?Keyword=${newCode}`, token)).body;
    assert.equal(search.totalCount, 0, 'the created company is gone');
    assert.deepEqual(errors, []);
  });
});

test('a municipal admin imports yearly figures: a broken file cannot be committed, a too-large one is refused, a good one commits and reverts', async () => {
  const token = await apiToken('demo-admin');
  const districts = (await apiGet('/api/app/districts', token)).body.items;
  const xuhui = districts.find(d => d.name === '徐汇区');
  const company = await createEnterprise(token, xuhui.id, `上海年度数据导入测试有限公司${stamp}`);

  await withBrowser({ width: 390, height: 844 }, async phone => {
    const page = await phone.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-admin');
    await page.goto(`${BASE_URL}/`);
    await page.click('[data-testid=menu-button]');
    await page.click('.ant-drawer [data-menu="/imports"]');
    await page.waitForURL(/\/imports$/);
    await page.click('[data-testid=import-new]');
    await page.click('[data-testid=import-kind] [data-kind=YearlyFigures]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=template-csv]')]);
    const headers = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
    assert.ok(headers.includes('营业收入（万元）'), `template headers: ${headers.join(',')}`);

    // A file over 10 MB: the server's 400 lands on the file field.
    await upload(page, '过大的文件.csv', Buffer.alloc(11 * 1024 * 1024, 'a'));
    const fileError = page.locator('nz-form-item:has([data-testid=import-file]) .ant-form-item-explain-error');
    await fileError.waitFor();
    assert.match(await fileError.innerText(), /MB/);
    await page.waitForTimeout(300); // the error tip's fade-in
    await screenshot(page, 'import-upload-too-large-phone');

    // A broken credit code: an error row, and Commit says why it is disabled.
    const figures = { 企业名称: company.name, 统一社会信用代码: company.creditCode, 年度: '2025', '营业收入（万元）': '1280.5', '研发费用（万元）': '156', 从业人员数: '46' };
    await upload(page, `年度数据-有误${stamp}.csv`, csv(headers, [figures, { ...figures, 统一社会信用代码: '91310000XXXXXXXXXX', 企业名称: '不存在的公司' }]));
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await waitForStatus(page, ['Validated']);
    assert.equal(await stat(page, 'error'), 1);
    assert.ok(await page.locator('[data-testid=import-commit]').isDisabled());
    assert.match(await page.locator('[data-testid=commit-blockers]').innerText(), /1\s*行错误/);
    await page.click('[data-testid=row-filter] [data-filter=Error]');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=import-row-report]')].every(r => r.getAttribute('data-status') === 'Error'));
    assert.match(await page.locator('[data-testid=row-messages]').first().innerText(), /统一社会信用代码/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the report is ${width}px wide`);
    await screenshot(page, 'import-report-errors-phone');

    // The corrected file commits; the figures show on the enterprise; revert removes them.
    await page.goto(`${BASE_URL}/imports/new`);
    await page.click('[data-testid=import-kind] [data-kind=YearlyFigures]');
    await upload(page, `年度数据${stamp}.csv`, csv(headers, [figures]));
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await waitForStatus(page, ['Validated']);
    // A known company: its row updates it (the 2025 figures are new fields of it), old → new in the preview.
    assert.equal(await stat(page, 'update'), 1);
    assert.match(await page.locator('[data-testid=row-changes]').innerText(), /营业收入[\s\S]*1,280\.50 万元/);
    await confirm(page, 'import-commit');
    assert.equal(await waitForStatus(page, ['Committed', 'Failed']), 'Committed');
    const stored = (await apiGet(`/api/app/enterprises/${company.id}/figures`, token)).body.items;
    assert.equal(stored.find(f => f.year === 2025)?.operatingRevenue, 12_805_000);
    await screenshot(page, 'import-committed-phone');
    await confirm(page, 'import-revert');
    assert.equal(await waitForStatus(page, ['Reverted', 'PartiallyReverted']), 'Reverted');
    assert.equal((await apiGet(`/api/app/enterprises/${company.id}/figures`, token)).body.items.length, 0, 'the figures are gone');

    await page.goto(`${BASE_URL}/imports`);
    await page.locator('[data-testid=import-row]').first().waitFor();
    assert.ok(await page.locator('[data-testid=import-row]').count() >= 2);
    await screenshot(page, 'import-list-phone');
    assert.deepEqual(errors, []);
  });
});

test('a maker team matched by name with another lead waits for a person: the admin confirms the existing team and the import can be committed', async () => {
  const token = await apiToken('demo-admin');
  const team = (await apiGet('/api/app/enterprises?Kind=MakerTeam&MaxResultCount=1', token)).body.items[0];
  const lead = (await apiGet(`/api/app/enterprises/${team.id}`, token)).body.leadName;
  assert.ok(lead, 'the demo team has a lead');

  await withBrowser({}, async browser => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-admin');
    const headers = await openUploadWithTemplate(page, 'ContestResults');
    // The same team name under another lead: not guessed, a reviewer decides.
    const row = { 企业名称: team.name, 类型: '创客团队', 所属区: team.districtName, 负责人: '王新来', 届次: '2024', 组别: '创客组', 最远赛程: '复赛', 项目名称: '团队新项目' };
    await upload(page, `创客团队名单${stamp}.csv`, csv(headers, [row]));
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await waitForStatus(page, ['Validated']);
    assert.equal(await stat(page, 'review'), 1);
    assert.ok(await page.locator('[data-testid=import-commit]').isDisabled());
    // The row is an error until someone decides, and is named once: as a row to review, not a file to fix.
    const blockers = await page.locator('[data-testid=commit-blockers]').innerText();
    assert.match(blockers, /1\s*行需要人工确认/);
    assert.doesNotMatch(blockers, /行错误/);

    await page.click('[data-testid=row-filter] [data-filter=review]');
    const resolution = page.locator('[data-testid=row-resolution]');
    await resolution.waitFor();
    assert.match(await resolution.innerText(), new RegExp(`负责人 ${lead}`));
    await screenshot(page, 'import-review');
    await resolution.locator('[data-testid=resolution-candidate]').first().click();
    await resolution.locator('[data-testid=resolution-save]').click();
    // The server checks the import again with the choice; then nothing is left to review.
    await page.waitForFunction(
      () => ['review', 'error'].every(s => document.querySelector(`[data-testid=import-stats] [data-stat=${s}] .stat-value`)?.textContent?.trim() === '0'),
      null,
      { timeout: 30_000 }
    );
    await waitForStatus(page, ['Validated']);
    await page.locator('[data-testid=row-resolution] label.ant-radio-wrapper-checked[data-testid=resolution-candidate]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid=import-commit]')?.hasAttribute('disabled'));
    assert.equal(await page.locator('[data-testid=commit-blockers]').count(), 0);
    assert.deepEqual(errors, []);
  });
});
