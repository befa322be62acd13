/** The demo accounts and users that `seedDemo` creates, with the bearer token of each user. */
export const demoUsers = {
  'demo-admin': {
    userId: 'usr_demo_admin',
    accountId: 'acct_demo',
    name: 'Camille Martin',
    email: 'camille@demo.example',
  },
  'demo-member': {
    userId: 'usr_demo_member',
    accountId: 'acct_demo',
    name: 'Noah Dubois',
    email: 'noah@demo.example',
  },
  // A second account, so a test can prove one account never sees another's data.
  'demo-other-admin': {
    userId: 'usr_other_admin',
    accountId: 'acct_other',
    name: 'Riley Chen',
    email: 'riley@other.example',
  },
  // A German business with a German VAT number: reverse-charged by the demo's French seller.
  'demo-de-admin': {
    userId: 'usr_de_admin',
    accountId: 'acct_de',
    name: 'Jonas Becker',
    email: 'jonas@beispiel.example',
  },
} as const satisfies Record<
  string,
  { userId: string; accountId: string; name: string; email: string }
>;

export const demoAccounts = {
  acct_demo: { name: 'Demo GmbH', primaryAdminUserId: 'usr_demo_admin' },
  acct_other: { name: 'Other Inc.', primaryAdminUserId: 'usr_other_admin' },
  acct_de: { name: 'Beispiel GmbH', primaryAdminUserId: 'usr_de_admin' },
} as const;
