// The adoption test: the packages as a team installs them, outside this workspace.
// Packs every published package of the workspace, installs the tarballs into a fresh Vite + React
// app (create-vite's react-ts template) and a fresh Node backend in a temporary folder, both
// assembled from the titled code blocks and the `pnpm add` lines of docs/getting-started.md and
// docs/server.md (the backend's package.json and tsconfig.json included), type-checks them with
// skipLibCheck off, builds the app with its own `build` script, runs one purchase in Chromium,
// restarts the backend (its loader runs again) and checks the purchase is still there, runs the
// backend on PostgreSQL (when TARIF_TEST_POSTGRES_URL is set) twice without a SQLite warning, and
// prints what the widgets add to a host's bundle. Needs `pnpm run build` first.
// TARIF_ADOPTION_KEEP=1 keeps the temporary folder for a look.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { root } from './bootstrap.mjs';
import { installedPackages, installLines, titledBlocks } from './adoption/doc-snippets.mjs';
import { buyOneSeat, seats } from './adoption/purchase.mjs';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (text) => console.log(`adoption: ${text} (${elapsed()})`);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });

// ---- the packages: every workspace project that is not private, so new ones are packed too ----
const projects = JSON.parse(
  execFileSync('pnpm', ['ls', '-r', '--json', '--depth', '-1'], { cwd: root, encoding: 'utf8' }),
);
const published = projects.filter((p) => !p.private);
for (const p of published) {
  if (!existsSync(path.join(p.path, 'dist'))) {
    throw new Error(`${p.name} has no dist/: run \`pnpm run build\` before the adoption test`);
  }
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'tarif-adoption-'));
const children = [];
try {
  const tarballs = path.join(temp, 'tarballs');
  mkdirSync(tarballs);
  for (const p of published) {
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: p.path,
      stdio: 'ignore',
    });
  }
  const tarballOf = Object.fromEntries(
    published.map((p) => {
      const base = `${p.name.replace('@', '').replace('/', '-')}-${p.version}.tgz`;
      if (!existsSync(path.join(tarballs, base))) throw new Error(`pnpm pack made no ${base}`);
      return [p.name, `file:${path.join(tarballs, base)}`];
    }),
  );
  say(`packed ${published.map((p) => p.name).join(', ')}`);

  // ---- the two projects, from the template and the guides ----
  const app = path.join(temp, 'app');
  const server = path.join(temp, 'server');
  const template = path.join(root, 'node_modules/create-vite/template-react-ts');
  cpSync(template, app, { recursive: true });
  renameSync(path.join(app, '_gitignore'), path.join(app, '.gitignore'));
  const blocks = [
    ...titledBlocks(path.join(root, 'docs/getting-started.md')),
    ...titledBlocks(path.join(root, 'docs/server.md')),
  ];
  const expected = [
    'src/billing-screen.tsx',
    'src/App.tsx',
    'vite.config.ts',
    'server/package.json',
    'server/tsconfig.json',
    'server/main.ts',
    'server/open-store.ts',
    'server/load-accounts.ts',
    'server/payments.ts',
  ];
  const titles = blocks.map((b) => b.title);
  for (const title of expected) {
    if (!titles.includes(title)) throw new Error(`no block titled "${title}" in the guides`);
  }
  for (const block of blocks) {
    const file = block.title.startsWith('server/')
      ? path.join(server, block.title.slice('server/'.length))
      : path.join(app, block.title);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, block.code);
  }

  // The versions this workspace already has (at its root or in a package), so the install comes
  // from pnpm's store.
  const have = (name) => {
    const places = [root, ...published.map((p) => p.path)].map((dir) =>
      path.join(dir, 'node_modules', name, 'package.json'),
    );
    const found = places.find((file) => existsSync(file));
    if (!found) throw new Error(`the guides install ${name}, which this workspace does not have`);
    return JSON.parse(readFileSync(found, 'utf8')).version;
  };
  const pin = (names) => Object.fromEntries(names.map((name) => [name, have(name)]));
  const tarifOrPin = (names) =>
    Object.fromEntries(
      names.map((name) => [name, name.startsWith('@tarif/') ? tarif([name])[name] : have(name)]),
    );
  const tarif = (names) =>
    Object.fromEntries(
      names.map((name) => {
        if (!tarballOf[name]) throw new Error(`the guides install ${name}, which is not packed`);
        return [name, tarballOf[name]];
      }),
    );

  const appPackage = JSON.parse(readFileSync(path.join(template, 'package.json'), 'utf8'));
  writeJson(path.join(app, 'package.json'), {
    ...appPackage,
    name: 'adoption-app',
    scripts: { build: appPackage.scripts.build, preview: appPackage.scripts.preview },
    dependencies: {
      ...pin(Object.keys(appPackage.dependencies)),
      ...tarif(installedPackages(path.join(root, 'docs/getting-started.md'))),
    },
    devDependencies: pin(Object.keys(appPackage.devDependencies).filter((d) => d !== 'oxlint')),
  });
  rmSync(path.join(app, '_oxlintrc.json'));
  for (const tsconfig of ['tsconfig.app.json', 'tsconfig.node.json']) {
    const file = path.join(app, tsconfig);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('"skipLibCheck": true')) throw new Error(`${tsconfig}: no skipLibCheck`);
    writeFileSync(file, text.replace('"skipLibCheck": true', '"skipLibCheck": false'));
  }
  // The backend's package.json and tsconfig.json are the guide's blocks; its `pnpm add` lines add
  // the dependencies, as they would. skipLibCheck is left at TypeScript's default: off.
  const serverLines = installLines(path.join(root, 'docs/server.md'));
  const serverPackage = JSON.parse(readFileSync(path.join(server, 'package.json'), 'utf8'));
  writeJson(path.join(server, 'package.json'), {
    ...serverPackage,
    dependencies: tarifOrPin(serverLines.dependencies),
    devDependencies: tarifOrPin(serverLines.devDependencies),
  });
  if (/skipLibCheck/.test(readFileSync(path.join(server, 'tsconfig.json'), 'utf8'))) {
    throw new Error('server/tsconfig.json sets skipLibCheck: the check would not read our types');
  }
  checkEngines(serverPackage);
  // One install for both; the tarballs stand in for the registry for every @tarif package.
  writeFileSync(
    path.join(temp, 'pnpm-workspace.yaml'),
    `packages: [app, server]\noverrides:\n${Object.entries(tarballOf)
      .map(([name, spec]) => `  '${name}': '${spec}'\n`)
      .join('')}`,
  );
  writeJson(path.join(temp, 'package.json'), { name: 'adoption', private: true });
  say(`assembled from ${blocks.length} titled blocks of the guides`);

  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=silent'], temp);
  say('installed');

  // ---- type-check and build, as the template's own build script does ----
  run('pnpm', ['run', 'typecheck'], server);
  say('server type-checked with its own tsconfig (skipLibCheck off)');
  run('pnpm', ['run', 'build'], app);
  say('app type-checked (skipLibCheck: false) and built');

  // ---- one purchase in Chromium against the backend, through vite preview's proxy ----
  const apiPort = await freePort();
  const appPort = await freePort();
  let backend = start('node', ['main.ts'], server, { PORT: String(apiPort) });
  children.push(backend);
  await listening(apiPort, backend);
  const preview = start(
    'pnpm',
    ['exec', 'vite', 'preview', '--host', '127.0.0.1', '--port', String(appPort), '--strictPort'],
    app,
    { BILLING_API: `http://127.0.0.1:${apiPort}` },
  );
  children.push(preview);
  await listening(appPort, preview);
  const bought = await buyOneSeat(`http://127.0.0.1:${appPort}/`, `http://127.0.0.1:${apiPort}`);
  say(`bought a seat in Chromium: the account has ${bought} seats`);

  // ---- a restart: main.ts loads its accounts again, and the purchase is still there ----
  await stop(backend);
  backend = start('node', ['main.ts'], server, { PORT: String(apiPort) });
  children.push(backend);
  await listening(apiPort, backend);
  const afterRestart = await seats(`http://127.0.0.1:${apiPort}`);
  if (afterRestart !== bought) {
    throw new Error(`after a restart the account has ${afterRestart} seats, not ${bought}`);
  }
  say(`restarted: the loader ran again and the account still has ${afterRestart} seats`);
  await stop(backend);

  // ---- the same backend on PostgreSQL, as the guide's DATABASE_URL, started twice ----
  const adminUrl = process.env.TARIF_TEST_POSTGRES_URL;
  if (adminUrl) {
    await onPostgres(adminUrl, async (databaseUrl) => {
      for (const boot of [1, 2]) {
        const output = [];
        const onPg = start(
          'node',
          ['main.ts'],
          server,
          {
            PORT: String(apiPort),
            DATABASE_URL: databaseUrl,
          },
          output,
        );
        children.push(onPg);
        await listening(apiPort, onPg);
        const count = await seats(`http://127.0.0.1:${apiPort}`);
        await stop(onPg);
        const stderr = output.join('');
        if (/ExperimentalWarning[^\n]*SQLite/i.test(stderr)) {
          throw new Error(`on PostgreSQL the backend printed a SQLite warning:\n${stderr}`);
        }
        if (/error/i.test(stderr)) throw new Error(`the backend on PostgreSQL said:\n${stderr}`);
        say(`PostgreSQL, start ${boot}: ${count} seats, no SQLite warning`);
      }
      checkDurablePayments(databaseUrl);
    });
  } else {
    say('TARIF_TEST_POSTGRES_URL is not set: the PostgreSQL run is left out');
  }

  // ---- what a host pays: bundle growth over a bare React app ----
  const billingBuild = assetSizes(path.join(app, 'dist'));
  writeFileSync(
    path.join(app, 'src/App.tsx'),
    'export default function App() {\n  return <h1>Billing</h1>;\n}\n',
  );
  run('pnpm', ['exec', 'vite', 'build', '--outDir', 'dist-bare', '--logLevel', 'warn'], app);
  writeFileSync(
    path.join(app, 'src/App.tsx'),
    [
      "import '@tarif/ui/styles.css';",
      "import { BillingProvider, createHttpAdapter } from '@tarif/react';",
      "import { SeatStepper } from '@tarif/ui';",
      '',
      "const adapter = createHttpAdapter({ baseUrl: '/api/billing' });",
      '',
      'export default function App() {',
      '  return (',
      '    <BillingProvider adapter={adapter} locale="en">',
      '      <SeatStepper />',
      '    </BillingProvider>',
      '  );',
      '}',
      '',
    ].join('\n'),
  );
  run('pnpm', ['exec', 'vite', 'build', '--outDir', 'dist-seats', '--logLevel', 'warn'], app);
  // The guide's page without its French import: what a host shipping English only pays.
  const screen = path.join(app, 'src/billing-screen.tsx');
  const guideScreen = readFileSync(screen, 'utf8');
  const englishScreen = guideScreen
    .replace(/^import \{ fr \} from '@tarif\/ui\/locales\/fr';\n/m, '')
    .replace(' locales={[fr]}', '');
  if (englishScreen.includes('locales/fr') || englishScreen.includes('[fr]')) {
    throw new Error('src/billing-screen.tsx: the French import is not where the check expects it');
  }
  writeFileSync(screen, englishScreen);
  writeFileSync(
    path.join(app, 'src/App.tsx'),
    'import { BillingScreen } from \'./billing-screen\';\n\nexport default function App() {\n  return <BillingScreen locale="en" />;\n}\n',
  );
  run('pnpm', ['exec', 'vite', 'build', '--outDir', 'dist-english', '--logLevel', 'warn'], app);
  const bare = assetSizes(path.join(app, 'dist-bare'));
  const seatsBuild = assetSizes(path.join(app, 'dist-seats'));
  const englishBuild = assetSizes(path.join(app, 'dist-english'));
  const kB = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1000).toFixed(1)} kB`;
  const growth = (build) =>
    `${kB(build.js + build.css - bare.js - bare.css)} gzip (JS ${kB(build.js - bare.js)}, CSS ${kB(build.css - bare.css)})`;
  console.log(
    `adoption: bare React app: JS ${(bare.js / 1000).toFixed(1)} kB, CSS ${(bare.css / 1000).toFixed(1)} kB gzip`,
  );
  console.log(`adoption: host bundle growth for BillingPage with fr: ${growth(billingBuild)}`);
  console.log(
    `adoption: host bundle growth for BillingPage, English only: ${growth(englishBuild)}`,
  );
  console.log(`adoption: host bundle growth for SeatStepper alone: ${growth(seatsBuild)}`);
  say('done');
} finally {
  for (const child of children) child.kill('SIGTERM');
  if (process.env.TARIF_ADOPTION_KEEP === '1') console.log(`adoption: kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Gzip sizes (zlib's default level, as Vite reports them) of a build's JS and CSS assets. */
function assetSizes(dist) {
  const sizes = { js: 0, css: 0 };
  for (const name of readdirSync(path.join(dist, 'assets'))) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (kind) sizes[kind] += gzipSync(readFileSync(path.join(dist, 'assets', name))).length;
  }
  return sizes;
}

