// Fails the build when a component of ng-zorro-antd is imported under src/app but its styles are not in
// src/styles/ng-zorro.less (the app bundles the styles of the components it uses, not all 624 kB).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stylesheet = readFileSync(join(angularDir, 'src', 'styles', 'ng-zorro.less'), 'utf8');
const listed = new Set([...stylesheet.matchAll(/ng-zorro-antd\/([a-z-]+)\/style\/entry\.less/g)].map(m => m[1]));

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'proxy') {
      yield* sources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
      yield path;
    }
  }
}

const missing = new Map();
for (const file of sources(join(angularDir, 'src', 'app'))) {
  for (const match of readFileSync(file, 'utf8').matchAll(/from 'ng-zorro-antd\/([a-z-]+)'/g)) {
    const name = match[1];
    const hasStyles = existsSync(join(angularDir, 'node_modules', 'ng-zorro-antd', name, 'style', 'entry.less'));
    if (hasStyles && !listed.has(name)) {
      missing.set(name, file.slice(angularDir.length + 1));
    }
  }
}
if (missing.size) {
  for (const [name, file] of missing) {
    console.error(`ng-zorro styles: '${name}' is used in ${file} but missing from src/styles/ng-zorro.less`);
  }
  process.exit(1);
}
console.log(`ng-zorro styles: ${listed.size} components listed, every component in use covered`);
