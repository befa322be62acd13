// Installs the workspace on a fresh machine. Plain Node 20 JavaScript: on a fresh clone this runs
// before node_modules (and the Node 22 toolchain it brings) exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  return result.status ?? 1;
}

/** Runs `pnpm install` from the lockfile. Nothing is compiled: SQLite is Node's own node:sqlite. */
export function installWorkspace() {
  const status = run('pnpm', ['install', '--frozen-lockfile']);
  if (status !== 0) {
    console.error('pnpm install failed');
    process.exit(status);
  }
}

/** Debian's chromium for the browser tests; test tools cannot download their own browsers here. */
export function ensureChromium() {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(executable)) return;
  console.log(`${executable} is missing: installing Debian's chromium`);
  const asRoot = !process.getuid || process.getuid() === 0;
  const apt = (...args) =>
    asRoot
      ? run('apt-get', args, { env: aptEnv })
      : run('sudo', ['-E', 'apt-get', ...args], { env: aptEnv });
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', 'chromium') !== 0) {
    console.error(
      'Could not install chromium with apt-get; set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
