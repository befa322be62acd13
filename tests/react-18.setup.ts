// Setup of the react-18 and ui-react-18 projects: a test fails when React 18 warns. React 18
// prints every development warning through console.error or console.warn as "Warning: …" with
// %s placeholders; React 19 dropped the prefix, so this check belongs to the 18 projects only.
import { afterAll, afterEach } from 'vitest';

// Known noise, not a React 18 finding: the ui suites' renderWithBilling (billing-page/test-utils)
// calls React's own act() while IS_REACT_ACT_ENVIRONMENT is unset, and React 19 prints the same
// message without the prefix. Setting the flag for the whole run is no cure: the browser's real
// events then update outside act() and React warns about every one of them. The cure is in that
// helper (Testing Library's act sets the flag around its callback), left to its owners. React
// prints it from act() and from each update inside act(), then with a component stack (%s).
const ignored = 'Warning: The current testing environment is not configured to support act(...)';
const warnings: string[] = [];

function format(args: unknown[]): string {
  const [template, ...values] = args;
  let rest = values;
  const text = String(template).replace(/%[sdio]/g, () => {
    const [value, ...others] = rest;
    rest = others;
    return String(value);
  });
  return [text, ...rest.map(String)].join(' ');
}

for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const [message] = args;
    if (
      typeof message === 'string' &&
      message.startsWith('Warning: ') &&
      !message.startsWith(ignored)
    ) {
      warnings.push(`console.${level}: ${format(args)}`);
    }
    original(...args);
  };
}

function failOnWarnings() {
  if (warnings.length === 0) return;
  const found = warnings.splice(0);
  throw new Error(`React 18 warned ${found.length} time(s):\n${found.join('\n')}`);
}

afterEach(failOnWarnings);
afterAll(failOnWarnings);
