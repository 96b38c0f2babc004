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
  RATE_LIMITED: "RATE_LIMITED",
  TIMEOUT: "TIMEOUT",
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
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

export function notFound(message: string): GraphQLError {
  return createError(ErrorCode.NOT_FOUND, message);
}

export function isCodedError(err: unknown): err is GraphQLError {
  return err instanceof GraphQLError && typeof err.extensions?.code === "string" && ERROR_CODES.has(err.extensions.code);
}

/**
 * Shapes any error for a client: registered codes pass through; anything else becomes INTERNAL with
 * a generic message, so no stack, URL or credential ever leaves the process.
 */
export function maskError(
  formatted: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[]; locations?: unknown },
  original?: unknown,
): Record<string, unknown> {
  const code = formatted.extensions?.code;
  const source = original instanceof GraphQLError && original.originalError instanceof GraphQLError ? original.originalError : original;
  if (typeof code === "string" && (ERROR_CODES.has(code) || code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED")) {
    const extensions: Record<string, unknown> = { ...formatted.extensions };
    delete extensions.stacktrace;
    delete extensions.exception;
    if (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED") extensions.code = ErrorCode.BAD_USER_INPUT;
    return { ...formatted, extensions };
  }
  if (code === "BAD_USER_INPUT" || (source instanceof GraphQLError && !source.originalError && !code)) {
    // graphql-js argument/variable coercion errors carry no code: they are the caller's input.
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: "Internal error", path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL } };
}
