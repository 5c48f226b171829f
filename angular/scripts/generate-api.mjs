// npm run generate:api — rebuilds the API client from the host's OpenAPI document.
//  1. dotnet build src/Cultivation.HttpApi.Host (the build writes obj/openapi/Cultivation.HttpApi.Host.json)
//  2. copies that document to openapi/cultivation.json (tracked: the contract the UI is built against,
//     so `npm ci && npm run build` never needs .NET)
//  3. runs ng-openapi-gen (ng-openapi-gen.json) from that copy into src/app/proxy (never edited by hand)
// `npm run generate:api -- --skip-dotnet` regenerates from the tracked copy only.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const angularDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(angularDir, '..');
const hostProject = join(repoDir, 'src', 'Cultivation.HttpApi.Host');
const builtDocument = join(hostProject, 'obj', 'openapi', 'Cultivation.HttpApi.Host.json');
const trackedDocument = join(angularDir, 'openapi', 'cultivation.json');

if (!process.argv.includes('--skip-dotnet')) {
  console.log(`dotnet build ${hostProject}`);
  execFileSync('dotnet', ['build', hostProject, '--nologo', '-v', 'q'], { cwd: repoDir, stdio: 'inherit' });
  copyFileSync(builtDocument, trackedDocument);
  console.log(`copied ${builtDocument} -> ${trackedDocument}`);
}

execFileSync(process.execPath, [join(angularDir, 'node_modules', 'ng-openapi-gen', 'lib', 'index.js'), '--config', join(angularDir, 'ng-openapi-gen.json')], {
  cwd: angularDir,
  stdio: 'inherit'
});
console.log('generated src/app/proxy');
