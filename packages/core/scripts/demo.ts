// Prints a quote and a change preview for the demo catalog in English and French.
// Run from the repository root: pnpm exec tsx packages/core/scripts/demo.ts
import {
  formatDate,
  formatMoney,
  formatNumber,
  previewChange,
  quote,
  validateCatalog,
} from '../src/index.js';
import type { ChangePreview, Quote } from '../src/index.js';
import { createDemoSubscription, demoCatalogEUR } from '../src/demo/index.js';

const catalog = validateCatalog(demoCatalogEUR);
const subscription = createDemoSubscription(new Date('2025-01-15T00:00:00Z'));
const desired = { ...subscription.selection, plan: 'pro', contactLimit: 20000, seats: 6 };
const at = '2025-01-22T00:00:00Z';

const labels = {
  en: {
    quote: 'Current quote',
    preview: 'Upgrade to Pro, 20,000 contacts, 6 seats',
    seats: 'extra seats',
    mode: 'Mode',
    credit: 'Credit',
    charge: 'Charge',
    due: 'Due today',
    renewal: 'Next renewal',
    colon: ':',
  },
  fr: {
    quote: 'Devis actuel',
    preview: 'Passage à Pro, 20 000 contacts, 6 sièges',
    seats: 'sièges supplémentaires',
    mode: 'Mode',
    credit: 'Avoir',
    charge: 'Montant',
    due: 'À payer aujourd’hui',
    renewal: 'Prochain renouvellement',
    // French sets a (narrow) no-break space before a colon.
    colon: '\u202f:',
  },
} as const;

function printQuote(q: Quote, locale: 'en' | 'fr'): void {
  for (const line of q.lines) {
    const label =
      line.code === 'plan'
        ? `${line.params['product']} ${line.params['plan']} (${formatNumber(Number(line.params['contacts']), locale)} contacts)`
        : line.code === 'seats'
          ? `${line.quantity} ${labels[locale].seats}`
          : String(line.params['addOn']);
    console.log(`  ${label.padEnd(40)} ${formatMoney(line.amount, locale)}`);
  }
  console.log(`  ${'Total'.padEnd(40)} ${formatMoney(q.total, locale)}`);
}

function printPreview(preview: ChangePreview, locale: 'en' | 'fr'): void {
  const l = labels[locale];
  console.log(
    `  ${l.mode}${l.colon} ${preview.mode} (${preview.changes.map((c) => `${c.kind}→${c.effect}`).join(', ')})`,
  );
  console.log(
    `  ${l.credit}${l.colon} ${formatMoney(preview.credit, locale)}   ${l.charge}${l.colon} ${formatMoney(preview.charge, locale)}`,
  );
  console.log(`  ${l.due}${l.colon} ${formatMoney(preview.dueToday, locale)}`);
  console.log(
    `  ${l.renewal}${l.colon} ${formatDate(preview.nextRenewal.date, locale, { timeZone: 'Europe/Paris' })}, ${formatMoney(preview.nextRenewal.total, locale)}`,
  );
}

for (const locale of ['en', 'fr'] as const) {
  console.log(`\n[${locale}] ${labels[locale].quote}`);
  printQuote(quote(catalog, subscription.selection), locale);
  console.log(`[${locale}] ${labels[locale].preview}`);
  printPreview(previewChange({ catalog, subscription, desired, at }), locale);
}
