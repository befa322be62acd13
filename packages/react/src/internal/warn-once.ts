// Declared here rather than pulling in Node's types: the package runs in browsers too.
declare const process: { readonly env: { readonly NODE_ENV?: string } } | undefined;

const warned = new Set<string>();

/** Warns once per id, in development only. */
export function warnOnce(id: string, message: string): void {
  if (!isDevelopment() || warned.has(id)) return;
  warned.add(id);
  console.warn(message);
}

function isDevelopment(): boolean {
  // Written as `process.env.NODE_ENV` so bundlers can replace it; guarded because
  // browsers without a bundler have no `process` at all.
  try {
    return typeof process === 'undefined' || process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/** For tests: forget which warnings were shown. */
export function resetWarnings(): void {
  warned.clear();
}
