import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const hostDir = path.join(root, 'examples/embed-host');
const embedPackage = path.join(root, 'packages/embed');

/**
 * The shell line docs/embedding.md gives to copy the element's files (the code block after its
 * `copy-step` comment), as written: a test of the docs, not of a copy the test would do its own way.
 */
export function documentedCopyStep(): string {
  const docs = readFileSync(path.join(root, 'docs/embedding.md'), 'utf8');
  const block = /<!-- copy-step:[^>]*-->\s*```sh\n([^\n]+)\n```/.exec(docs);
  if (!block) throw new Error('docs/embedding.md has no copy-step block');
  return block[1]!;
}

/**
 * The two hosts without React (examples/embed-host) as a site the reference server serves: their
 * pages, the element's files copied by the docs' own copy step from an install of @tarif/embed
 * (`node_modules/@tarif/embed`, the package as built), and Vue's runtime ES module from npm.
 */
export function assembleEmbedHosts(): string {
  if (!existsSync(path.join(embedPackage, 'dist/tarif-embed.js'))) {
    throw new Error('packages/embed/dist/tarif-embed.js is missing: run `pnpm run build` first.');
  }
  const project = mkdtempSync(path.join(tmpdir(), 'tarif-embed-host-'));
  mkdirSync(path.join(project, 'node_modules/@tarif'), { recursive: true });
  symlinkSync(embedPackage, path.join(project, 'node_modules/@tarif/embed'), 'dir');
  execFileSync('sh', ['-c', documentedCopyStep()], { cwd: project, stdio: 'pipe' });
  const site = path.join(project, 'public');
  for (const file of ['index.html', 'host.js', 'vue.html', 'vue-host.js']) {
    cpSync(path.join(hostDir, file), path.join(site, file));
  }
  const vue = createRequire(path.join(hostDir, 'package.json')).resolve(
    'vue/dist/vue.runtime.esm-browser.prod.js',
  );
  mkdirSync(path.join(site, 'vendor'));
  cpSync(vue, path.join(site, 'vendor/vue.js'));
  return site;
}
