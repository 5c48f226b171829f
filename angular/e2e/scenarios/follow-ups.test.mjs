import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openBrowser } from '../support/browser.mjs';
import { BASE_URL, apiGet, apiSend, apiToken, createFollowedEnterprise, screenshot, signIn, watchErrors } from '../support/app.mjs';

/** Each scenario has a browser of its own: users differ, and a failed step leaves no session behind. */
async function withBrowser(options, work) {
  const browser = await openBrowser(options);
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

const name = `上海跟踪服务测试科技有限公司${Date.now() % 100000}`;
let followed;

test('a district officer logs a visit from a 390 px phone and the plan\'s next due date moves', async () => {
  followed = await createFollowedEnterprise('demo-pudong', name);
  const before = followed.plan.nextDueDate;
  await withBrowser({ width: 390, height: 844 }, async phone => {
    const page = await phone.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-pudong');
    await page.click('[data-testid=menu-button]');
    await page.click('.ant-drawer [data-menu="/follow-ups"]');
    await page.waitForURL(/\/follow-ups$/);
    const card = page.locator(`[data-testid=worklist-cards] [data-testid=plan-row][data-enterprise="${name}"]`);
    await card.waitFor();
    // Overdue first: the new plan's first contact was due 30 days after the 2024 final.
    assert.match(await card.locator('[data-testid=due-tag]').innerText(), /逾期 \d+ 天/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `worklist is ${width}px wide`);
    await screenshot(page, 'follow-up-worklist-phone');

    // One tap opens the form with today and 上门走访 filled in.
    await card.locator('[data-testid=log-service]').click();
    const form = page.locator('[data-testid=log-service-form]');
    await form.waitFor();
    await page.click('[data-testid=service-category] [data-category=PolicyGuidance]');
    await page.fill('[data-testid=service-summary]', '上门走访，了解企业专精特新申报准备情况，讲解申报条件。');
    await page.fill('[data-testid=service-outcome]', '企业计划明年申报。');
    await page.click('[data-testid=add-request]');
    await page.fill('[data-testid=request-description]', '希望对接科技信贷产品，缓解研发投入资金压力。');
    const drawerWidth = await page.locator('.ant-drawer-content-wrapper:has([data-testid=log-service-form])').evaluate(el => el.getBoundingClientRect().width);
    assert.ok(drawerWidth <= 390, `the form is ${drawerWidth}px wide`);
    await page.waitForTimeout(300); // the drawer's slide-in
    await screenshot(page, 'follow-up-log-service-phone');
    await page.click('[data-testid=save-service]');

    // The card shows the moved due date in place, and the server agrees.
    await card.locator('[data-testid=due-moved]').waitFor();
    const after = (await apiGet(`/api/app/follow-ups/${followed.plan.id}`, followed.token)).body;
    assert.ok(after.nextDueDate > before, `next due ${before} → ${after.nextDueDate}`);
    assert.equal(after.daysOverdue, 0);
    assert.ok(after.lastServiceOn);
    const shown = await card.locator('[data-testid=plan-due]').innerText();
    assert.equal(shown.replace(/\//g, '-'), after.nextDueDate, 'the card shows the new due date');
    assert.equal(await card.locator('[data-testid=due-tag]').count(), after.nextDueDate > addDays(after.lastServiceOn, 7) ? 0 : 1);
    await screenshot(page, 'follow-up-worklist-phone-logged');
    assert.deepEqual(errors, []);
  });
});

test('the enterprise timeline shows the service and the request; the officer starts working on the request', async () => {
  await withBrowser({}, async browser => {
    assert.ok(followed, 'the enterprise of the previous scenario');
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-pudong');
    await page.goto(`${BASE_URL}/enterprises/${followed.enterprise.id}?tab=follow-ups`);
    await page.locator('[data-testid=enterprise-timeline]').waitFor();
    const timeline = await page.locator('[data-testid=enterprise-timeline]').innerText();
    assert.match(timeline, /服务/);
    assert.match(timeline, /政策辅导 · /);
    assert.match(timeline, /希望对接科技信贷产品/);
    assert.equal(await page.locator('[data-testid=enterprise-plan]').count(), 1);
    await screenshot(page, 'enterprise-follow-up-tab');
    await page.click('[data-testid=follow-up-sections] label:has-text("服务记录")');
    await page.locator('[data-testid=service-row]').first().waitFor();
    await page.click('[data-testid=follow-up-sections] label:has-text("诉求")');
    await page.locator('[data-testid=request-row]').first().waitFor();

    await page.goto(`${BASE_URL}/follow-ups/requests?mine=true`);
    const request = page.locator('[data-testid=request-row]', { hasText: '希望对接科技信贷产品' });
    await request.waitFor();
    await request.locator('[data-testid=request-start]').click();
    await request.locator('nz-tag', { hasText: '办理中' }).waitFor();
    await screenshot(page, 'follow-up-requests');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('a municipal reviewer sees the coverage dashboard with its chart, and the inbox behind the bell', async () => {
  await withBrowser({}, async browser => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-reviewer');
    await page.click('[data-menu="/follow-ups/coverage"]');
    await page.waitForURL(/\/follow-ups\/coverage$/);
    await page.locator('[data-testid=coverage-chart] canvas').waitFor();
    const canvas = await page.locator('[data-testid=coverage-chart] canvas').first().boundingBox();
    assert.ok(canvas && canvas.width > 300 && canvas.height > 200, `chart canvas ${JSON.stringify(canvas)}`);
    assert.equal(await page.locator('[data-testid=coverage-row]').count(), 16, 'one row per district');
    await page.waitForTimeout(800); // ECharts' entry animation
    await screenshot(page, 'follow-up-coverage');
    await page.click('[data-testid=coverage-metric] [data-metric=overduePlans]');
    await page.click('[data-testid=coverage-period] [data-preset=last12Months]');
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await page.locator('[data-testid=coverage-chart] canvas').waitFor();

    // The escalations of the demo data reached the reviewer: the bell counts them.
    const token = await apiToken('demo-reviewer');
    const unread = (await apiGet('/api/app/notifications/unread-count', token)).body.count;
    assert.ok(unread > 0, 'the reviewer has unread notifications');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=unread-count]')?.textContent?.trim() || 0) > 0);
    await page.click('[data-testid=notification-bell]');
    await page.waitForURL(/\/notifications$/);
    await page.locator('[data-testid=notification]').first().waitFor();
    await screenshot(page, 'notifications-inbox');
    await page.locator('[data-testid=notification-read]').first().click();
    await page.waitForFunction(n => Number(document.querySelector('[data-testid=unread-count]')?.textContent?.trim() || 0) === n - 1, unread);
    if (unread > 1) {
      await page.click('[data-testid=mark-all-read]');
      await page.waitForFunction(() => (document.querySelector('[data-testid=unread-count]')?.textContent?.trim() || '0') === '0');
    } else {
      // Nothing left unread: there is nothing to mark.
      await page.waitForFunction(() => document.querySelector('[data-testid=mark-all-read]')?.hasAttribute('disabled'));
    }
    assert.equal((await apiGet('/api/app/notifications/unread-count', token)).body.count, 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

test('a district officer cannot open the cadence policies, the calendar, the job admin or the industry fields', async () => {
  await withBrowser({}, async browser => {
    const page = await browser.context.newPage();
    await signIn(page, 'demo-pudong');
    const menu = await page.locator('[data-testid=side-menu] a[data-menu]').evaluateAll(links => links.map(a => a.getAttribute('data-menu')));
    assert.ok(!menu.some(path => path.startsWith('/admin/')), `menu: ${menu.join(', ')}`);
    for (const path of ['/admin/follow-up-policies', '/admin/holiday-calendars', '/admin/jobs', '/admin/industry-fields']) {
      await page.goto(`${BASE_URL}${path}`);
      await page.waitForURL(/\/forbidden$/);
    }
    await screenshot(page, 'follow-up-officer-forbidden');
    // The server says no as well.
    const token = await apiToken('demo-pudong');
    assert.equal((await apiSend('POST', '/api/app/jobs/follow-up-reminders/trigger', token)).status, 403);
    assert.equal((await apiGet('/api/app/jobs', token)).status, 403);
    await page.close();
  });
});

test('an administrator triggers a job and sees its run; edits the cadence policy; sees which calendar years are kept', async () => {
  await withBrowser({}, async browser => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await signIn(page, 'demo-admin');
    await page.click('[data-menu="/admin/jobs"]');
    const job = page.locator('[data-testid=job-row][data-job=follow-up-reminders]');
    await job.waitFor();
    // Six schedules (reminders, digest, outbox, search index, saved-search alerts, policy titles) and two on-demand jobs (imports, index rebuild).
    assert.equal(await page.locator('[data-testid=job-row]').count(), 8);
    await page.locator('[data-testid=job-row][data-job=policy-titles]').waitFor();
    await page.locator('[data-testid=job-row][data-job=imports]').waitFor();
    await page.locator('[data-testid=job-row][data-job=search-index-rebuild]').waitFor();
    await screenshot(page, 'admin-jobs');
    const token = await apiToken('demo-admin');
    const runsBefore = (await apiGet('/api/app/jobs/follow-up-reminders/runs', token)).body.length;
    await job.locator('[data-testid=job-trigger]').click();
    await page.click('.ant-popover .ant-btn-primary');
    const runs = page.locator('[data-testid=job-runs][data-job=follow-up-reminders] [data-testid=job-run]');
    await page.waitForFunction(
      n => document.querySelectorAll('[data-testid=job-runs][data-job=follow-up-reminders] [data-testid=job-run]').length > n,
      runsBefore,
      { timeout: 30_000 }
    );
    await runs.first().locator('nz-tag', { hasText: /成功|无需执行/ }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'admin-jobs-run');

    await page.click('[data-menu="/admin/follow-up-policies"]');
    await page.locator('[data-testid=policy-editor]').waitFor();
    assert.equal(await page.locator('[data-testid=policy-rule]').count(), 5, 'the default rules: 一/二/三等奖, 优胜奖, 创客组');
    await screenshot(page, 'admin-follow-up-policies');
    await page.click('[data-testid=policy-save]');
    await page.locator('.ant-message', { hasText: '跟踪频次已保存' }).waitFor();

    await page.click('[data-menu="/admin/holiday-calendars"]');
    await page.locator('[data-testid=calendar-source]').waitFor();
    assert.match(await page.locator('[data-testid=calendar-source]').innerText(), /国务院办公厅/);
    await screenshot(page, 'admin-holiday-calendar');
    // The years after the verified ones are listed as not kept, and their page says weekends only.
    const unseeded = page.locator('[data-testid=calendar-year]', { has: page.locator('[data-testid=calendar-unseeded-tag]') }).first();
    await unseeded.click();
    await page.locator('[data-testid=calendar-unseeded]').waitFor();
    assert.match(await page.locator('[data-testid=calendar-unseeded]').innerText(), /只避开周六、周日/);
    await screenshot(page, 'admin-holiday-calendar-unseeded');
    assert.deepEqual(errors, []);
    await page.close();
  });
});

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
