import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiSend, apiToken, assertNoRawServerKeys, randomCreditCode, screenshot, signIn, watchErrors } from '../support/app.mjs';

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

/** yyyy-MM-dd in Shanghai, some days from today. */
function shanghaiDay(offset) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

async function stepDialog(page, step, fill) {
  await page.click(`[data-testid=step-${step}]`);
  await page.locator('[data-testid=step-dialog]').waitFor();
  if (fill) {
    await fill();
  }
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('[data-testid=step-dialog]').waitFor({ state: 'detached' });
}

test('an officer recommends and completes the materials; a reviewer scores, publishes the 公示 and decides; the board, the funnel and the home card show it', async () => {
  const stamp = Date.now() % 1_000_000;
  const reviewerToken = await apiToken('demo-reviewer');
  const innovative = await programmeId(reviewerToken, 'innovative-sme');
  // A batch open today whose 公示 is already over, so that the decision can be taken in this run.
  const batch = await apiSend('POST', '/api/app/policy-batches', reviewerToken, {
    programmeId: innovative.id, name: `E2E批次${stamp}`, year: Number(shanghaiDay(0).slice(0, 4)),
    opensOn: shanghaiDay(-30), closesOn: shanghaiDay(30), publicityStartsOn: shanghaiDay(-10), publicityEndsOn: shanghaiDay(-1)
  });
  assert.ok([200, 201].includes(batch.status), `create batch: ${JSON.stringify(batch.body)}`);

  const officerToken = await apiToken('demo-pudong');
  const me = (await apiGet('/api/app/account/me', officerToken)).body;
  const created = await apiSend('POST', '/api/app/enterprises', officerToken, {
    name: `上海申报测试科技有限公司${stamp}`, kind: 'Company', creditCode: randomCreditCode(), districtId: me.districtId, foundedOn: '2019-05-20'
  });
  assert.ok([200, 201].includes(created.status), JSON.stringify(created.body));
  const enterpriseId = created.body.id;

  // The officer recommends from the enterprise's 政策 tab and lands on the application.
  const officer = await browser.context.newPage();
  const officerErrors = watchErrors(officer);
  await signIn(officer, 'demo-pudong');
  await officer.goto(`${BASE_URL}/enterprises/${enterpriseId}?tab=policies`);
  await officer.locator('[data-testid=recommend]').click();
  await officer.locator('[data-testid=recommend-form]').waitFor();
  await choose(officer, 'recommend-batch', `E2E批次${stamp}`);
  await officer.locator('.ant-modal-footer .ant-btn-primary').click();
  await officer.waitForURL(/\/policies\/applications\/[0-9a-f-]{36}$/);
  const applicationId = officer.url().split('/').pop();
  await officer.locator('[data-testid=application-status][data-stage=Materials]').waitFor();

  // Materials: the first one uploaded as a document, the other required ones marked received.
  const rows = officer.locator('[data-testid=material-row]');
  await rows.first().waitFor();
  const codes = await rows.evaluateAll(list => list.map(r => r.getAttribute('data-code')));
  await officer.setInputFiles(`[data-testid="upload-${codes[0]}"]`, { name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  await officer.locator(`[data-testid=material-row][data-code="${codes[0]}"][data-status=Uploaded]`).waitFor();
  await officer.locator(`[data-testid=material-row][data-code="${codes[0]}"] [data-testid=material-file]`).waitFor();
  for (const code of codes.slice(1)) {
    const receive = officer.locator(`[data-testid="receive-${code}"]`);
    if (await receive.count()) {
      await receive.click();
      await officer.locator(`[data-testid=material-row][data-code="${code}"][data-status=Received]`).waitFor();
    }
  }
  await stepDialog(officer, 'submit');
  await officer.locator('[data-testid=application-status][data-stage=DistrictReview]').waitFor();
  // 初审 by the district with the on-site check.
  await stepDialog(officer, 'approve', () => officer.fill('[data-testid=step-onsite]', '现场核查：经营场所、研发人员与申报一致。'));
  await officer.locator('[data-testid=application-status][data-stage=MunicipalReview]').waitFor();
  // The city's steps are not the officer's.
  assert.equal(await officer.locator('[data-testid=score-form], [data-testid=step-publicity], [data-testid=step-decide]').count(), 0);
  await screenshot(officer, 'policies-application-officer');
  assert.deepEqual(officerErrors, []);
  await officer.close();

  // The reviewer: the home card counts it, then score, 公示, decision.
  const reviewer = await browser.context.newPage();
  const reviewerErrors = watchErrors(reviewer);
  await signIn(reviewer, 'demo-reviewer');
  await reviewer.waitForFunction(() => Number(document.querySelector('[data-metric=reviews] [data-testid=metric-value]')?.textContent?.trim() || 0) >= 1);
  await reviewer.goto(`${BASE_URL}/policies/applications/${applicationId}`);
  await reviewer.locator('[data-testid=score-form]').waitFor();
  await reviewer.fill('[data-testid=score-expert]', '张专家');
  await typeNumber(reviewer, 'score-value', 86);
  await reviewer.click('[data-testid=score-save]');
  await reviewer.locator('[data-testid=score-row]').first().waitFor();
  await stepDialog(reviewer, 'publicity');
  await reviewer.locator('[data-testid=application-status][data-stage=Publicity]').waitFor();
  await stepDialog(reviewer, 'decide');
  await reviewer.locator('[data-testid=application-status][data-stage=Granted]').waitFor();
  await reviewer.locator('[data-testid=application-decision]').waitFor();
  const history = await reviewer.locator('[data-testid=application-history]').innerText();
  for (const step of ['推荐', '初审', '公示']) {
    assert.match(history, new RegExp(step), history);
  }
  await assertNoRawServerKeys(reviewer, 'the application page');
  await screenshot(reviewer, 'policies-application-granted');

  // The batch's board has it under 认定, the funnel counts it for 浦东新区.
  await reviewer.goto(`${BASE_URL}/policies/batches/${batch.body.id}`);
  await reviewer.locator('[data-testid=board-column][data-stage=Granted] [data-testid=board-card]').first().waitFor();
  await reviewer.goto(`${BASE_URL}/policies/funnel?programme=${innovative.id}&batch=${batch.body.id}`);
  const pudong = reviewer.locator('[data-testid=funnel-row][data-district=浦东新区]');
  await pudong.waitFor();
  assert.equal((await pudong.locator('[data-testid=funnel-recommended]').innerText()).trim(), '1');
  assert.equal((await pudong.locator('[data-testid=funnel-granted]').innerText()).trim(), '1');
  await reviewer.locator('[data-testid=funnel-chart] canvas').waitFor();
  await assertNoRawServerKeys(reviewer, 'the funnel');
  await screenshot(reviewer, 'policies-funnel');
  // The decision granted the title: the enterprise's 政策 tab shows it held, valid for three years.
  await reviewer.goto(`${BASE_URL}/enterprises/${enterpriseId}?tab=policies`);
  await reviewer.locator('[data-testid=enterprise-title-row][data-programme=innovative-sme][data-status=Active]').waitFor();
  await assertNoRawServerKeys(reviewer, 'the titles');
  assert.deepEqual(reviewerErrors, []);
  await reviewer.close();
});
