// The adoption test: the packages as a team installs them, outside this workspace.
// Packs every published package of the workspace, installs the tarballs into a fresh Vite + React
// app (create-vite's react-ts template) and a fresh Node backend in a temporary folder, both
// assembled from the titled code blocks of docs/getting-started.md and docs/server.md, type-checks
// them with skipLibCheck off, builds the app with its own `build` script, runs one purchase in
// Chromium, and prints what the widgets add to a host's bundle. Needs `pnpm run build` first.
// TARIF_ADOPTION_KEEP=1 keeps the temporary folder for a look.
import { execFileSync, spawn } from 'node:child_process';
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
import { gzipSync } from 'node:zlib';
import { root } from './bootstrap.mjs';
import { installedPackages, titledBlocks } from './adoption/doc-snippets.mjs';
import { buyOneSeat } from './adoption/purchase.mjs';

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
  const expected = ['src/billing-screen.tsx', 'src/App.tsx', 'vite.config.ts', 'server/main.ts'];
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

  // The versions this workspace already has, so the install comes from pnpm's store.
  const have = (name) =>
    JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  const pin = (names) => Object.fromEntries(names.map((name) => [name, have(name)]));
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
  writeJson(path.join(server, 'package.json'), {
    name: 'adoption-server',
    private: true,
    type: 'module',
    dependencies: tarif(installedPackages(path.join(root, 'docs/server.md'))),
    devDependencies: pin(['typescript', '@types/node']),
  });
  writeJson(path.join(server, 'tsconfig.json'), {
    compilerOptions: {
      target: 'es2023',
      lib: ['ES2023'],
      module: 'nodenext',
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      verbatimModuleSyntax: true,
      erasableSyntaxOnly: true,
    },
    include: ['*.ts'],
  });
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
  run('pnpm', ['exec', 'tsc', '-p', '.'], server);
  say('server type-checked (skipLibCheck: false)');
  run('pnpm', ['run', 'build'], app);
  say('app type-checked (skipLibCheck: false) and built');

  // ---- one purchase in Chromium against the backend, through vite preview's proxy ----
  const apiPort = await freePort();
  const appPort = await freePort();
  const backend = start('node', ['main.ts'], server, { PORT: String(apiPort) });
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
  const seats = await buyOneSeat(`http://127.0.0.1:${appPort}/`, `http://127.0.0.1:${apiPort}`);
  say(`bought a seat in Chromium: the account has ${seats} seats`);

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
  const bare = assetSizes(path.join(app, 'dist-bare'));
  const seatsBuild = assetSizes(path.join(app, 'dist-seats'));
  const kB = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1000).toFixed(1)} kB`;
  const growth = (build) =>
    `${kB(build.js + build.css - bare.js - bare.css)} gzip (JS ${kB(build.js - bare.js)}, CSS ${kB(build.css - bare.css)})`;
  console.log(
    `adoption: bare React app: JS ${(bare.js / 1000).toFixed(1)} kB, CSS ${(bare.css / 1000).toFixed(1)} kB gzip`,
  );
  console.log(`adoption: host bundle growth for BillingPage: ${growth(billingBuild)}`);
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

function start(command, args, cwd, env) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  child.exitedEarly = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return child;
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
