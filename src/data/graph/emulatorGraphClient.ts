import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export interface EmulatorGraphClientOptions {
  /** Retries of a throttled request (429/503/504); the graph client's default is 3. */
  readonly maxRetries?: number;
}

/** The emulator's token: it trusts the address after `emulator:`. */
export function emulatorAuthenticationProvider(userEmail: string): AuthenticationProvider {
  return { getAccessToken: async () => `emulator:${userEmail}` };
}

function setHeader(context: Context, name: string, value: string): void {
  if (typeof context.request !== 'string') {
    context.request.headers.set(name, value);
    return;
  }
  const options = context.options ?? {};
  const headers = options.headers;
  if (headers instanceof Headers) {
    headers.set(name, value);
  } else if (Array.isArray(headers)) {
    options.headers = [...headers.filter(([key]) => key.toLowerCase() !== name.toLowerCase()), [name, value]];
  } else {
    options.headers = { ...(headers ?? {}), [name]: value };
  }
  context.options = options;
}

/**
 * Puts the bearer token on every request. The graph client's own AuthenticationHandler adds it only to
 * URLs it recognises as Graph, and that check (`isValidEndpoint` in GraphRequestUtil) looks at `https://`
 * URLs only, even for `customHosts`, so the emulator's `http://127.0.0.1:port` would get no token.
 */
class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  public constructor(private readonly provider: AuthenticationProvider) {}

  public async execute(context: Context): Promise<void> {
    setHeader(context, 'Authorization', `Bearer ${await this.provider.getAccessToken()}`);
    await this.next!.execute(context);
  }

  public setNext(next: Middleware): void {
    this.next = next;
  }
}

const DEFAULT_RETRY_DELAY_SECONDS = 3;
const DEFAULT_MAX_RETRIES = 3;

/**
 * A graph client for the local emulator, `graphBaseUrl` being e.g. `http://127.0.0.1:4321/graph/v1.0`.
 * The chain is the client's default minus the Graph-host check: token, RetryHandler (429/503/504,
 * waiting `Retry-After` seconds, else exponential back-off), fetch.
 */
export function createEmulatorGraphClient(graphBaseUrl: string, userEmail: string, options: EmulatorGraphClientOptions = {}): Client {
  const url = new URL(graphBaseUrl);
  const segments = url.pathname.replace(/\/+$/, '').split('/');
  const version = segments.pop() ?? 'v1.0';
  // The client's defaults (RetryHandlerOptions.DEFAULT_DELAY, DEFAULT_MAX_RETRIES) are private: 3 s, 3 retries.
  const retryOptions = new RetryHandlerOptions(DEFAULT_RETRY_DELAY_SECONDS, options.maxRetries ?? DEFAULT_MAX_RETRIES);
  return Client.initWithMiddleware({
    baseUrl: `${url.origin}${segments.join('/')}`,
    defaultVersion: version,
    middleware: [new BearerTokenHandler(emulatorAuthenticationProvider(userEmail)), new RetryHandler(retryOptions), new HTTPMessageHandler()],
  });
}
