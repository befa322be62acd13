import { vi } from 'vitest';
import type { BillingStore } from '../store/store-types.js';

// Reads, and the housekeeping sweep a request may trigger without writing anything of its own.
const notWrites = /^(get|list|close$|sweep$)/;

/**
 * Watches every method of `store` that writes (by name, so it follows the store's interface as it
 * changes) and returns the names called so far: a refused request must leave this empty.
 */
export function watchWrites(store: BillingStore): () => string[] {
  const writes: string[] = [];
  const methods = store as unknown as Record<string, unknown>;
  for (const name of Object.keys(methods)) {
    if (typeof methods[name] !== 'function' || notWrites.test(name)) continue;
    const original = methods[name] as (...args: unknown[]) => unknown;
    vi.spyOn(methods as Record<string, (...args: unknown[]) => unknown>, name).mockImplementation(
      (...args: unknown[]) => {
        writes.push(name);
        return original.apply(store, args);
      },
    );
  }
  return () => [...writes];
}
