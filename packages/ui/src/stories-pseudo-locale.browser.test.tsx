/// <reference types="vite/client" />
// Every story of @tarif/ui rendered in the pseudo-locale en-XA, and in German, without its play
// function (the plays look for English words). In en-XA nothing on screen may escape the catalogs
// and no text may be clipped or spill out of its box (the rule for data is in pseudo-audit.ts);
// in both, axe finds no violation, as the Storybook project already requires in each story's
// own locale.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composeStory } from '@storybook/react-vite';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoCatalogEUR, demoCatalogJPY, demoCatalogUSD } from '@tarif/core/demo';
import preview from '../../../.storybook/preview.js';
import type { TarifStoryParameters } from '../../../.storybook/with-billing.js';
import {
  dataStrings,
  findClippedText,
  findUnlocalisedCopy,
  intlWords,
} from './internal/test-utils/pseudo-audit.js';
import axe from 'axe-core';

afterEach(() => cleanup());

type StoryModule = Record<string, StoryObj> & { default: Meta };
const modules = import.meta.glob<StoryModule>('./**/*.stories.tsx', { eager: true });

// The memory adapter's own people, used when a story names none.
const adapterPeople = [
  { name: 'Camille Martin' },
  { name: 'Alex Admin', email: 'alex@example.com' },
];
const catalogData = dataStrings([demoCatalogEUR, demoCatalogUSD, demoCatalogJPY]);

interface StoryCase {
  file: string;
  name: string;
  meta: Meta;
  story: StoryObj;
}

const cases: StoryCase[] = Object.entries(modules).flatMap(([file, module]) => {
  const { default: meta, ...stories } = module;
  return Object.entries(stories)
    .filter(([, story]) => story && typeof story === 'object')
    .map(([name, story]) => ({ file, name, meta, story }));
});

/**
 * axe's violations on the page, with the rules Storybook's a11y addon runs: all but `region`
 * (a story is a fragment of a page, without landmarks around it).
 */
async function storyAxe(): Promise<string[]> {
  const results = await axe.run(document.body, {
    resultTypes: ['violations'],
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Renders one story in `locale` and waits until its widgets have loaded. */
async function renderStory({ name, meta, story }: StoryCase, locale: string) {
  const { play: _play, ...unplayed } = story;
  const Story = composeStory(
    { ...unplayed, globals: { ...story.globals, locale } },
    meta,
    preview,
    name,
  );
  const { container } = render(<Story />);
  const tarif = {
    ...meta.parameters?.['tarif'],
    ...story.parameters?.['tarif'],
  } as TarifStoryParameters;
  // Settled: no widget still loading, unless the story is about a load that never ends.
  if (!tarif.neverLoads)
    await vi.waitFor(() => {
      expect(document.body.querySelector('[aria-busy="true"]')).toBeNull();
      expect(container.textContent).not.toBe('');
    });
  const a11y = { ...meta.parameters?.['a11y'], ...story.parameters?.['a11y'] } as { test?: string };
  return { tarif, axeOff: a11y.test === 'off' };
}

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
