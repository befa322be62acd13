import type {
  AddOn,
  Catalog,
  CatalogTranslation,
  Feature,
  Interval,
  IntervalPrices,
  Plan,
  Product,
  SeatRule,
} from '../catalog/catalog-types.js';
import type { CurrencyCode } from '../money/currencies.js';

/**
 * The shape of the demo catalog (an email-marketing product in the manner of Brevo), shared by
 * every currency. Only prices differ between currencies; each currency declares its own in a
 * price sheet (a USD price is not a converted EUR price).
 */

export const demoContactBands = [
  1000, 2500, 5000, 10000, 15000, 20000, 30000, 40000, 50000, 60000, 75000, 100000,
] as const;

const productNames = {
  marketing: 'Marketing',
  sales: 'Sales',
  'marketing-sales': 'Marketing & Sales',
} as const;
type DemoProductId = keyof typeof productNames;
type SelfServeTier = 'starter' | 'plus' | 'pro';

const features = [
  { id: 'email-campaigns', name: 'Email campaigns' },
  { id: 'marketing-automation', name: 'Marketing automation' },
  { id: 'ab-testing', name: 'A/B testing' },
  { id: 'landing-pages', name: 'Landing pages' },
  { id: 'advanced-reporting', name: 'Advanced reporting' },
  { id: 'multi-user-access', name: 'Multi-user access' },
  { id: 'phone-support', name: 'Phone support' },
  { id: 'sales-pipeline', name: 'Sales pipeline' },
  { id: 'meeting-scheduler', name: 'Meeting scheduler' },
  { id: 'deal-forecasting', name: 'Deal forecasting' },
  { id: 'dedicated-manager', name: 'Dedicated account manager' },
  { id: 'single-sign-on', name: 'Single sign-on' },
] as const satisfies readonly Feature[];
type FeatureId = (typeof features)[number]['id'];

// Each tier adds to the one below it, so moving down always loses something visible.
const marketingFeatures = {
  starter: ['email-campaigns'],
  plus: ['email-campaigns', 'marketing-automation', 'ab-testing', 'multi-user-access'],
  pro: [
    'email-campaigns',
    'marketing-automation',
    'ab-testing',
    'multi-user-access',
    'landing-pages',
    'advanced-reporting',
    'phone-support',
  ],
} as const satisfies Record<SelfServeTier, readonly FeatureId[]>;

const salesFeatures = {
  starter: ['sales-pipeline'],
  plus: ['sales-pipeline', 'meeting-scheduler', 'multi-user-access'],
  pro: [
    'sales-pipeline',
    'meeting-scheduler',
    'multi-user-access',
    'deal-forecasting',
    'advanced-reporting',
    'phone-support',
  ],
} as const satisfies Record<SelfServeTier, readonly FeatureId[]>;

const enterpriseExtras = [
  'dedicated-manager',
  'single-sign-on',
] as const satisfies readonly FeatureId[];

function featuresOf(product: DemoProductId, tier: SelfServeTier | 'enterprise'): string[] {
  const base = tier === 'enterprise' ? 'pro' : tier;
  const own = {
    marketing: [...marketingFeatures[base]],
    sales: [...salesFeatures[base]],
    'marketing-sales': [...new Set([...marketingFeatures[base], ...salesFeatures[base]])],
  }[product];
  return tier === 'enterprise' ? [...own, ...enterpriseExtras] : own;
}

type AddOnId = 'sms' | 'transactional-email' | 'custom-reporting';

// Written in French, not translated word for word; plan names are the same in both languages.
const french = {
  products: { marketing: 'Marketing', sales: 'Ventes', 'marketing-sales': 'Marketing + Ventes' },
  features: {
    'email-campaigns': 'Campagnes e-mail',
    'marketing-automation': 'Automatisation marketing',
    'ab-testing': 'Tests A/B',
    'landing-pages': 'Pages de destination',
    'advanced-reporting': 'Rapports avancés',
    'multi-user-access': 'Accès multi-utilisateurs',
    'phone-support': 'Assistance téléphonique',
    'sales-pipeline': 'Pipeline commercial',
    'meeting-scheduler': 'Prise de rendez-vous',
    'deal-forecasting': 'Prévisions de ventes',
    'dedicated-manager': 'Gestionnaire de compte dédié',
    'single-sign-on': 'Authentification unique (SSO)',
  },
  addOns: {
    sms: { name: 'SMS', description: 'Envoyez des campagnes SMS en plus de vos e-mails.' },
    'transactional-email': {
      name: 'E-mails transactionnels',
      description:
        'Confirmations de commande et réinitialisations de mot de passe envoyées par nos serveurs.',
    },
    'custom-reporting': {
      name: 'Rapports personnalisés',
      description: 'Créez vos propres tableaux de bord et exports programmés.',
    },
  },
} as const satisfies CatalogTranslation & {
  products: Record<DemoProductId, string>;
  features: Record<FeatureId, string>;
  addOns: Record<AddOnId, { name: string; description: string }>;
};

