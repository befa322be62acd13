// The React 18 run must test the libraries the 19 run tests and the widgets ship with: every
// dependency of tests/react-18 but React itself is installed at the version that ui (for its own
// dependencies, declared as ranges) or the root installs.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

type Manifest = {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const manifest = (path: string): Manifest =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Manifest;
const installed = (from: string, name: string) =>
  manifest(`${from}/node_modules/${name}/package.json`).version;

test('tests/react-18 installs React 18.3 and the same Radix and Testing Library as the 19 run', () => {
  const host = manifest('./react-18/package.json').dependencies ?? {};
  const ui = manifest('../packages/ui/package.json').dependencies ?? {};
  for (const name of Object.keys(host)) {
    const version = installed('./react-18', name);
    if (name === 'react' || name === 'react-dom') {
      expect(version, name).toMatch(/^18\.3\./);
      continue;
    }
    const reference = Object.hasOwn(ui, name) ? '../packages/ui' : '..';
    expect(version, name).toBe(installed(reference, name));
  }
});
