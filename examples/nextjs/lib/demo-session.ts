// The example has no sign-in: every visitor is the demo account's admin. A real host would take
// the viewer from its own session (a cookie read on the server, a token in the browser).

/** A bearer token the reference server's demo authentication accepts (@tarif/server/demo). */
export const demoToken = 'demo-admin';

export const demoAuthorization = { Authorization: `Bearer ${demoToken}` } as const;
