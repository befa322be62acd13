/** A random key for `Idempotency-Key` (8..200 characters on the wire). */
export function createIdempotencyKey(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  // Old runtimes without randomUUID: uniqueness per commit is all the server needs.
  return `tarif-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
