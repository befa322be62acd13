import { describe, expect, it } from 'vitest';
import type { PreviewTax } from '@tarif/core';
import { bindFormatters } from '../i18n/bind-formatters.js';
import type { MessagesValue } from '../i18n/locale-context.js';
import { createTranslator } from '../i18n/translate.js';
import { de as dePack } from '../locales/de.js';
import { fr as frPack } from '../locales/fr.js';
import { builtInMessages } from '../messages/index.js';
import { previewWithTax } from '@tarif/core/commit';
import {
  createDemoSubscription,
  demoBillingDetails,
  demoCatalogEUR,
  demoTaxRates,
} from '@tarif/core/demo';
import { estimateTax, reviewTaxOf, taxLabel } from './review-tax.js';

function messagesFor(locale: string): MessagesValue {
  const formatters = bindFormatters(locale, locale, 'UTC');
  const t = createTranslator({
    locale,
    layers: [builtInMessages, frPack, dePack],
    formatNumber: formatters.formatNumber,
  });
  return { ...formatters, t, withFallback: () => t };
}

const eur = (amount: number) => ({ amount, currency: 'EUR' as const });

describe('taxLabel', () => {
  it('writes each language its own way, with its own space before %', () => {
    const standard = { treatment: 'standard' as const, rate: 2000 };
    expect(taxLabel(standard, messagesFor('fr'))).toBe('TVA 20\u202f%');
    expect(taxLabel(standard, messagesFor('en'))).toBe('VAT 20%');
    expect(taxLabel({ ...standard, rate: 1900 }, messagesFor('de'))).toBe('MwSt. 19\u00a0%');
    expect(taxLabel({ ...standard, rate: 550 }, messagesFor('fr'))).toBe('TVA 5,5\u202f%');
  });

  it('names a reverse charge and an exemption in words', () => {
    const reverse = { treatment: 'reverse-charge' as const, rate: 0 };
    expect(taxLabel(reverse, messagesFor('fr'))).toBe('Autoliquidation de la TVA');
    expect(taxLabel(reverse, messagesFor('de'))).toBe(
      'Steuerschuldnerschaft des Leistungsempfängers',
    );
    expect(taxLabel(reverse, messagesFor('en'))).toBe('Reverse charge');
    expect(taxLabel({ treatment: 'exempt', rate: 0 }, messagesFor('fr'))).toBe(
      'Exonération de TVA',
    );
  });
});

describe('estimateTax', () => {
  it('taxes the local estimate as the server taxes the same change, when nothing is scheduled', () => {
    const at = new Date('2026-03-16T12:00:00Z');
    const subscription = createDemoSubscription(at);
    const desired = { ...subscription.selection, seats: 6, contactLimit: 20000 };
    const server = previewWithTax(demoCatalogEUR, { subscription, scheduled: null }, desired, at, {
      rates: demoTaxRates,
      billingDetails: demoBillingDetails.frenchBusiness,
    });
    const decision = { treatment: 'standard' as const, country: 'FR', rate: 2000 };
    expect(estimateTax(server.preview, decision)).toEqual(server.tax);
    expect(estimateTax(server.preview, undefined)).toBeUndefined();
    expect(estimateTax(null, decision)).toBeUndefined();
  });
});

describe('reviewTaxOf', () => {
  const taxed = (treatment: 'standard' | 'not-collected'): PreviewTax => {
    const taxes =
      treatment === 'standard'
        ? [{ treatment, country: 'FR', rate: 2000, taxable: eur(2000), amount: eur(400) }]
        : [];
    const gross = eur(treatment === 'standard' ? 2400 : 2000);
    const lines = { net: eur(2000), taxes, gross, lines: [] };
    return {
      taxMode: 'exclusive',
      decision: { treatment, country: 'FR', rate: treatment === 'standard' ? 2000 : 0 },
      today: lines,
      dueToday: gross,
      balanceCredit: eur(0),
      renewal: lines,
    };
  };

  it('formats the totals and says the gross is tax included', () => {
    const review = reviewTaxOf(taxed('standard'), messagesFor('fr'))!;
    expect(review.today.netText).toBe('20,00\u00a0€');
    expect(review.today.taxes.map((tax) => [tax.label, tax.amountText])).toEqual([
      ['TVA 20\u202f%', '4,00\u00a0€'],
    ]);
    expect(review.dueTodayText).toBe('24,00\u00a0€');
    expect(review.grossMention).toBe('inclusive');
  });

  it('shows nothing when no tax is collected or the backend computes none', () => {
    expect(reviewTaxOf(taxed('not-collected'), messagesFor('en'))).toBeNull();
    expect(reviewTaxOf(undefined, messagesFor('en'))).toBeNull();
  });
});
