// Every story of @tarif/ui rendered in the pseudo-locale en-XA, and in German, without its play
// function (the plays look for English words). In en-XA nothing on screen may escape the catalogs
// and no text may be clipped or spill out of its box (the rule for data is in pseudo-audit.ts);
// in both, axe finds no violation, as the Storybook project already requires in each story's
// own locale.
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '@tarif/core/demo';
import {
  dataStrings,
  findClippedText,
  findUnlocalisedCopy,
  intlWords,
} from './internal/test-utils/pseudo-audit.js';
import { renderStory, storyAxe, storyCases as cases } from './internal/test-utils/story-cases.js';

afterEach(() => cleanup());

// The memory adapter's own people, used when a story names none.
const adapterPeople = [
  { name: 'Camille Martin' },
  { name: 'Alex Admin', email: 'alex@example.com' },
];
const catalogData = dataStrings([demoCatalogEUR, demoCatalogUSD, demoCatalogJPY]);

describe('every story in en-XA', () => {
  it('finds the stories', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$file $name', async (storyCase) => {
    const { tarif, axeOff } = await renderStory(storyCase, 'en-XA');
    // The story is in the pseudo-locale: some catalog text is on the page, bracketed and accented.
    expect(document.body.textContent).toMatch(/\[[^\]]*[À-ž][^\]]*\]/);
    const allowed = [
      ...catalogData,
      ...dataStrings([adapterPeople, tarif.viewer, tarif.primaryAdmin]),
      ...intlWords('en-XA'),
    ];
    const copy = findUnlocalisedCopy(document.body, allowed);
    expect(copy, JSON.stringify(copy)).toEqual([]);
    const clipped = findClippedText(document.body);
    expect(clipped, JSON.stringify(clipped)).toEqual([]);
    if (!axeOff) {
      const violations = await storyAxe();
      expect(violations, violations.join('; ')).toEqual([]);
    }
  });
});

describe('every story in German, with axe', () => {
  it.each(cases)('$file $name', async (storyCase) => {
    const { axeOff } = await renderStory(storyCase, 'de');
    expect(document.documentElement.lang).toBe('de');
    if (!axeOff) {
      const violations = await storyAxe();
      expect(violations, violations.join('; ')).toEqual([]);
    }
  });
});
