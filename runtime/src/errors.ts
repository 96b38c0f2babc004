// The error registry: every error a client can see has one of these codes in `extensions.code`.
// Marketplace failures are mapped to these in ONE place (rest-client.ts → toMarketplaceError).
import { GraphQLError } from "graphql";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  MARKETPLACE_UNAVAILABLE: "MARKETPLACE_UNAVAILABLE",
  MARKETPLACE_REJECTED: "MARKETPLACE_REJECTED",
  /** An event cursor older than the kept history: events after it are gone; re-read the feed, then resume. */
  CURSOR_EXPIRED: "CURSOR_EXPIRED",
  /** One of PazarGraph's own services (stores, orders) cannot answer just now. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  RATE_LIMITED: "RATE_LIMITED",
  TIMEOUT: "TIMEOUT",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** A persisted query's hash the gateway does not know (APQ: send the query with it once; allow-list: not registered). */
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  /** Persisted queries are off on this gateway: send the query. */
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
  INTERNAL: "INTERNAL",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export interface ErrorDetails {
  /** Lowercase marketplace name, e.g. "pazarama". */
  marketplace?: string;
  /** The marketplace's own message, shown to the seller as is. */
  marketplaceMessage?: string | null;
  /** Seconds after which a retry may succeed. */
  retryAfterSeconds?: number;
  /** Name of the argument that was wrong. */
  argument?: string;
  [key: string]: unknown;
}

/** Creates a client-facing error with a registered code. */
export function createError(code: ErrorCode, message: string, details: ErrorDetails = {}): GraphQLError {
  const extensions: Record<string, unknown> = { code };
  for (const [k, v] of Object.entries(details)) if (v !== undefined) extensions[k] = v;
  return new GraphQLError(message, { extensions });
}

export function badInput(message: string, argument?: string): GraphQLError {
  return createError(ErrorCode.BAD_USER_INPUT, message, { argument });
}

/**
 * A date window holds more than can be read in one go: BAD_USER_INPUT for a client (narrow the
 * window), and for the poller the sign to read it in halves.
 */
export function windowTooLarge(message: string): GraphQLError {
  return createError(ErrorCode.BAD_USER_INPUT, message, { argument: "filter", reason: "WINDOW_TOO_LARGE" });
}

export function isWindowTooLarge(err: unknown): boolean {
  return (err as { extensions?: { reason?: unknown } } | null)?.extensions?.reason === "WINDOW_TOO_LARGE";
}

export function notFound(message: string): GraphQLError {
  return createError(ErrorCode.NOT_FOUND, message);
}

export function isCodedError(err: unknown): err is GraphQLError {
  return err instanceof GraphQLError && typeof err.extensions?.code === "string" && ERROR_CODES.has(err.extensions.code);
}

/** Codes that GraphQL servers give the caller's own mistakes (parse, validation, variables). */
const INPUT_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE"]);

/** The only extensions a client may see; `rows` lists a batch's per-row problems (index, code, message, argument). */
const CLIENT_EXTENSIONS = new Set(["code", "marketplace", "marketplaceMessage", "retryAfterSeconds", "argument", "httpStatus", "rows"]);

export interface FormattedError {
  message: string;
  locations?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

/**
 * Shapes any error for a client (subgraphs and gateway alike): a registered code passes with only the
 * client extensions; a parse/validation/variable error becomes BAD_USER_INPUT; anything else becomes
 * INTERNAL with a generic message, so no stack, URL or credential ever leaves the process.
 */
export function maskError(e: FormattedError): FormattedError {
  const code = e.extensions?.code;
  if (typeof code === "string" && ERROR_CODES.has(code)) {
    const extensions: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e.extensions ?? {})) if (CLIENT_EXTENSIONS.has(k)) extensions[k] = v;
    return { message: e.message, locations: e.locations, path: e.path, extensions };
  }
  if (typeof code === "string" && INPUT_CODES.has(code)) return { message: e.message, locations: e.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  return { message: "Internal error", locations: e.locations, path: e.path, extensions: { code: ErrorCode.INTERNAL } };
}

/**
 * The marketplace's own id inside a PazarGraph id `<marketplace>:<store>:<rest>`. An id of another
 * store (so possibly another tenant's) answers exactly like one that does not exist: NOT_FOUND, with
 * no call made. A bare id is taken as the given store's own.
 */
export function ownId(id: string, marketplace: string, storeId: string, what: string): string {
  const m = new RegExp(`^${marketplace}:([^:]+):(.+)$`).exec(id.trim());
  if (!m) return id.trim();
  if (m[1] !== storeId) throw notFound(`no ${what} ${id}`);
  return m[2];
}
