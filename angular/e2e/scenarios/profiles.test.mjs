import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiToken, assertNoRawServerKeys, screenshot, signIn, watchErrors } from '../support/app.mjs';

const PUDONG_CODE = '310115';
/** A headline no demo profile has, with the words the investor searches for. */
const MARKER = `E2E${Date.now() % 1_000_000}`;
const HEADLINE = `人工智能巡检机器人平台${MARKER}`;

let browser;
before(async () => (browser = await openBrowser()));
after(async () => browser?.close());

/** A 浦东新区 enterprise whose profile is a draft waiting for consent (the demo data has some), else one without a profile. */
async function targetEnterprise() {
  const token = await apiToken('demo-pudong');
  const search = await apiGet(`/api/app/profile-search?District=${PUDONG_CODE}&Sort=Newest&MaxResultCount=100`, token);
  assert.equal(search.status, 200);
  const draft = search.body.items.find(hit => hit.status === 'Draft');
  if (draft) {
    return draft.enterpriseId;
  }
  const enterprises = await apiGet('/api/app/enterprises?MaxResultCount=50', token);
  for (const enterprise of enterprises.body.items) {
    const profile = await apiGet(`/api/app/enterprises/${enterprise.id}/profile`, token);
    if (profile.status === 200 && profile.body.profile === null) {
      return enterprise.id;
    }
  }
  throw new Error('no 浦东新区 enterprise with a draft profile or without one');
}

/** The results of the URL's search are on screen (the previous ones stay, greyed, while the next load). */
async function searchSettled(page) {
  await page.locator('[data-testid=search-region][aria-busy=false]').waitFor();
  await page.locator('[data-testid=search-hit], [data-testid=search-empty]').first().waitFor();
}

async function confirmPopover(page) {
  const ok = page.locator('.ant-popover:visible .ant-btn-primary');
  await ok.waitFor();
  await ok.click();
}

