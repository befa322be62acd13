export interface PostgresMigration {
  /** Increasing; never renumber or edit a migration that has shipped, add a new one. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE accounts (
        id text PRIMARY KEY,
        name text NOT NULL,
        primary_admin_user_id text NOT NULL,
        catalog jsonb NOT NULL,
        catalog_version text NOT NULL,
        -- Bumped on every catalog write, so a process can cache the parsed catalog safely.
        catalog_revision integer NOT NULL DEFAULT 1,
        balance_amount bigint NOT NULL DEFAULT 0 CHECK (balance_amount >= 0),
        balance_currency text NOT NULL
      );
      CREATE TABLE users (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        name text NOT NULL,
        email text NOT NULL
      );
      CREATE TABLE subscriptions (
        account_id text PRIMARY KEY REFERENCES accounts(id),
        subscription jsonb NOT NULL,
        scheduled jsonb,
        version integer NOT NULL DEFAULT 1
      );
      CREATE TABLE previews (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES accounts(id),
        selection jsonb NOT NULL,
        priced_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        catalog_version text NOT NULL,
        agreed jsonb NOT NULL,
        used_by text
      );
      CREATE INDEX previews_expires_at ON previews(expires_at);
      CREATE TABLE commits (
        account_id text NOT NULL REFERENCES accounts(id),
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        preview_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('charging', 'succeeded')),
        amount bigint NOT NULL CHECK (amount >= 0),
        currency text NOT NULL,
        payment_key text NOT NULL UNIQUE,
        base_version integer NOT NULL,
        outcome jsonb NOT NULL,
        -- The exact bytes answered, replayed byte for byte to a retry.
        body text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, idempotency_key)
      );
      -- One commit at a time per account: a second one waits until the first is finished.
      CREATE UNIQUE INDEX commits_one_charging ON commits(account_id) WHERE status = 'charging';
      CREATE INDEX commits_created_at ON commits(created_at);
      CREATE TABLE change_requests (
        seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        account_id text NOT NULL REFERENCES accounts(id),
        user_id text NOT NULL,
        subject text NOT NULL,
        message text NOT NULL,
        contact_email text NOT NULL,
        selection jsonb,
        received_at timestamptz NOT NULL
      );
      CREATE TABLE ledger (
        seq bigserial PRIMARY KEY,
        charge_id text NOT NULL UNIQUE,
        account_id text NOT NULL REFERENCES accounts(id),
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        idempotency_key text NOT NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (account_id, idempotency_key)
      );
      -- The demo payments port's own table: a stand-in for a payment provider's records.
      CREATE TABLE demo_payments (
        payment_key text PRIMARY KEY,
        account_id text NOT NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        currency text NOT NULL,
        charge_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      );
    `,
  },
  {
    // Tax (issue 17): an account's billing details, and the ledger's net and tax beside the gross
    // amount it always held. Rows written before carried no tax: their net is their amount.
    version: 2,
    name: 'tax',
    sql: `
      ALTER TABLE accounts ADD COLUMN billing jsonb;
      ALTER TABLE ledger ADD COLUMN net_amount bigint;
      ALTER TABLE ledger ADD COLUMN tax_amount bigint;
      UPDATE ledger SET net_amount = amount, tax_amount = 0;
      ALTER TABLE ledger ALTER COLUMN net_amount SET NOT NULL;
      ALTER TABLE ledger ALTER COLUMN tax_amount SET NOT NULL;
      ALTER TABLE ledger ADD CONSTRAINT ledger_net_plus_tax CHECK (net_amount + tax_amount = amount);
    `,
  },
];
