// After `ng build`: writes into the built index.html, as a JSON data block, which lazy chunks the pages a
// signed-in user most often opens directly (a bookmark, a reload) need beyond the initial ones. main.ts
// turns the list for the page being opened into <link rel="modulepreload"> at once, so the browser fetches
// the shell's and the page's chunks in parallel with the start-up instead of discovering them import by
// import after the session has loaded. (A data block is not script: the host's CSP allows it.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = resolve(angularDir, '../src/Cultivation.HttpApi.Host/wwwroot');
const statsFile = [join(angularDir, 'dist', 'stats.json'), join(outputDir, 'stats.json')].find(existsSync);
const SHELL = 'src/app/core/layout/shell.ts';
/** Pathname → the lazy components on screen there; '*' is any other signed-in page (the shell at least). */
const ROUTES = {
  '/': [SHELL, 'src/app/home/home-page.ts'],
  '/enterprises': [SHELL, 'src/app/enterprises/enterprise-list/enterprise-list-page.ts'],
  '/follow-ups': [SHELL, 'src/app/follow-ups/worklist/worklist-page.ts'],
  '*': [SHELL]
};
export const ELEMENT_ID = 'route-chunks';

if (!statsFile) {
  console.error('route-preloads: stats.json not found (build with --stats-json)');
  process.exit(1);
}
const outputs = JSON.parse(readFileSync(statsFile, 'utf8')).outputs;

function closure(start) {
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

const chunkOf = source => Object.keys(outputs).find(file => outputs[file].entryPoint === source);
const main = chunkOf('src/main.ts');
const initial = closure([main]);
const preloads = {};
for (const [path, sources] of Object.entries(ROUTES)) {
  const entries = sources.map(source => {
    const chunk = chunkOf(source);
    if (!chunk) {
      console.error(`route-preloads: no chunk for ${source}`);
      process.exit(1);
    }
    return chunk;
  });
  preloads[path] = [...closure(entries)].filter(file => !initial.has(file) && file.endsWith('.js')).sort();
}

const indexFile = join(outputDir, 'index.html');
const block = `<script type="application/json" id="${ELEMENT_ID}">${JSON.stringify(preloads)}</script>`;
let html = readFileSync(indexFile, 'utf8').replace(new RegExp(`<script type="application/json" id="${ELEMENT_ID}">[^<]*</script>`), '');
html = html.replace('</body>', `${block}</body>`);
writeFileSync(indexFile, html);
console.log(`route-preloads: ${Object.entries(preloads).map(([path, files]) => `${path} ${files.length} chunks`).join(', ')}`);