// German names, so the German widgets show a German catalog (their long compound words are what
// docs/screenshots/*-de-*.png check the layout with).
const german = {
  products: {
    marketing: 'Marketing',
    sales: 'Vertrieb',
    'marketing-sales': 'Marketing & Vertrieb',
  },
  features: {
    'email-campaigns': 'E-Mail-Kampagnen',
    'marketing-automation': 'Marketing-Automatisierung',
    'ab-testing': 'A/B-Tests',
    'landing-pages': 'Landingpages',
    'advanced-reporting': 'Erweiterte Berichte',
    'multi-user-access': 'Mehrbenutzerzugriff',
    'phone-support': 'Telefonsupport',
    'sales-pipeline': 'Vertriebspipeline',
    'meeting-scheduler': 'Terminplanung',
    'deal-forecasting': 'Umsatzprognosen',
    'dedicated-manager': 'Persönliche Kundenbetreuung',
    'single-sign-on': 'Single Sign-on (SSO)',
  },
  addOns: {
    sms: { name: 'SMS', description: 'Versenden Sie SMS-Kampagnen zusätzlich zu Ihren E-Mails.' },
    'transactional-email': {
      name: 'Transaktions-E-Mails',
      description: 'Bestellbestätigungen und Passwortrücksetzungen, versendet über unsere Server.',
    },
    'custom-reporting': {
      name: 'Individuelle Berichte',
      description: 'Erstellen Sie eigene Dashboards und geplante Exporte.',
    },
  },
} as const satisfies CatalogTranslation & {
  products: Record<DemoProductId, string>;
  features: Record<FeatureId, string>;
  addOns: Record<AddOnId, { name: string; description: string }>;
};

/** Prices of one currency: plan prices per band, extra-seat prices and add-on prices. */
export interface DemoPriceSheet {
  readonly version: string;
  readonly currency: CurrencyCode;
  readonly plans: {
    readonly [P in DemoProductId]: {
      readonly [T in SelfServeTier]: { readonly [I in Interval]: readonly number[] };
    };
  };
  readonly seats: { readonly plus: IntervalPrices; readonly pro: IntervalPrices };
  readonly addOns: {
    readonly sms: IntervalPrices;
    readonly 'transactional-email': IntervalPrices;
    readonly 'custom-reporting': IntervalPrices;
  };
}

function seatRule(sheet: DemoPriceSheet, tier: SelfServeTier | 'enterprise'): SeatRule {
  switch (tier) {
    case 'starter':
      return { included: 1, min: 1, max: 1, price: {} };
    case 'plus':
      return { included: 3, min: 1, max: 10, price: sheet.seats.plus };
    case 'pro':
      return { included: 5, min: 1, max: 50, price: sheet.seats.pro };
    case 'enterprise':
      return { included: 10, min: 1, max: 1000, price: {} };
  }
}

function product(sheet: DemoPriceSheet, id: DemoProductId): Product {
  const tiers = (['starter', 'plus', 'pro'] as const).map((tier): Plan => ({
    id: tier,
    name: { starter: 'Starter', plus: 'Plus', pro: 'Pro' }[tier],
    prices: sheet.plans[id][tier],
    seats: seatRule(sheet, tier),
    features: featuresOf(id, tier),
  }));
  const enterprise: Plan = {
    id: 'enterprise',
    name: 'Enterprise',
    contactSales: true,
    seats: seatRule(sheet, 'enterprise'),
    features: featuresOf(id, 'enterprise'),
  };
  const bundle = id === 'marketing-sales' ? { bundleOf: ['marketing', 'sales'] } : {};
  return { id, name: productNames[id], ...bundle, plans: [...tiers, enterprise] };
}

/** Builds a demo catalog from a currency's price sheet. */
export function buildDemoCatalog(sheet: DemoPriceSheet): Catalog {
  const addOns: (AddOn & { id: AddOnId })[] = [
    {
      id: 'sms',
      name: 'SMS campaigns',
      description: 'Send SMS campaigns alongside email.',
      price: sheet.addOns.sms,
      plans: ['plus', 'pro', 'enterprise'],
    },
    {
      id: 'transactional-email',
      name: 'Transactional email',
      description: 'Order confirmations and password resets through our servers.',
      price: sheet.addOns['transactional-email'],
      plans: ['starter', 'plus', 'pro', 'enterprise'],
    },
    {
      id: 'custom-reporting',
      name: 'Custom reporting',
      description: 'Build your own dashboards and scheduled exports.',
      price: sheet.addOns['custom-reporting'],
      plans: ['pro'],
      includedIn: ['enterprise'],
    },
  ];
  return {
    version: sheet.version,
    currency: sheet.currency,
    taxMode: 'exclusive',
    intervals: ['month', 'year'],
    contactBands: demoContactBands,
    products: [
      product(sheet, 'marketing'),
      product(sheet, 'sales'),
      product(sheet, 'marketing-sales'),
    ],
    addOns,
    features,
    nearLimitPercent: 90,
    translations: { fr: french, de: german },
  };
}
