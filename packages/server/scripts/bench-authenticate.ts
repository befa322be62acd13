import type { Principal } from '../src/index.js';

/**
 * `Bearer bench:<accountId>:<userId>`, for benchmarks only: anyone can call itself anyone. The
 * handler still checks that the user exists.
 */
export async function benchAuthenticate(request: Request): Promise<Principal | null> {
  const match = /^Bearer\s+bench:([^:\s]+):([^:\s]+)$/i.exec(
    request.headers.get('authorization') ?? '',
  );
  return match ? { accountId: match[1]!, userId: match[2]! } : null;
}
