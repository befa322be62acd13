// Reads what a new user copies from the guides: the install lines and the code blocks that are
// whole files. A fenced block is a file when its info string has a title, as in
//   ```tsx title="src/billing-screen.tsx"
// (GitHub and Storybook show the block as usual; only this test reads the title).
import { readFileSync } from 'node:fs';

const fence = /^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm;

/** The titled blocks of a Markdown file: `{ title, lang, code }`, in order. */
export function titledBlocks(file) {
  const text = readFileSync(file, 'utf8');
  const blocks = [];
  for (const [, lang, info, code] of text.matchAll(fence)) {
    const title = /\btitle="([^"]+)"/.exec(info)?.[1];
    if (title) blocks.push({ title, lang, code, source: file });
  }
  return blocks;
}

/** The packages of the first `pnpm add` line of a Markdown file's shell blocks. */
export function installedPackages(file) {
  const text = readFileSync(file, 'utf8');
  for (const [, lang, , code] of text.matchAll(fence)) {
    if (lang !== 'sh') continue;
    const line = code.split('\n').find((l) => l.startsWith('pnpm add '));
    if (line) return line.slice('pnpm add '.length).trim().split(/\s+/);
  }
  throw new Error(`${file}: no \`pnpm add\` line in a sh block`);
}

/**
 * Every `pnpm add` line of a Markdown file's shell blocks, in order: the packages of the lines
 * without `-D` are `dependencies`, those of `pnpm add -D` lines `devDependencies`.
 */
export function installLines(file) {
  const text = readFileSync(file, 'utf8');
  const lines = { dependencies: [], devDependencies: [] };
  for (const [, lang, , code] of text.matchAll(fence)) {
    if (lang !== 'sh') continue;
    for (const line of code.split('\n')) {
      if (!line.startsWith('pnpm add ')) continue;
      const words = line.slice('pnpm add '.length).split('#')[0].trim().split(/\s+/);
      const dev = words.includes('-D');
      const names = words.filter((word) => !word.startsWith('-'));
      (dev ? lines.devDependencies : lines.dependencies).push(...names);
    }
  }
  if (lines.dependencies.length === 0)
    throw new Error(`${file}: no \`pnpm add\` line in a sh block`);
  return lines;
}
