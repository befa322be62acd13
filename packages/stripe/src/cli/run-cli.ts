import { parseArgs } from 'node:util';
import { parseCatalog } from '@tarif/core';
import { checkStripePrices, describeMismatch } from '../catalog/check-prices.js';
import type { StripePricesReader } from '../catalog/check-prices.js';
import { StripeMappingError } from '../catalog/stripe-amounts.js';

/** What the CLI touches outside itself, so that tests give it a fake Stripe and capture output. */
export interface CliContext {
  readonly env: { readonly [name: string]: string | undefined };
  readonly readFile: (path: string) => Promise<string>;
  readonly createStripe: (secretKey: string) => StripePricesReader;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export const usage = `Usage: tarif-stripe check --catalog <catalog.json> [--json]

Checks that the Stripe account of STRIPE_SECRET_KEY has every price the Tarif catalog needs, by
lookup key, with the same amount, currency and interval, active. Read-only.

Exit status: 0 no mismatch, 1 mismatches found, 2 the check could not run.`;

/** Runs `tarif-stripe <args>`; resolves to the exit status. */
export async function runCli(args: readonly string[], context: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        catalog: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    context.err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    context.out(usage);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== 'check' || values.catalog === undefined) {
    context.err(usage);
    return 2;
  }
  const secretKey = context.env['STRIPE_SECRET_KEY'];
  if (!secretKey) {
    context.err('STRIPE_SECRET_KEY is not set: give the key of the Stripe account to check.');
    return 2;
  }

  let input: unknown;
  try {
    input = JSON.parse(await context.readFile(values.catalog));
  } catch (error) {
    context.err(`Could not read the catalog ${values.catalog}: ${(error as Error).message}`);
    return 2;
  }
  const catalog = parseCatalog(input);
  if (!catalog.ok) {
    context.err(`${values.catalog} is not a valid Tarif catalog:`);
    for (const issue of catalog.error.issues) context.err(`  ${issue.path}: ${issue.message}`);
    return 2;
  }

  let result;
  try {
    result = await checkStripePrices(context.createStripe(secretKey), catalog.catalog);
  } catch (error) {
    if (error instanceof StripeMappingError) {
      context.err(`The catalog cannot be sold through Stripe as it is:`);
      for (const issue of error.issues) context.err(`  ${issue.message}`);
    } else {
      context.err(`Stripe could not be read: ${(error as Error).message}`);
    }
    return 2;
  }

  const { checked, mismatches } = result;
  if (values.json) {
    context.out(JSON.stringify({ catalogVersion: catalog.catalog.version, checked, mismatches }));
  } else {
    for (const mismatch of mismatches) context.out(describeMismatch(mismatch));
    context.out(
      `${checked} prices checked for catalog ${catalog.catalog.version}: ${mismatches.length} ${mismatches.length === 1 ? 'mismatch' : 'mismatches'}`,
    );
  }
  return mismatches.length === 0 ? 0 : 1;
}
