/** Who is calling: the host's authentication decides, the request body never does. */
export interface Principal {
  readonly userId: string;
  readonly accountId: string;
}

/** Provided by the host: reads a session cookie or a token and answers who is calling, or null (401). */
export type Authenticate = (request: Request) => Promise<Principal | null>;
