import { cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const hostDir = path.join(root, 'examples/embed-host');
const embedDist = path.join(root, 'packages/embed/dist');

/**
 * The two hosts without React (examples/embed-host) as a site the reference server serves: their
 * pages, the built element with its language chunks, and Vue's runtime ES module from npm.
 */
export function assembleEmbedHosts(): string {
  const bundle = path.join(embedDist, 'tarif-embed.js');
  if (!existsSync(bundle)) {
    throw new Error('packages/embed/dist/tarif-embed.js is missing: run `pnpm run build` first.');
  }
  const site = mkdtempSync(path.join(tmpdir(), 'tarif-embed-host-'));
  for (const file of ['index.html', 'host.js', 'vue.html', 'vue-host.js']) {
    cpSync(path.join(hostDir, file), path.join(site, file));
  }
  cpSync(bundle, path.join(site, 'tarif-embed.js'));
  cpSync(path.join(embedDist, 'chunks'), path.join(site, 'chunks'), { recursive: true });
  const vue = createRequire(path.join(hostDir, 'package.json')).resolve(
    'vue/dist/vue.runtime.esm-browser.prod.js',
  );
  mkdirSync(path.join(site, 'vendor'));
  cpSync(vue, path.join(site, 'vendor/vue.js'));
  return site;
}
