import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiToken, assertNoRawServerKeys, screenshot, signIn, watchErrors } from '../support/app.mjs';

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

/** Picks an option of an nz-select by its text. */
async function choose(page, testId, text) {
  await page.click(`[data-testid=${testId}]`);
  await page.locator('nz-option-item', { hasText: text }).first().click();
}

/** Types a number into an nz-input-number and leaves the field. */
async function typeNumber(page, testId, value) {
  const input = page.locator(`[data-testid=${testId}] input`);
  await input.fill(String(value));
  await input.press('Tab');
}

async function answer(page, confirmation, text) {
  await page.locator(`[data-testid=confirm-${confirmation}] label`, { hasText: text }).click();
}

async function programmeId(token, code) {
  const list = await apiGet('/api/app/policy-programmes', token);
  assert.equal(list.status, 200);
  const programme = list.body.items.find(p => p.code === code);
  assert.ok(programme, `programme ${code} is seeded`);
  return programme;
}

test('an officer runs the 政策计算器: each criterion pass / fail / missing with figure, threshold and source, a near miss written plainly', async () => {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, 'demo-pudong');
  // The menu leads there.
  await page.locator('[data-testid=side-menu] [data-menu="/policies/calculator"]').click();
  await page.locator('[data-testid=calculator-form]').waitFor();
  await choose(page, 'calc-programme', '专精特新中小企业');
  await page.locator('[data-testid=calc-version]').waitFor();

  // Nothing but two confirmations: every figure is missing, so the outcome needs evidence and names what to collect.
  await answer(page, 'RegisteredInShanghai', '是');
  await answer(page, 'MeetsSmeSizeStandard', '是');
  await page.click('[data-testid=calc-submit]');
  const evaluation = page.locator('[data-testid=policy-evaluation]');
  await evaluation.waitFor();
  assert.equal(await evaluation.getAttribute('data-outcome'), 'NeedsEvidence');
  const missing = await page.locator('[data-testid=policy-missing-facts]').innerText();
  assert.ok(missing.trim().length > 0, 'the facts to collect are named');

  // Last year: revenue 1,400 万元 (needs 1,500), main business 1,300, R&D 50 万元 (needs 100 each year): not eligible.
  await typeNumber(page, 'fact-operatingRevenue-0', 1400);
  await typeNumber(page, 'fact-mainBusinessRevenue-0', 1300);
  await typeNumber(page, 'fact-rdExpense-0', 50);
  await page.click('[data-testid=calc-submit]');
  await page.waitForFunction(() => document.querySelector('[data-testid=policy-evaluation]')?.getAttribute('data-outcome') === 'NotEligible');
  const registered = page.locator('[data-testid=criterion-row][data-code=registered-in-shanghai]').first();
  assert.equal(await registered.getAttribute('data-status'), 'Pass');
  const clear = page.locator('[data-testid=criterion-row][data-code=clear-record]').first();
  assert.equal(await clear.getAttribute('data-status'), 'Missing');
  const revenue = page.locator('[data-testid=criterion-row][data-code=specialised26-revenue]');
  assert.equal(await revenue.getAttribute('data-status'), 'Fail');
  const revenueText = await revenue.innerText();
  assert.match(revenueText, /1,400(\.00)? 万元/, revenueText);
  assert.match(revenueText, /≥ 1,500(\.00)? 万元/, revenueText);
  const nearMisses = await page.locator('[data-testid=policy-near-misses]').innerText();
  assert.match(nearMisses, /营业收入/, nearMisses);
  await assertNoRawServerKeys(page, 'the calculator');
  await screenshot(page, 'policies-calculator');

  // Financing known and none: the revenue-or-equity alternative now fails instead of waiting for evidence.
  await page.click('[data-testid=financing-known]');
  await page.click('[data-testid=calc-submit]');
  await page.waitForFunction(
    () => document.querySelector('[data-testid=criterion-row][data-code=specialised26-revenue-or-equity]')?.getAttribute('data-status') === 'Fail'
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('the programme page marks UNVERIFIED criteria; an officer reads them, an administrator confirms one; the editor shows a fault at its JSON path', async () => {
  const adminToken = await apiToken('demo-admin');
  const giant = await programmeId(adminToken, 'little-giant');
  const version = giant.ruleSets.find(v => v.version === '2026-2');
  assert.ok(version && version.unverifiedCount > 0, 'the 2026-2 小巨人 rules ship unverified');

  // An officer: the flags, no confirm button.
  const officer = await browser.context.newPage();
  const officerErrors = watchErrors(officer);
  await signIn(officer, 'demo-pudong');
  await officer.goto(`${BASE_URL}/policies`);
  await officer.locator('[data-testid=programme-row][data-code=little-giant] a').first().click();
  await officer.locator('[data-testid=version-switch]').waitFor();
  await officer.goto(`${BASE_URL}/policies/programmes/${giant.id}?version=${version.id}`);
  await officer.locator('[data-testid=unverified-summary]').waitFor();
  assert.ok(await officer.locator('[data-testid=rule-requirements] [data-testid=unverified-flag]').count() > 5);
  assert.equal(await officer.locator('[data-testid=confirm-criterion]').count(), 0, 'officers cannot confirm');
  assert.equal(await officer.locator('[data-testid=revise-version]').count(), 0, 'officers cannot edit rules');
  await assertNoRawServerKeys(officer, 'the programme page');
  await screenshot(officer, 'policies-programme-unverified');
  assert.deepEqual(officerErrors, []);
  await officer.close();

  // The administrator confirms 从事细分市场年限.
  const admin = await browser.context.newPage();
  const adminErrors = watchErrors(admin);
  await signIn(admin, 'demo-admin');
  await admin.goto(`${BASE_URL}/policies/programmes/${giant.id}?version=${version.id}`);
  const item = admin.locator('[data-testid=unverified-item][data-code=giant26-niche-years]');
  await item.waitFor();
  const before = await admin.locator('[data-testid=unverified-item]').count();
  await item.locator('[data-testid=confirm-criterion]').click();
  await admin.locator('.ant-popover:visible .ant-btn-primary').click();
  await admin.locator('.ant-message', { hasText: '已标记为已核实' }).waitFor();
  await admin.waitForFunction(n => document.querySelectorAll('[data-testid=unverified-item]').length === n - 1, before);
  const row = await admin.locator('[data-testid=rule-criterion][data-code=giant26-niche-years]').innerText();
  assert.match(row, /已核实/, row);
  assert.equal(await admin.locator('[data-testid=rule-criterion][data-code=giant26-niche-years] [data-testid=unverified-flag]').count(), 0);
  const after = await apiGet(`/api/app/policy-programmes/${giant.id}/rule-sets/${version.id}`, adminToken);
  assert.equal(after.body.unverifiedCount, version.unverifiedCount - 1);

  // The editor: a criterion without its threshold is refused, and the fault is shown at its JSON path and line.
  await admin.click('[data-testid=revise-version]');
  const box = admin.locator('[data-testid=editor-definition]');
  await box.waitFor();
  const definition = JSON.parse(await box.inputValue());
  const revenue = definition.requirements.find(c => c.code === 'giant26-scale').children.find(c => c.code === 'giant26-revenue');
  delete revenue.threshold;
  await box.fill(JSON.stringify(definition, null, 2));
  await admin.click('[data-testid=editor-save]');
  const fault = admin.locator('[data-testid=definition-fault]').first();
  await fault.waitFor();
  const path = await fault.getAttribute('data-path');
  assert.match(path, /^definition\.requirements\[\d+\]\.children\[\d+\]\.threshold$/i, path);
  assert.match(await fault.innerText(), /第 \d+ 行/);
  await screenshot(admin, 'policies-rule-editor-fault');
  // Nothing was saved.
  const unchanged = await apiGet(`/api/app/policy-programmes/${giant.id}/rule-sets/${version.id}`, adminToken);
  assert.equal(unchanged.body.concurrencyStamp, after.body.concurrencyStamp);
  assert.deepEqual(adminErrors, []);
  await admin.close();
});

test('an officer assesses an enterprise of the district in its 政策 tab; the stored assessment opens with the same criteria view', async () => {
  const token = await apiToken('demo-pudong');
  const enterprises = await apiGet('/api/app/enterprises?MaxResultCount=1', token);
  assert.equal(enterprises.status, 200);
  const enterprise = enterprises.body.items[0];
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await signIn(page, 'demo-pudong');
  await page.goto(`${BASE_URL}/enterprises/${enterprise.id}?tab=policies`);
  await page.locator('[data-testid=assess-now]').click();
  await page.locator('[data-testid=assess-form]').waitFor();
  await choose(page, 'assess-programme', '创新型中小企业');
  await typeNumber(page, 'fact-operatingRevenue-0', 2000);
  await typeNumber(page, 'fact-rdExpense-0', 120);
  await page.click('[data-testid=assess-submit]');
  const detail = page.locator('[data-testid=assessment-detail]');
  await detail.waitFor();
  assert.ok(['Eligible', 'NotEligible', 'NeedsEvidence'].includes(await detail.locator('[data-testid=policy-evaluation]').getAttribute('data-outcome')));
  await page.keyboard.press('Escape');
  await page.locator('[data-testid=assessment-row]').first().waitFor();
  const stored = await apiGet(`/api/app/enterprises/${enterprise.id}/policy-assessments`, token);
  assert.ok(stored.body.items.some(a => a.programmeCode === 'innovative-sme'));
  // Opening it again reads the stored result.
  await page.locator('[data-testid=assessment-open]').first().click();
  await page.locator('[data-testid=assessment-detail] [data-testid=criterion-row]').first().waitFor();
  await assertNoRawServerKeys(page, 'the 政策 tab');
  await screenshot(page, 'policies-enterprise-tab');
  assert.deepEqual(errors, []);
  await page.close();
});
