import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../dashboard/e2e/server-process.js';

const example = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = createRequire(path.join(example, 'package.json')).resolve('next/dist/bin/next');

export interface RunningNext {
  readonly url: string;
  /** SIGTERM; resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * `next start` on the built example, on a free port and its own SQLite file. Node is this
 * process's own (22, for node:sqlite), whatever `node` the PATH holds.
 */
export async function startNext(database: string): Promise<RunningNext> {
  if (!existsSync(path.join(example, '.next', 'BUILD_ID'))) {
    throw new Error(
      'examples/nextjs/.next is missing: the e2e test runs the built example. Run `pnpm run build && pnpm --filter nextjs-example run build` first.',
    );
  }
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: example,
    env: {
      ...process.env,
      TARIF_DB: database,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  // Polls until it answers: how long a start takes is not what the test is about.
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/api/billing/account`, {
        headers: { authorization: 'Bearer demo-admin' },
      });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start did not answer in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.kill('SIGTERM');
        await exited;
        clearTimeout(kill);
      }
    },
  };
}
