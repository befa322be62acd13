/// <reference types="vite/client" />
// Every story of @tarif/ui rendered in the pseudo-locale en-XA, without its play function (the
// plays look for English words): nothing on screen may escape the catalogs, and no text may be
// clipped or spill out of its box. The rule for what counts as data is in pseudo-audit.ts.
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

afterEach(() => cleanup());

type StoryModule = Record<string, StoryObj> & { default: Meta };
const modules = import.meta.glob<StoryModule>('./**/*.stories.tsx', { eager: true });

// The memory adapter's own people, used when a story names none.
const adapterPeople = [
  { name: 'Camille Martin' },
  { name: 'Alex Admin', email: 'alex@example.com' },
];

const locale = 'en-XA';
const catalogData = dataStrings([demoCatalogEUR, demoCatalogUSD, demoCatalogJPY]);

const cases = Object.entries(modules).flatMap(([file, module]) => {
  const { default: meta, ...stories } = module;
  return Object.entries(stories)
    .filter(([, story]) => story && typeof story === 'object')
    .map(([name, story]) => ({ file, name, meta, story }));
});

describe('every story in en-XA', () => {
  it('finds the stories', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$file $name', async ({ name, meta, story }) => {
    // Without its play (the plays look for English words), in en-XA whatever the story's locale.
    const { play: _play, ...unplayed } = story;
    const Story = composeStory(
      { ...unplayed, globals: { ...story.globals, locale } },
      meta,
      preview,
      name,
    );
    const { container } = render(<Story />);
    const tarif = { ...meta.parameters?.['tarif'], ...story.parameters?.['tarif'] } as
      TarifStoryParameters | undefined;
    // Settled: no widget still loading, unless the story is about a load that never ends.
    if (!tarif?.neverLoads)
      await vi.waitFor(() => {
        expect(document.body.querySelector('[aria-busy="true"]')).toBeNull();
        expect(container.textContent).not.toBe('');
      });
    const allowed = [
      ...catalogData,
      ...dataStrings([adapterPeople, tarif?.viewer, tarif?.primaryAdmin]),
      ...intlWords(locale),
    ];
    const copy = findUnlocalisedCopy(document.body, allowed);
    expect(copy, JSON.stringify(copy)).toEqual([]);
    const clipped = findClippedText(document.body);
    expect(clipped, JSON.stringify(clipped)).toEqual([]);
  });
});
