// npm test — runs the Vitest unit tests once (jsdom, no watch) through `ng test`, then prints the one
// summary line the CI adds up: ANGULAR-UNIT: <N> passed, <M> failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = join(angularDir, 'test-results', 'unit', 'results.json');
rmSync(resultsFile, { force: true });

const ng = join(angularDir, 'node_modules', '@angular', 'cli', 'bin', 'ng.js');
const run = spawnSync(process.execPath, [ng, 'test', '--watch=false', ...process.argv.slice(2)], {
  cwd: angularDir,
  stdio: 'inherit',
  env: { ...process.env, NG_CLI_ANALYTICS: 'false', CI: 'true' }
});

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests ?? 0;
  // A suite that fails to load has no failed tests of its own: count it once.
  failed = Math.max(results.numFailedTests ?? 0, results.numFailedTestSuites ?? 0);
} else if (run.status !== 0) {
  failed = 1;
}
console.log(`ANGULAR-UNIT: ${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
