/** A random, unguessable id with a readable prefix (`pv_…`, `cm_…`). Web Crypto, so any runtime works. */
export function newId(prefix: string): string {
  return `${prefix}_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}
