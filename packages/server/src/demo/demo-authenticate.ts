import type { Principal } from '../handler/authenticate.js';
import { demoUsers } from './demo-users.js';

/**
 * Demo authentication: `Authorization: Bearer demo-admin` (or demo-member, demo-other-admin).
 * Replace with your session or token check; it must return who is calling, never trust the body.
 */
export async function demoAuthenticate(request: Request): Promise<Principal | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  const token = match?.[1];
  if (token === undefined || !Object.hasOwn(demoUsers, token)) return null;
  const { userId, accountId } = demoUsers[token as keyof typeof demoUsers];
  return { userId, accountId };
}
