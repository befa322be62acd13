// The React 18 run must test the libraries the 19 run tests and the widgets ship with: every
// dependency of tests/react-18 but React itself has the version that ui or the root pins.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const manifest = (path: string): Manifest =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Manifest;

test('tests/react-18 pins React 18.3 and the same Radix and Testing Library as the 19 run', () => {
  const host = manifest('./react-18/package.json').dependencies ?? {};
  const ui = manifest('../packages/ui/package.json');
  const root = manifest('../package.json');
  const expected = { ...root.devDependencies, ...ui.dependencies };
  for (const [name, version] of Object.entries(host)) {
    if (name === 'react' || name === 'react-dom') expect(version, name).toMatch(/^18\.3\./);
    else expect(version, name).toBe(expected[name]);
  }
});
