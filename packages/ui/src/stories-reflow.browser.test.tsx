// WCAG 1.4.10 and 1.4.12 over every story of @tarif/ui, in English, French, German and the
// pseudo-locale: at 320 × 256 CSS pixels (1280 × 1024 at 400 %) and with the text spacing of
// 1.4.12 forced on every element, nothing scrolls sideways (the page or a dialog) and no text is
// clipped or spills out of its box. Stories render without their play functions.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { findClippedText } from './internal/test-utils/pseudo-audit.js';
import { renderStory, storyCases } from './internal/test-utils/story-cases.js';

const width = 320;

// The values 1.4.12 names, over whatever the widgets set (hence !important).
const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

let style: HTMLStyleElement;
beforeAll(async () => {
  await page.viewport(width, 256);
  style = document.createElement('style');
  style.textContent = textSpacing;
  document.head.append(style);
});
afterAll(() => style.remove());
afterEach(() => cleanup());

/** Boxes that scroll sideways: the page itself, and any dialog. */
function horizontalScrollers(): string[] {
  const found: string[] = [];
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > width + 1)
    found.push(`page ${root.scrollWidth}px wide, past its edge: ${pastTheEdge().join(', ')}`);
  for (const dialog of document.querySelectorAll<HTMLElement>('[role="dialog"]'))
    if (dialog.scrollWidth > dialog.clientWidth + 1)
      found.push(`${dialog.dataset['slot']} ${dialog.scrollWidth}px in ${dialog.clientWidth}px`);
  return found;
}

/** The innermost elements that reach past the viewport's right edge: what makes the page wide. */
function pastTheEdge(): string[] {
  const past = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
    (element) => element.getBoundingClientRect().right > width + 1,
  );
  return past
    .filter((element) => !past.some((other) => other !== element && element.contains(other)))
    .slice(0, 3)
    .map((element) => {
      const { left, right } = element.getBoundingClientRect();
      const name = element.dataset['slot'] ?? element.className;
      return `${element.tagName.toLowerCase()}.${name} ${Math.round(left)}–${Math.round(right)}px`;
    });
}

describe.each(['en', 'fr', 'de', 'en-XA'])(
  'every story at 320 × 256 with text spacing (%s)',
  (locale) => {
    it.each(storyCases)('$file $name', async (storyCase) => {
      await renderStory(storyCase, locale);
      expect(window.innerWidth).toBe(width);
      const scrollers = horizontalScrollers();
      expect(scrollers, scrollers.join('; ')).toEqual([]);
      const clipped = findClippedText(document.body);
      expect(clipped, JSON.stringify(clipped)).toEqual([]);
    });
  },
);
