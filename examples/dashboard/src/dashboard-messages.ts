// The host app's own copy. The billing widgets bring theirs; this is only the demo's chrome.
// The names are the demo users that the reference server seeds (packages/server/src/demo/demo-users.ts).
export const dashboardMessages = {
  en: {
    // The browser tab: the page is the billing page of the host's settings.
    documentTitle: 'Acme Mail · Billing',
    product: 'Acme Mail',
    settings: 'Account settings',
    language: 'Language',
    user: 'Signed in as',
    admin: 'Camille Martin (primary admin)',
    member: 'Noah Dubois (team member)',
    // Another account: a German business, reverse-charged by the French seller.
    german: 'Jonas Becker (Beispiel GmbH, Germany)',
  },
  fr: {
    documentTitle: 'Acme Mail · Facturation',
    product: 'Acme Mail',
    settings: 'Paramètres du compte',
    language: 'Langue',
    // A noun, not « Connecté(e) »: the label stays true whoever is signed in.
    user: 'Connexion en tant que',
    admin: 'Camille Martin (administratrice principale)',
    member: 'Noah Dubois (membre de l’équipe)',
    german: 'Jonas Becker (Beispiel GmbH, Allemagne)',
  },
} as const satisfies Record<string, Record<string, string>>;

export type DashboardLocale = keyof typeof dashboardMessages;
