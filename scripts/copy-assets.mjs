// tsc does not handle CSS: bundle packages/ui/src/styles.css (which @imports the theme and each
// widget's stylesheet) into the single file the package's "./styles.css" export points at.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'packages/ui/src/styles.css');
if (existsSync(entry)) {
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: path.join(root, 'packages/ui/dist/styles.css'),
    logLevel: 'warning',
  });
}
