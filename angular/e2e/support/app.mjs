// Helpers shared by the scenarios: the host under test, signing in, screenshots, credit codes.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOTS ?? resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
export const PASSWORD = 'Demo@2024';
export const PUDONG = '浦东新区';

export const DEMO_USERS = {
  admin: { userName: 'demo-admin', role: '市级管理员' },
  reviewer: { userName: 'demo-reviewer', role: '市级审核人员' },
  pudong: { userName: 'demo-pudong', role: '区中小企业主管部门', scope: '浦东新区' },
  xuhui: { userName: 'demo-xuhui', role: '区中小企业主管部门', scope: '徐汇区' },
  investor: { userName: 'demo-investor', role: '投资机构 / 银行' }
};

export async function signIn(page, userName, password = PASSWORD) {
  await page.goto(`${BASE_URL}/sign-in`);
  // Still signed in from an earlier step in this browser, the app moves on from /sign-in: start over.
  const form = page.locator('#userName');
  const menu = page.locator('[data-testid=user-menu]');
  await form.or(menu).first().waitFor();
  if (await menu.isVisible()) {
    await page.evaluate(() => localStorage.removeItem('cultivation.tokens'));
    await page.goto(`${BASE_URL}/sign-in`);
  }
  await page.fill('#userName', userName);
  await page.fill('#password', password);
  await page.click('[data-testid=sign-in-submit]');
  await page.waitForURL(url => !url.pathname.startsWith('/sign-in'));
  await page.locator('[data-testid=user-menu]').waitFor();
}

/** A server key on screen (Enum:PrizeLevel.First, DisplayName:CreditCode, …) means a label the server did not send. */
export const RAW_SERVER_KEY = /\b(?:Enum|DisplayName|Permission|Role):[A-Za-z][\w.]*/;

export async function assertNoRawServerKeys(page, where) {
  const text = await page.locator('body').innerText();
  const found = RAW_SERVER_KEY.exec(text);
  assert.equal(found, null, `${where} shows the untranslated key ${found?.[0]}`);
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/** Collects uncaught errors and console errors so a scenario can assert the page stayed healthy. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', error => errors.push(String(error)));
  page.on('console', message => {
    // 4xx responses the UI handles (403/404/409 in scenarios) are logged by Chromium as console errors.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      errors.push(message.text());
    }
  });
  return errors;
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid, random 统一社会信用代码 registered in 浦东 (310115). */
export function randomCreditCode() {
  let body = '91310115';
  for (let i = 0; i < 9; i++) {
    body += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  }
  const sum = [...body].reduce((total, char, i) => total + ALPHABET.indexOf(char) * WEIGHTS[i], 0);
  return body + ALPHABET[(31 - (sum % 31)) % 31];
}

/** The same code with its check character changed: invalid. */
export function breakCheckCharacter(code) {
  const last = code[17];
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

export async function apiToken(userName) {
  const response = await fetch(`${BASE_URL}/api/app/account/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName, password: PASSWORD })
  });
  assert.equal(response.status, 200, `sign-in of ${userName}`);
  return (await response.json()).accessToken;
}

export async function apiGet(path, token) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: response.status === 200 ? await response.json() : null };
}

export async function apiSend(method, path, token, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

export const EDITION_2024 = '00000000-0000-7000-8000-000000002024';

/**
 * A new company in the officer's district with a 2024 优胜奖 (若干: no quota to run out of), which gives it a
 * follow-up plan; returns { enterprise, plan }. The demo data set has no plans in every district.
 */
export async function createFollowedEnterprise(userName, name) {
  const token = await apiToken(userName);
  const me = (await apiGet('/api/app/account/me', token)).body;
  const created = await apiSend('POST', '/api/app/enterprises', token, {
    name, kind: 'Company', creditCode: randomCreditCode(), districtId: me.districtId, foundedOn: '2019-05-20'
  });
  assert.ok([200, 201].includes(created.status), `create enterprise: ${JSON.stringify(created.body)}`);
  const award = await apiSend('POST', `/api/app/enterprises/${created.body.id}/awards`, token, {
    editionId: EDITION_2024, track: 'Enterprise', stageReached: 'Final', prizeLevel: 'Excellence', projectName: `${name}项目`
  });
  assert.ok([200, 201].includes(award.status), `record award: ${JSON.stringify(award.body)}`);
  const plans = await apiGet(`/api/app/enterprises/${created.body.id}/follow-ups`, token);
  assert.equal(plans.status, 200);
  assert.equal(plans.body.items.length, 1, 'recording a prize creates a follow-up plan');
  return { enterprise: created.body, plan: plans.body.items[0], token };
}
