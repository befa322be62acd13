/// <reference types="vite/client" />
// Every story of @tarif/ui as a case for browser tests that go over all of them (pseudo-locale,
// reflow): the cases, rendering one in a locale without its play function, and axe with the
// rules Storybook's a11y addon runs. Not shipped (tsconfig excludes test-utils).
import { render } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { composeStory } from '@storybook/react-vite';
import type { Meta, StoryObj } from '@storybook/react-vite';
import axe from 'axe-core';
import preview from '../../../../../.storybook/preview.js';
import type { TarifStoryParameters } from '../../../../../.storybook/with-billing.js';

type StoryModule = Record<string, StoryObj> & { default: Meta };
const modules = import.meta.glob<StoryModule>('../../**/*.stories.tsx', { eager: true });

export interface StoryCase {
  file: string;
  name: string;
  meta: Meta;
  story: StoryObj;
}

export const storyCases: StoryCase[] = Object.entries(modules).flatMap(([file, module]) => {
  const { default: meta, ...stories } = module;
  return Object.entries(stories)
    .filter(([, story]) => story && typeof story === 'object')
    .map(([name, story]) => ({ file: file.replace(/^(\.\.\/)+/, './'), name, meta, story }));
});

/**
 * axe's violations on the page, with the rules Storybook's a11y addon runs: all but `region`
 * (a story is a fragment of a page, without landmarks around it).
 */
export async function storyAxe(): Promise<string[]> {
  const results = await axe.run(document.body, {
    resultTypes: ['violations'],
    rules: { region: { enabled: false } },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Renders one story in `locale` and waits until its widgets have loaded. */
export async function renderStory({ name, meta, story }: StoryCase, locale: string) {
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
