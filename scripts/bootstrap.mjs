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

/** Runs a command as root: directly when we are root, through `sudo -E` otherwise. */
export function runAsRoot(command, args, options = {}) {
  const asRoot = !process.getuid || process.getuid() === 0;
  return asRoot ? run(command, args, options) : run('sudo', ['-E', command, ...args], options);
}

let aptUpdated = false;
/** `apt-get install` of Debian packages, after one `apt-get update` per process. True when it worked. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => runAsRoot('apt-get', args, { env }) === 0;
  if (!aptUpdated && !apt('update', '-qq')) return false;
  aptUpdated = true;
  return apt('install', '-y', '-qq', ...packages);
}

/** Debian's chromium for the browser tests; test tools cannot download their own browsers here. */
export function ensureChromium() {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(executable)) return;
  console.log(`${executable} is missing: installing Debian's chromium`);
  if (!aptInstall(['chromium'])) {
    console.error(
      'Could not install chromium with apt-get; set CHROMIUM_PATH to a Chromium binary.',
    );
    process.exit(1);
  }
}
