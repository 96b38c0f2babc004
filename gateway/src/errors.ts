// What clients see of errors: registered codes pass through from subgraphs; validation and limit
// errors get BAD_USER_INPUT or QUERY_TOO_COMPLEX; anything else is INTERNAL with a generic message.
// No stack, internal URL or credential leaves the gateway.
import mercuriusGateway from "@mercuriusjs/gateway";
import { ERROR_CODES, ErrorCode, type FormattedError, maskError } from "@pazargraph/runtime";

const LIMIT = /depth limit|aliases limit|cost limit|query cost/i;

/** A subgraph call that failed in transport (set by the gateway patch in patches/). */
interface ServiceFailure {
  service: string;
  reason: string;
}

/**
 * The gateway's additions to the shared maskError: a subgraph that did not answer is TIMEOUT or
 * MARKETPLACE_UNAVAILABLE / SERVICE_UNAVAILABLE on its own field; graphql-armor's limit rules give no
 * code; an error with no path and no registered code failed before execution (parse, validation,
 * variables).
 */
export function maskGatewayError(e: FormattedError, marketplaces: ReadonlySet<string> = new Set()): FormattedError {
  const failure = e.extensions?.serviceFailure as ServiceFailure | undefined;
  if (failure && typeof failure.service === "string") {
    const marketplace = marketplaces.has(failure.service) ? failure.service : undefined;
    const name = marketplace ? `${failure.service[0].toUpperCase()}${failure.service.slice(1)}` : `the ${failure.service} service`;
    const timedOut = /timeout/i.test(failure.reason);
    const code = timedOut ? ErrorCode.TIMEOUT : marketplace ? ErrorCode.MARKETPLACE_UNAVAILABLE : ErrorCode.SERVICE_UNAVAILABLE;
    const message = timedOut ? `${name} did not answer in time` : `${name} cannot be reached just now`;
    return { message, locations: e.locations, path: e.path, extensions: { code, ...(marketplace ? { marketplace } : {}) } };
  }
  const code = e.extensions?.code;
  const registered = typeof code === "string" && ERROR_CODES.has(code);
  if (!registered && LIMIT.test(e.message)) return { message: e.message.replace(/^Syntax Error: /, ""), locations: e.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  if (!registered && !e.path) return { message: e.message, locations: e.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  return maskError(e);
}

const PERSISTED: Record<string, ErrorCode> = {
  MER_ERR_GQL_PERSISTED_QUERY_NOT_FOUND: ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  MER_ERR_GQL_PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  MER_ERR_GQL_PERSISTED_QUERY_MISMATCH: ErrorCode.BAD_USER_INPUT,
};

type Formatter = (execution: { data?: unknown; errors: readonly unknown[] }, ctx: unknown) => { statusCode: number; response: Record<string, unknown> };
// CommonJS: the formatter hangs off the plugin function itself.
const defaultErrorFormatter = (mercuriusGateway as unknown as { defaultErrorFormatter: Formatter }).defaultErrorFormatter;

/** The gateway's error formatter; `marketplaces` names the services that stand for a marketplace. */
export const createErrorFormatter =
  (marketplaces: ReadonlySet<string> = new Set()): Formatter =>
  (execution, ctx) => {
    const formatted = defaultErrorFormatter(execution, ctx);
    const errors = ((formatted.response as { errors?: FormattedError[] }).errors ?? []).map((e) => maskGatewayError(e, marketplaces));
    // Fastify's own refusals (body too large, unreadable JSON, wrong media type) keep their 4xx status.
    const original = (execution.errors[0] as { originalError?: { statusCode?: number; code?: string } } | undefined)?.originalError;
    // Persisted queries (mercurius): the codes APQ clients look for; "not found" answers 200, as the
    // protocol expects (the client then sends the query).
    const persisted = original?.code ? PERSISTED[original.code] : undefined;
    if (persisted && !execution.data && execution.errors.length === 1) {
      return {
        statusCode: persisted === ErrorCode.BAD_USER_INPUT ? 400 : 200,
        response: { data: null, errors: [{ message: errors[0]?.message, extensions: { code: persisted } }] },
      };
    }
    const fastifyStatus = !execution.data && execution.errors.length === 1 && original?.code?.startsWith("FST_") ? original.statusCode : undefined;
    if (fastifyStatus && fastifyStatus >= 400 && fastifyStatus < 500) {
      const tooLarge = fastifyStatus === 413;
      const only = tooLarge ? { message: "the request body is too large", extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } } : errors[0];
      return { statusCode: fastifyStatus, response: { data: null, errors: [only] } };
    }
    const onlyInput = errors.length > 0 && errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT || e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX);
    // A query that reached execution answers 200 with its errors (GraphQL over HTTP); only a request
    // refused before execution is 400. Never a 5xx for what a subgraph did.
    const statusCode = !execution.data && onlyInput ? 400 : formatted.statusCode >= 500 ? 200 : formatted.statusCode;
    return { statusCode, response: { ...formatted.response, errors } };
  };

export const errorFormatter: Formatter = createErrorFormatter();
