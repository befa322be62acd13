import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dataStrings,
  findClippedText,
  findUnlocalisedCopy,
  intlWords,
  unlocalisedRest,
} from './pseudo-audit.js';
import { pseudoText } from '../pseudo-localize.js';
import '../../styles.css';

afterEach(() => cleanup());

const allowed = ['Marketing Plus', 'Camille Martin', ...intlWords('en-XA')];

describe('the pseudo-locale audit', () => {
  it('passes catalog text with its data, and flags a hard-coded string', () => {
    const { container } = render(
      <div>
        <p>{pseudoText('Your plan')}</p>
        <p>{pseudoText('Renews on')} Apr 16, 2026 · Marketing Plus · 59,00 €</p>
        <button type="button">Cancel</button>
        <input aria-label="Seats" placeholder={pseudoText('Seats')} />
      </div>,
    );
    expect(findUnlocalisedCopy(container, allowed)).toEqual([
      { kind: 'not-pseudo-localised', where: '<button>', text: 'Cancel' },
      { kind: 'not-pseudo-localised', where: '<input> [aria-label]', text: 'Seats' },
    ]);
  });

  it('cuts data out whole: a plan name does not excuse a word beside it', () => {
    expect(unlocalisedRest('Marketing Plus plan', allowed)).toBe('plan');
    expect(unlocalisedRest('Plus', allowed)).toBe('Plus');
  });

  it('takes names, descriptions and e-mails from data, not ids', () => {
    expect(
      dataStrings([{ id: 'sms', name: 'SMS', nested: { email: 'a@b.c', code: 'X' } }]),
    ).toEqual(['SMS', 'a@b.c']);
  });

  it('skips a story’s marked tooling for copy', () => {
    const { container } = render(
      <section data-story-chrome aria-label="Contrast">
        <code>--tarif-accent</code>
      </section>,
    );
    expect(findUnlocalisedCopy(container, allowed)).toEqual([]);
  });

  it('flags text a box hides, and text wider than its block', () => {
    const { container } = render(
      <div>
        <p style={{ inlineSize: 60, overflow: 'hidden', whiteSpace: 'nowrap' }}>
          {pseudoText('Update contact limit')}
        </p>
        <p style={{ inlineSize: 60 }}>{pseudoText('Unbreakablewordthatspills')}</p>
        <p style={{ inlineSize: 300 }}>{pseudoText('Fits')}</p>
      </div>,
    );
    expect(findClippedText(container).map(({ kind }) => kind)).toEqual(['clipped', 'overflows']);
  });

  it('leaves screen-reader-only text alone', () => {
    const { container } = render(
      <div>
        <span className="tarif-sr-only">{pseudoText('Loading the account, please wait')}</span>
      </div>,
    );
    expect(findClippedText(container)).toEqual([]);
  });
});
