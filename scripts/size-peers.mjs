// Prints our bundle sizes beside peers', measured the same way in the same run:
// esbuild --bundle --minify, react external, gzip -9. Peers are installed into a scratch folder
// outside the workspace (they are not dependencies of Tarif). Run after `pnpm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { budgets, measure, measureBudget } from './size.mjs';

const peers = [
  ['@flowglad/react', '0.18.0'],
  ['@schematichq/schematic-components', '2.21.0'],
  ['@stigg/react-sdk', '10.16.0'],
];

const scratch = path.join(tmpdir(), 'tarif-size-peers');
mkdirSync(scratch, { recursive: true });
if (!existsSync(path.join(scratch, 'package.json')))
  writeFileSync(path.join(scratch, 'package.json'), '{"private":true}');
const installError = new Map();
for (const [name, version] of peers) {
  if (existsSync(path.join(scratch, 'node_modules', name))) continue;
  console.log(`installing ${name}@${version} into ${scratch}`);
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `${name}@${version}`,
        'react@19',
        'react-dom@19',
      ],
      { cwd: scratch, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } catch (error) {
    // One peer that cannot be installed (e.g. a dependency missing from the registry) must not hide the others.
    installError.set(
      name,
      String(error.stderr ?? error.message)
        .split('\n')
        .find((line) => line.includes('error')) ?? 'npm install failed',
    );
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [];
// Ours first, from the same budget entries as the test command (language packs as what they add).
for (const b of budgets.filter((b) => b.source)) {
  const r = await measureBudget(b);
  rows.push([b.name, r.gzip]);
}
for (const [name, version] of peers) {
  if (installError.has(name)) {
    rows.push([`${name}@${version}`, null, `not installed: ${installError.get(name)}`]);
    continue;
  }
  try {
    // Node-only modules some SDKs reference are left out, as a browser bundler would.
    const r = await measure(`export * from '${name}';`, scratch);
    rows.push([`${name}@${version}`, r.gzip]);
  } catch (error) {
    rows.push([`${name}@${version}`, null, String(error.message).split('\n')[0]]);
  }
}
console.log('\nbundle (esbuild --bundle --minify, react external, gzip -9)');
for (const [name, gzip, note] of rows)
  console.log(`  ${name.padEnd(44)} ${gzip === null ? `n/a (${note})` : kB(gzip).padStart(10)}`);
