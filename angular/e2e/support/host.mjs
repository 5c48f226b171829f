// Starts the real host (dotnet run) on 127.0.0.1 with a fresh data folder: the embedded profile
// migrates SQLite and seeds the demo data itself. Stopped by its process id (its own process group).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_DIR = resolve(import.meta.dirname, '..', '..', '..');
export const HOST_PROJECT = join(REPO_DIR, 'src', 'Cultivation.HttpApi.Host');

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `dotnet run --no-build` (build the project first) and returns { url, pid, dataFolder, stop }.
 * env adds configuration, e.g. Database__DemoEnterpriseCount.
 */
export async function startHost({ name, env = {}, logDir }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataFolder = mkdtempSync(join(tmpdir(), `cultivation-e2e-${name}-`));
  const log = createWriteStream(join(logDir, `host-${name}.log`));
  const child = spawn(
    'dotnet',
    ['run', '--no-build', '--project', HOST_PROJECT, '--no-launch-profile', '--urls', url],
    {
      cwd: REPO_DIR,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DOTNET_NOLOGO: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        ASPNETCORE_ENVIRONMENT: 'Production',
        Cultivation__DataFolder: dataFolder,
        // Every scenario signs in; the default limit (10 a minute per address) is for people.
        RateLimiting__SignInPerMinute: '1000',
        ...env
      }
    }
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.on('exit', () => (exited = true));

  const host = {
    name,
    url,
    pid: child.pid,
    dataFolder,
    get exited() {
      return exited;
    },
    async stop() {
      if (!exited) {
        try {
          // The negative id addresses the process group that `dotnet run` and the app share.
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        const deadline = Date.now() + 15_000;
        while (!exited && Date.now() < deadline) {
          await new Promise(r => setTimeout(r, 200));
        }
        if (!exited) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      log.end();
      rmSync(dataFolder, { recursive: true, force: true });
    }
  };
  return host;
}

/** Polls GET /health/ready until 200; throws after timeoutMs or when the process exits. */
export async function waitUntilReady(host, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (host.exited) {
      throw new Error(`host ${host.name} exited before it was ready (see its log)`);
    }
    try {
      const response = await fetch(`${host.url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) {
        return Date.now() - started;
      }
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`host ${host.name} not ready after ${timeoutMs} ms`);
}
