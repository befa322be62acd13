// A throwaway PostgreSQL for the tests. Plain Node 20 JavaScript with no dependencies, like
// bootstrap.mjs: it runs before the workspace's own toolchain is trusted.
//
//   node scripts/postgres.mjs                  starts one, prints its URL, stops it on Ctrl-C
//   node scripts/postgres.mjs COMMAND ARGS...  runs COMMAND with TARIF_TEST_POSTGRES_URL set, then stops it
//
// The cluster lives in a temporary directory (data, Unix socket, log), listens on a free port of
// 127.0.0.1 only, trusts every local connection and never fsyncs: it is for tests, and nothing in
// it survives stop(). Debian's own cluster (15/main on port 5432) is never used.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, runAsRoot } from './bootstrap.mjs';

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/** The bin directory of the highest installed PostgreSQL (`/usr/lib/postgresql/<n>/bin`), or `PG_BIN`. */
export function findPostgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((name) => existsSync(path.join(base, name, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions.length > 0 ? path.join(base, versions[0], 'bin') : null;
}

/** Installs Debian's `postgresql` when no PostgreSQL is found. Returns its bin directory. */
export function ensurePostgresInstalled() {
  const found = findPostgresBin();
  if (found) {
    if (!existsSync(path.join(found, 'initdb')) || !existsSync(path.join(found, 'pg_ctl'))) {
      throw new Error(`PG_BIN=${found} has no initdb and pg_ctl`);
    }
    console.log(`postgres: found ${found}, install 0.0 s`);
    return found;
  }
  console.log("postgres: no /usr/lib/postgresql/*/bin: installing Debian's postgresql");
  const started = performance.now();
  if (!aptInstall(['postgresql'])) {
    throw new Error(
      'could not install postgresql with apt-get; set PG_BIN to a PostgreSQL bin directory',
    );
  }
  stopDebianClusters();
  const bin = findPostgresBin();
  if (!bin)
    throw new Error('apt-get installed postgresql but /usr/lib/postgresql/*/bin/initdb is missing');
  console.log(`postgres: installed ${bin}, install ${seconds(started)} s`);
  return bin;
}

/** Debian's package creates and starts a default cluster on install: we never use it, so stop it. */
function stopDebianClusters() {
  const list = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' });
  for (const line of (list.stdout ?? '').split('\n')) {
    const [version, cluster, , status] = line.trim().split(/\s+/);
    if (status !== 'online') continue;
    console.log(`postgres: stopping Debian's default cluster ${version}/${cluster}`);
    runAsRoot('pg_ctlcluster', [version, cluster, 'stop']);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a new cluster in a temporary directory on a free port of 127.0.0.1, and returns its admin
 * URL (`postgres://postgres@127.0.0.1:PORT/postgres`, no password). `stop()` stops it at once and
 * removes the directory; it is idempotent and synchronous, and also runs on exit, on an uncaught
 * exception and on SIGINT, SIGTERM and SIGHUP.
 */
export async function startThrowawayPostgres({ bin = ensurePostgresInstalled() } = {}) {
  // initdb refuses to run as root: as root the cluster belongs to Debian's postgres user.
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? postgresUser() : null;
  const asOwner = (command, args) =>
    owner
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'tarif-pg-'));
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'socket');
  const logFile = path.join(dir, 'postgres.log');
  mkdirSync(socketDir);
  if (owner) spawnSync('chown', ['-R', `${owner.uid}:${owner.gid}`, dir], { stdio: 'inherit' });

  let running = false;
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    removeHandlers();
    if (running) {
      const result = asOwner(path.join(bin, 'pg_ctl'), [
        '-D',
        dataDir,
        '-m',
        'immediate',
        '-w',
        'stop',
      ]);
      if (result.status !== 0) {
        // Removing the data directory under a live server would hide it: leave both to be seen.
        process.stderr.write(`postgres: pg_ctl stop failed, ${dir} is left\n${result.stderr}`);
        return;
      }
      process.stdout.write(`postgres: stopped, removed ${dir}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  function onSignal(signal) {
    stop();
    // Someone else listening decides what happens next; alone, die of the signal as if unheard.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  function removeHandlers() {
    process.off('exit', stop);
    for (const signal of signals) process.off(signal, onSignal);
  }
  process.on('exit', stop);
  for (const signal of signals) process.on(signal, onSignal);

  try {
    let started = performance.now();
    // -N: no fsync of the new files either; --locale=C: no dependency on the machine's locales.
    const init = asOwner(path.join(bin, 'initdb'), [
      ...['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '-N'],
    ]);
    if (init.status !== 0) throw new Error(`initdb failed:\n${init.stdout}${init.stderr}`);
    const initSeconds = seconds(started);

    // The port is free when probed and may be taken before the server binds it: try again then.
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      started = performance.now();
      const options = [
        `-p ${port}`,
        `-k '${socketDir}'`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c max_connections=200',
      ].join(' ');
      const start = asOwner(path.join(bin, 'pg_ctl'), [
        ...['-D', dataDir, '-l', logFile, '-o', options, '-w', '-t', '60', 'start'],
      ]);
      if (start.status === 0) break;
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      if (attempt < 3 && log.includes('Address already in use')) {
        console.log(`postgres: port ${port} was taken before the server bound it, trying another`);
        continue;
      }
      throw new Error(`pg_ctl start failed:\n${start.stdout}${start.stderr}${log}`);
    }
    running = true;
    console.log(
      `postgres: initdb ${initSeconds} s, start ${seconds(started)} s, 127.0.0.1:${port}, data in ${dir}`,
    );
    return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dataDir, stop };
  } catch (error) {
    // A half-started server (pg_ctl timed out) is still stopped: pg_ctl stop finds its pid file.
    running = existsSync(path.join(dataDir, 'postmaster.pid'));
    stop();
    throw error;
  }
}

function postgresUser() {
  const id = (flag) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0 || gid.status !== 0) {
    throw new Error(
      'running as root needs a postgres user to own the cluster (initdb refuses root)',
    );
  }
  return { uid: uid.stdout.trim(), gid: gid.stdout.trim() };
}

// Command line: see the top of this file.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startThrowawayPostgres();
  const [command, ...args] = process.argv.slice(2);
  if (!command) {
    console.log(`TARIF_TEST_POSTGRES_URL=${server.url}\nCtrl-C stops it.`);
    // Waits for a signal; the handlers above stop the server and end the process.
    setInterval(() => {}, 1 << 30);
  } else {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, TARIF_TEST_POSTGRES_URL: server.url },
    });
    // The child gets Ctrl-C from the terminal itself; a signal sent to this process alone is passed on.
    const forward = (signal) => child.kill(signal);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, forward);
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      process.exit(1);
    });
    child.on('close', (code, signal) => {
      server.stop();
      process.exit(code ?? (signal ? 128 + os.constants.signals[signal] : 1));
    });
  }
}
