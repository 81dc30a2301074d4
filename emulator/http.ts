/**
 * The emulator's routers are functions from a parsed request to a response, with no sockets in between:
 * the HTTP server, SharePoint's `$batch` and Graph's `$batch` all dispatch through the same handlers.
 */

/** A person the emulator knows; SharePoint site users and Graph users are the same people. */
export interface EmulatorUser {
  readonly id: number;
  readonly email: string;
  readonly displayName: string;
  /** SharePoint claims login, `i:0#.f|membership|<email>`. */
  readonly loginName: string;
  readonly isSiteAdmin: boolean;
}

export interface EmulatorRequest {
  readonly method: string;
  /** Absolute URL as the client sent it (host and port included). */
  readonly url: URL;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Resolved from `Authorization: Bearer emulator:<email>` or `X-Emulator-User: <email>`; absent when anonymous. */
  readonly user?: EmulatorUser;
}

export interface EmulatorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** An object is sent as JSON; a string or Buffer as is. */
  readonly body?: unknown;
}

export type RouteHandler = (request: EmulatorRequest) => Promise<EmulatorResponse>;