test('an officer publishes a consented profile; an investor finds it in Chinese, expresses interest and saves the search; the officer sees the request', async () => {
  const enterpriseId = await targetEnterprise();

  // The district officer: the 项目档案 tab, the headline, the enterprise's consent, publish.
  const officer = await browser.context.newPage();
  const officerErrors = watchErrors(officer);
  await signIn(officer, 'demo-pudong');
  await officer.goto(`${BASE_URL}/enterprises/${enterpriseId}?tab=profile`);
  await officer.locator('[data-testid=profile-form], [data-testid=profile-none]').first().waitFor();
  if (await officer.locator('[data-testid=profile-none]').isVisible()) {
    await officer.click('[data-testid=profile-create]');
    await officer.fill('[data-testid=profile-summary]', '以人工智能视觉与机器人技术服务电力、轨交设备巡检（端到端测试）。');
  }
  await officer.fill('[data-testid=profile-headline]', HEADLINE);
  await officer.click('[data-testid=profile-save]');
  await officer.locator('[data-testid=profile-status]').waitFor();
  await officer.locator('[data-testid=consent-panel]').waitFor();

  await officer.click('[data-testid=consent-record]');
  await officer.fill('[data-testid=consent-by]', '李华 总经理');
  await officer.fill('[data-testid=consent-note]', '签署《项目档案公开授权书》（端到端测试）');
  await officer.click('[data-testid=consent-save]');
  await officer.locator('[data-testid=consent-who]', { hasText: '李华 总经理' }).waitFor();

  await officer.click('[data-testid=profile-publish]');
  await confirmPopover(officer);
  await officer.locator('[data-testid=profile-status]', { hasText: '已公开' }).waitFor();
  await assertNoRawServerKeys(officer, 'the profile tab');
  await screenshot(officer, 'profile-tab-published');

  // The investor: a Chinese query, a facet, the profile, 表达对接意向.
  const investor = await browser.context.newPage();
  const investorErrors = watchErrors(investor);
  await signIn(investor, 'demo-investor');
  await investor.click('[data-menu="/profiles"]');
  await investor.locator('[data-testid=search-text]').waitFor();
  await investor.fill('[data-testid=search-text]', '人工智能');
  await investor.click('[data-testid=search-submit]');
  await investor.waitForURL(url => url.searchParams.get('q') === '人工智能');
  await searchSettled(investor);
  // Matched words are marked.
  await investor.locator('[data-testid=search-results] em', { hasText: '人工智能' }).first().waitFor();

  await investor.locator(`[data-facet=district] [data-value="${PUDONG_CODE}"]`).click();
  await investor.waitForURL(url => url.searchParams.getAll('district').includes(PUDONG_CODE));
  await searchSettled(investor);
  for (const district of await investor.locator('[data-testid=search-hit] .hit-meta').allInnerTexts()) {
    assert.match(district, /浦东新区/);
  }
  await assertNoRawServerKeys(investor, 'the search page');
  await screenshot(investor, 'profile-search');

  // Published a moment ago: searchable within seconds (newest first; retried while the index catches up).
  const hit = investor.locator('[data-testid=hit-link]', { hasText: MARKER });
  for (let attempt = 0; attempt < 15 && (await hit.count()) === 0; attempt++) {
    await investor.goto(`${BASE_URL}/profiles?q=${encodeURIComponent('人工智能')}&district=${PUDONG_CODE}&sort=Newest`);
    await searchSettled(investor);
    if ((await hit.count()) === 0) {
      await investor.waitForTimeout(2000);
    }
  }
  await hit.first().click();
  await investor.waitForURL(url => /^\/profiles\/[0-9a-f-]{36}$/.test(url.pathname));
  await investor.locator('[data-testid=profile-awards]').waitFor();
  await investor.click('[data-testid=express-interest]');
  await investor.fill('[data-testid=interest-message]', '关注该项目的融资计划，希望约见团队（端到端测试）');
  await investor.click('[data-testid=interest-send]');
  await investor.locator('[data-testid=interest-expressed]').waitFor();
  assert.ok(await investor.locator('[data-testid=interest-expressed]').isDisabled());
  await assertNoRawServerKeys(investor, 'the profile page');
  await screenshot(investor, 'profile-page-interest');

  // Back to the search (the URL kept it), saved with alerts.
  await investor.goBack();
  await investor.waitForURL(url => url.pathname === '/profiles' && url.searchParams.get('q') === '人工智能');
  await investor.click('[data-testid=save-search]');
  const name = `浦东人工智能${MARKER}`;
  await investor.fill('[data-testid=saved-search-name]', name);
  await investor.click('[data-testid=saved-search-save]');
  await investor.locator('[data-testid=saved-search-name]').waitFor({ state: 'detached' });
  await investor.click('[data-testid=my-searches]');
  await investor.locator('[data-testid=saved-search]', { hasText: name }).waitFor();
  const saved = (await apiGet('/api/app/saved-searches', await apiToken('demo-investor'))).body.find(s => s.name === name);
  assert.equal(saved.criteria.text, '人工智能');
  assert.deepEqual(saved.criteria.district, [PUDONG_CODE]);
  assert.equal(saved.alertsEnabled, true);
  assert.deepEqual(investorErrors, []);

  // The officer sees the request among the district's introductions (the pages share one browser's storage: sign in again).
  const requests = (await apiGet('/api/app/introductions?MaxResultCount=50', await apiToken('demo-pudong'))).body.items;
  assert.ok(requests.some(r => r.profileHeadline === HEADLINE && r.origin === 'InvestorInterest'), 'the officer is asked');
  await signIn(officer, 'demo-pudong');
  await officer.goto(`${BASE_URL}/introductions`);
  await officer.locator('[data-testid=page-title]', { hasText: '对接请求' }).waitFor();
  await officer.locator('[data-testid=introduction-row]', { hasText: MARKER }).waitFor();
  await assertNoRawServerKeys(officer, 'the introductions page');
  await screenshot(officer, 'introductions');
  assert.deepEqual(officerErrors, []);
  await investor.close();
  await officer.close();
});

test('on a phone the facets open in a drawer', async () => {
  const phone = await openBrowser({ width: 390, height: 844 });
  try {
    const page = await phone.context.newPage();
    await signIn(page, 'demo-investor');
    await page.goto(`${BASE_URL}/profiles?q=${encodeURIComponent('人工智能')}`);
    await searchSettled(page);
    assert.equal(await page.locator('aside [data-testid=facet-panel]').count(), 0);
    await page.click('[data-testid=open-filters]');
    await page.locator('.ant-drawer [data-testid=facet-panel]').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no horizontal scrolling (${width}px)`);
    await screenshot(page, 'profile-search-phone');
  } finally {
    await phone.close();
  }
});
