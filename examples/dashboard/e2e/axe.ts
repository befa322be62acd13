import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Axe's violations on the page as it is now, as "rule: target" lines. Axe is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy (script-src 'self') does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document);
    return result.violations.flatMap((v) =>
      v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`),
    );
  });
}
