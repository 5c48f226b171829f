// npm run e2e — builds the UI into the host's wwwroot, starts the real host twice on 127.0.0.1 (demo
// data; and 100,000 demo enterprises for the performance figure), runs the Playwright scenarios with
// node's test runner against Debian's Chromium, stops both hosts by process id, and prints
// ANGULAR-E2E: <N> passed, <M> failed.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_PROJECT, REPO_DIR, startHost, waitUntilReady } from '../e2e/support/host.mjs';
import { CHROMIUM } from '../e2e/support/browser.mjs';

const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(angularDir, 'test-results');
const logDir = join(resultsDir, 'e2e');
const screenshotDir = join(resultsDir, 'screenshots');
const PERF_ENTERPRISES = Number(process.env.E2E_PERF_ENTERPRISES ?? 100_000);
const hosts = [];
let passed = 0;
let failed = 0;

function step(message) {
  console.log(`\n[e2e] ${message}`);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) {
    return;
  }
  step('Chromium missing: apt-get install -y chromium fonts-noto-cjk');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  if (install.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  }
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error('Chromium could not be installed');
  }
}

/** Runs node's test runner on some files; counts passed/failed from its TAP summary. */
function runTests(files, env) {
  return new Promise(resolveRun => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
      cwd: angularDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit']
    });
    let output = '';
    child.stdout.on('data', chunk => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('exit', code => {
      const pass = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
      const fail = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(output)?.[1] ?? 0);
      resolveRun({ pass, fail: fail || (code !== 0 && pass === 0 ? 1 : fail), code });
    });
  });
}

/** The machine's 1-minute load average: the figure means little without it (other builds share the cores). */
function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  } catch {
    return 'unknown';
  }
}

async function stopHosts() {
  await Promise.all(hosts.map(host => host.stop()));
  hosts.length = 0;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void stopHosts().finally(() => process.exit(1));
  });
}

async function main() {
  const started = Date.now();
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  mkdirSync(screenshotDir, { recursive: true });
  ensureChromium();

  step('npm run build (production UI into the host\'s wwwroot)');
  execFileSync('npm', ['run', 'build'], { cwd: angularDir, stdio: 'inherit' });

  step(`dotnet build ${HOST_PROJECT}`);
  execFileSync('dotnet', ['build', HOST_PROJECT, '--nologo', '-v', 'q'], { cwd: REPO_DIR, stdio: 'inherit' });

  step('starting the host (fresh SQLite database, demo data)');
  const main = await startHost({ name: 'demo', logDir });
  hosts.push(main);
  console.log(`[e2e] host pid ${main.pid} at ${main.url}, ready after ${await waitUntilReady(main, 120_000)} ms`);

  // The second host seeds 100,000 enterprises while the scenarios run.
  step(`starting the performance host (${PERF_ENTERPRISES} demo enterprises)`);
  const perf = await startHost({ name: 'perf', logDir, env: { Database__DemoEnterpriseCount: String(PERF_ENTERPRISES) } });
  hosts.push(perf);
  console.log(`[e2e] performance host pid ${perf.pid} at ${perf.url}`);

  step('scenarios');
  const scenarios = readdirSync(join(angularDir, 'e2e', 'scenarios')).filter(f => f.endsWith('.test.mjs')).sort().map(f => join('e2e', 'scenarios', f));
  const result = await runTests(scenarios, { E2E_BASE_URL: main.url, E2E_SCREENSHOTS: screenshotDir });
  passed += result.pass;
  failed += result.fail;
  await main.stop();

  step('performance');
  const perfResult = join(logDir, 'perf.json');
  rmSync(perfResult, { force: true });
  try {
    console.log(`[e2e] performance host ready after ${await waitUntilReady(perf, 300_000)} ms`);
    const perfRun = await runTests([join('e2e', 'perf', 'enterprise-list.perf.test.mjs')], {
      E2E_BASE_URL: perf.url,
      E2E_PERF_RESULT: perfResult,
      E2E_ENTERPRISE_COUNT: String(PERF_ENTERPRISES)
    });
    passed += perfRun.pass;
    failed += perfRun.fail;
  } catch (error) {
    console.error(`[e2e] ${error.message}`);
    failed += 1;
  }
  if (existsSync(perfResult)) {
    const figure = JSON.parse(readFileSync(perfResult, 'utf8'));
    const load = loadAverage();
    console.log(`PERF enterprise-list-first-page-ms=${figure.best} (${PERF_ENTERPRISES} enterprises; best of ${figure.timings.length} full page loads, median ${figure.median} ms; runs ${figure.timings.join(', ')} ms from navigation to the first row on screen, ${(figure.inPage ?? []).join(', ')} ms by the page's own clock; load average ${load}; list says: ${figure.subtitle})`);
  }
  console.log(`[e2e] screenshots in ${screenshotDir}; host logs in ${logDir}; ${Math.round((Date.now() - started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`[e2e] ${error.stack ?? error}`);
  failed += 1;
} finally {
  await stopHosts();
}
console.log(`ANGULAR-E2E: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
