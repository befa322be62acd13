import { billingHandler } from '../../../../lib/billing-backend';

// node:sqlite: the Node.js runtime, never the edge.
export const runtime = 'nodejs';
// Every answer depends on the database: nothing here may be cached or prerendered.
export const dynamic = 'force-dynamic';

/** Hands the request, unchanged, to the reference server's handler; it routes and refuses itself. */
async function handle(request: Request): Promise<Response> {
  const handler = await billingHandler();
  return handler(request);
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
