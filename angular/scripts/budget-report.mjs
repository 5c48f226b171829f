// Prints the JavaScript a browser downloads before the sign-in page shows, gzip-compressed:
// the initial chunks (main.js and what it imports statically, from the build's stats.json) plus the
// lazy sign-in route and its static imports. Fails when that exceeds the budget (500 kB).
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 500 * 1000;
const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = resolve(angularDir, '../src/Cultivation.HttpApi.Host/wwwroot');
const statsInOutput = join(outputDir, 'stats.json');
const statsKept = join(angularDir, 'dist', 'stats.json');

// The stats must not be served by the host: keep them under dist/ (git-ignored).
if (existsSync(statsInOutput)) {
  mkdirSync(dirname(statsKept), { recursive: true });
  renameSync(statsInOutput, statsKept);
}
const stats = JSON.parse(readFileSync(statsKept, 'utf8'));
const outputs = stats.outputs;

function staticClosure(start) {
  const seen = new Set();
  const stack = [...start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !outputs[file]) {
      continue;
    }
    seen.add(file);
    for (const imported of outputs[file].imports ?? []) {
      if (imported.kind === 'import-statement') {
        stack.push(imported.path);
      }
    }
  }
  return seen;
}

const entry = Object.keys(outputs).find(file => outputs[file].entryPoint === 'src/main.ts');
const signIn = Object.keys(outputs).find(file => (outputs[file].entryPoint ?? '').endsWith('identity/sign-in/sign-in.ts'));
if (!entry || !signIn) {
  console.error('budget-report: main or sign-in chunk not found in stats.json');
  process.exit(1);
}
const initial = staticClosure([entry]);
const signInRoute = staticClosure([entry, signIn]);

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(outputDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = bytes => `${(bytes / 1000).toFixed(1)} kB`;
const initialSize = measure(initial);
const routeSize = measure(signInRoute);
const lazyEcharts = Object.keys(outputs).filter(file => Object.keys(outputs[file].inputs ?? {}).some(input => input.includes('node_modules/echarts/')));

console.log('Budget report (JavaScript, gzip level 9)');
console.log(`  initial chunks: ${initial.size} files, ${kb(initialSize.raw)} raw, ${kb(initialSize.gzip)} gzip`);
console.log(`  sign-in route (initial + lazy sign-in page): ${signInRoute.size} files, ${kb(routeSize.raw)} raw, ${kb(routeSize.gzip)} gzip`);
console.log(`  echarts only in lazy chunks: ${lazyEcharts.every(file => !signInRoute.has(file)) ? 'yes' : 'NO'} (${lazyEcharts.join(', ') || 'none'})`);
console.log(`BUDGET sign-in-initial-js-gzip=${routeSize.gzip} bytes (limit ${BUDGET_BYTES})`);
if (routeSize.gzip > BUDGET_BYTES || lazyEcharts.some(file => signInRoute.has(file))) {
  console.error('Budget exceeded.');
  process.exit(1);
}
