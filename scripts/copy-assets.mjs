// tsc does not copy CSS: put the stylesheet where the package's "./styles.css" export points.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'packages/ui/src/styles.css');
const to = path.join(root, 'packages/ui/dist/styles.css');
if (existsSync(from)) {
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
}