/** Starts a process; with `stderr` (an array), also collects what it writes there. */
function start(command, args, cwd, env, stderr) {
  const child = spawn(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', stderr ? 'pipe' : 'inherit'],
    env: { ...process.env, ...env },
  });
  if (stderr) {
    child.stderr.on('data', (chunk) => {
      stderr.push(chunk.toString());
      process.stderr.write(chunk);
    });
  }
  child.exitedEarly = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return child;
}

/** Stops a process started by `start` and waits until it has exited. */
async function stop(child) {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await child.exitedEarly;
}

/**
 * Runs docs/server.md's durable payments port (server/payments.ts) on PostgreSQL: two instances
 * charging one key at once get one charge, a restart answers the key from the table without
 * calling the provider, the key refuses another amount, and a decline is a PaymentDeclinedError.
 */
function checkDurablePayments(databaseUrl) {
  const server = path.join(temp, 'server');
  cpSync(path.join(root, 'scripts/adoption/payments-check.mjs'), path.join(server, 'check.mjs'));
  const output = execFileSync('node', ['check.mjs'], {
    cwd: server,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  const found = JSON.parse(output.trim().split('\n').at(-1));
  const [a, b] = found.together;
  const problems = [
    a !== b && `two instances got two charges for one key (${a}, ${b})`,
    found.replay !== a && `after a restart the key answered ${found.replay}, not ${a}`,
    found.replayReachedProvider && 'a key already answered reached the provider again',
    found.providerCharges !== 1 && `the provider made ${found.providerCharges} charges`,
    found.otherAmount === 'accepted' && 'the key was charged again for another amount',
    found.declined !== 'PaymentDeclinedError' && `a decline gave ${found.declined}`,
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`server/payments.ts: ${problems.join('; ')}`);
  say('server/payments.ts on PostgreSQL: one charge per key across two instances and a restart');
}

/** Runs `work` with the URL of a new database on the test server, dropped afterwards. */
async function onPostgres(adminUrl, work) {
  // The backend's own pg, installed by the guide's `pnpm add pg`.
  const { Client } = createRequire(path.join(temp, 'server', 'package.json'))('pg');
  const name = `tarif_adoption_${randomBytes(6).toString('hex')}`;
  const asAdmin = async (sql) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await asAdmin(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await work(url.toString());
  } finally {
    await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

/**
 * The guide's backend asks for the Node that runs it (`node main.ts`: 22.18), which must be at
 * least what @tarif/server's and @tarif/stripe's `engines` ask (`node:sqlite`: 22.13); and every
 * published package says which Node it needs.
 */
function checkEngines(serverPackage) {
  const floor = (range) => {
    const match = /^>=(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range ?? '');
    if (!match) throw new Error(`engines.node "${range}" is not of the form >=X.Y.Z`);
    return Number(match[1]) * 10_000 + Number(match[2] ?? 0) * 100 + Number(match[3] ?? 0);
  };
  const guide = floor(serverPackage.engines?.node);
  for (const p of published) {
    const manifest = JSON.parse(readFileSync(path.join(p.path, 'package.json'), 'utf8'));
    const needs = floor(manifest.engines?.node);
    if (['@tarif/server', '@tarif/stripe'].includes(p.name) && needs > guide) {
      throw new Error(`${p.name} needs Node ${manifest.engines.node}, more than the guide's`);
    }
  }
  if (guide < floor('>=22.18')) {
    throw new Error('the guide runs `node main.ts`, which needs Node 22.18 or later');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port; fails if the process exits first. */
async function listening(port, child) {
  const deadline = Date.now() + 60_000;
  let exited = null;
  child.exitedEarly.then((code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${child.spawnfile} exited (${exited}) before listening`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listened on ${port} within 60 s`);
}
